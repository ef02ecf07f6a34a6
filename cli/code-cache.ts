import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8 code caches for the CLI's own bundles. `npm run build:cli` runs one small portfolio with
 * ESEP_CODE_CACHE=write, which leaves beside each bundle the code V8 compiled for it
 * (`main.cjs.v8cache`); every later start takes those functions from the cache instead of parsing
 * and compiling them again. Made after a whole run, the cache holds every function a portfolio
 * calls, not only the bundle's top level.
 *
 * A cache serves only the build it was made from: its first line is the build id that
 * scripts/build-cli.mjs writes on the bundle's first line. V8 itself refuses a cache made by
 * another V8 or under other V8 flags (so the flags are set before any bundle is compiled), and
 * then compiles the bundle as usual: a missing, stale or refused cache costs time, never a wrong
 * result. Nothing is written at run time.
 */

/** The first line of a bundle: `//esep-build <id>`. */
const BUILD_LINE = /^\/\/esep-build ([0-9a-f]+)\n/;

/** What this uses of Node's CommonJS loader; `_compile` is how every loader hook reaches a module's source. */
type Compile = (this: Module, content: string, filename: string, ...rest: unknown[]) => unknown;
type ModuleWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => unknown;

/** The cached code in `file`, when it was made from the build `id`. */
function cacheFor(file: string, id: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(file);
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${id}\n`, 'latin1');
  return cache.subarray(0, header.length).equals(header) ? cache.subarray(header.length) : undefined;
}

/**
 * From now on the bundles `files` (absolute paths) are compiled with their caches; with `write`,
 * their caches are (re)made when the process ends instead, once `flagsAtLoad` has set V8's flags
 * back to what they were when the bundles were loaded (a run may change some, and V8 would refuse
 * a cache made under other flags).
 */
export function useCodeCaches(files: readonly string[], write: boolean, flagsAtLoad: () => void): void {
  const ours = new Set(files);
  const proto = Module.prototype as unknown as { _compile: Compile };
  const compile = proto._compile;
  const made: Array<() => void> = [];
  proto._compile = function (this: Module, content: string, filename: string, ...rest: unknown[]) {
    if (!ours.has(filename)) return compile.call(this, content, filename, ...rest);
    const cacheFile = `${filename}.v8cache`;
    const id = BUILD_LINE.exec(content)?.[1];
    const script = new Script(Module.wrap(content), {
      filename,
      cachedData: write || id === undefined ? undefined : cacheFor(cacheFile, id),
    });
    if (write && id !== undefined)
      made.push(() =>
        writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${id}\n`), script.createCachedData()])),
      );
    const wrapper = script.runInThisContext() as ModuleWrapper;
    return wrapper.call(
      this.exports,
      this.exports,
      createRequire(filename),
      this,
      filename,
      dirname(filename),
    );
  };
  // 'exit' also runs on process.exit(), which the CLI calls once its output is written.
  if (write)
    process.on('exit', () => {
      flagsAtLoad();
      made.forEach((m) => m());
    });
}
