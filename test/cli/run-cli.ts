import { main } from '../../cli/main';
import type { Io } from '../../cli/check-command';

/** An Io for `main` that keeps what the command writes: stdout in `out`, stderr in `err`. */
export function captureIo(env: NodeJS.ProcessEnv = {}): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    isTTY: false,
    env,
  };
  return io;
}

/** Runs the `esep` command in-process with captured output, as a terminal user would see it. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = captureIo(env);
  const code = await main(args, io);
  return { code, stdout: io.out, stderr: io.err };
}
