import { join } from 'node:path';
import { useCodeCaches } from './code-cache';
import { useBatchV8Settings } from './v8-settings';

/**
 * The CLI's entry (dist/cli/esep.cjs): sets V8's flags, then loads the CLI (main.cjs) and, when
 * a portfolio needs it, arquero (arquero.cjs) with the code V8 compiled for them at build time.
 * The flags come first: V8 takes a code cache only under the flags it was made with.
 */
useBatchV8Settings();
useCodeCaches(
  ['main.cjs', 'arquero.cjs'].map((f) => join(__dirname, f)),
  process.env.ESEP_CODE_CACHE === 'write',
  useBatchV8Settings,
);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle beside this one, by path at run time
require(join(__dirname, 'main.cjs'));
