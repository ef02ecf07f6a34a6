// `npm start`: the webpack dev server in its own process group, stopped with everything it started
// (the forms and help builders) on Ctrl+C, SIGTERM or SIGHUP, so that port 3000 is free afterwards.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('webpack-cli/bin/cli.js');
const child = spawn(process.execPath, [cli, 'serve', '--mode', 'development', ...process.argv.slice(2)], {
  stdio: 'inherit',
  detached: true,
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  const group = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      // The group is gone already.
    }
  };
  group(signal);
  // A server that has not stopped within 5 s is ended outright.
  setTimeout(() => group('SIGKILL'), 5000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
child.on('exit', (code, signal) => {
  // Whatever the server left running in its group goes with it.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Nothing left.
  }
  process.exit(code ?? (signal ? 1 : 0));
});
