/**
 * `npm run bench:profile [-- N | -- --dir FOLDER]`: where the time of `esep portfolio` (N synthetic
 * workbooks, default 1 000, or the workbooks of FOLDER) and of one `esep check` goes. Runs the
 * shipped build (built again with its comments) under `node --cpu-prof` (one profile per thread),
 * and sorts every sample's self time by the source file its code came from, found
 * through the module comments esbuild writes into the bundle ("// engine/zip/inflate.ts"). Prints a
 * table per thread: process start (a bare `node -e 0`, outside any profile), module loading, unzip,
 * XML, grid, forms read (model), rules, analytics (arquero), report writing, messages between
 * threads, garbage collection.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusArgs, writeGrantCorpus } from './bench-corpus';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Which part of the work a source file does; the first matching rule wins. */
const PARTS: readonly [string, RegExp][] = [
  ['report writing', /^(engine\/xlsx\/lean-writer|engine\/portfolio\/report-|cli\/write-streamed)/],
  [
    'analytics (arquero)',
    /^(node_modules\/arquero|node_modules\/@uwdata|engine\/portfolio\/(compare|metrics))/,
  ],
  ['unzip', /^(engine\/zip\/|node:zlib|node_modules\/fflate)/],
  // Before XML: the file reader sits in engine/xlsx but its time is the system's open, stat and read.
  ['reading files', /^(engine\/xlsx\/read-file|engine\/portfolio\/files|node:(fs|internal\/fs))/],
  ['XML', /^(engine\/xlsx\/|engine\/docx\/|node_modules\/(saxes|xmlchars))/],
  ['grid', /^engine\/grid\//],
  ['forms read (model)', /^engine\/read\//],
  ['rules', /^(engine\/rules\/|engine\/calc\/|engine\/check\.ts)/],
  [
    'module loading',
    /^(node_modules\/zod|engine\/model\/|node:internal\/modules|node:internal\/(vm|bootstrap)|\(bundle head\))/,
  ],
  ['messages between threads', /^node:internal\/(worker|per_context\/messageport|event_target)/],
  ['garbage collection', /^\(garbage collector\)$/],
];

/** esbuild's "// path" comments: the source file of each line range of a bundle. */
const markers = new Map<string, [number, string][]>();
function sourceOf(frame: CallFrame): string {
  // A bundle compiled with its code cache (cli/code-cache.ts) is named by its path, not a file: URL.
  const file = frame.url.startsWith('file://')
    ? fileURLToPath(frame.url)
    : isAbsolute(frame.url)
      ? frame.url
      : null;
  if (file === null) {
    if (frame.url === '') return `(${frame.functionName.replace(/[()]/g, '')})`.replace('((', '(');
    return frame.url.startsWith('node:') ? frame.url : `node:${frame.url}`;
  }
  let marks = markers.get(file);
  if (!marks) {
    marks = [];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /^\/\/ (\S+\.(?:ts|tsx|js|mjs|cjs|json))$/.exec(line);
        if (m) marks!.push([i, m[1]!.replace(/^.*?node_modules\//, 'node_modules/')]);
      });
    markers.set(file, marks);
  }
  let source = '(bundle head)';
  for (const [line, path] of marks) {
    if (line > frame.lineNumber) break;
    source = path;
  }
  return source;
}

const OWN = /^(engine|cli|templates)\//;

/** Milliseconds of self time per part of the work, busiest first. */
function breakdown(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = new Map<number, string>();
  const ownerOf = (id: number): string => {
    let known = owner.get(id);
    if (known !== undefined) return known;
    const source = sourceOf(byId.get(id)!.callFrame);
    const up = parent.get(id);
    const above = up === undefined ? null : ownerOf(up);
    known = OWN.test(source) ? source : above !== null && OWN.test(above) ? above : source;
    owner.set(id, known);
    return known;
  };
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(root)') return;
    const source = name === '(garbage collector)' ? name : ownerOf(id);
    const part = PARTS.find(([, re]) => re.test(source))?.[0] ?? 'other';
    out.set(part, (out.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...out].sort((a, b) => b[1] - a[1]);
}

function profiled(label: string, args: string[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'esep-profile-'));
  try {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], {
      encoding: 'utf8',
    });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${label} exited with ${r.status}: ${r.stderr}`);
    console.log(`\n${label}: ${wall.toFixed(0)} ms wall (profiling adds a little)`);
    // Profiles are named CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is the main one.
    for (const file of readdirSync(dir).sort()) {
      const thread = Number(file.split('.')[4] ?? 0);
      const parts = breakdown(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile);
      const busy = parts.reduce((n, [, ms]) => n + ms, 0);
      console.log(`  ${thread === 0 ? 'main thread' : `worker ${thread}`}: ${busy.toFixed(0)} ms busy`);
      for (const [part, ms] of parts)
        if (ms >= 1) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${part}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function startMs(): number {
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[5]!;
}

async function main(): Promise<void> {
  const { n, given } = corpusArgs(process.argv.slice(2));
  const root = join(__dirname, '..');
  const dir = given ?? mkdtempSync(join(tmpdir(), 'esep-profile-corpus-'));
  const out = mkdtempSync(join(tmpdir(), 'esep-profile-out-'));
  // The shipped build, with the comments and line breaks that it leaves out and that name each line's source.
  const build = join(out, 'cli');
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--outdir', build, '--readable']);
  const cli = join(build, 'esep.cjs');
  try {
    if (!given) await writeGrantCorpus(dir, n);
    console.log(`process start (node -e 0, median of 11): ${startMs().toFixed(0)} ms`);
    profiled('esep check (one example)', [
      cli,
      'check',
      join(root, 'templates', 'examples', 'estimate-application-kk.xlsx'),
    ]);
    profiled(`esep portfolio (${given ?? `${n} workbooks`})`, [
      cli,
      'portfolio',
      dir,
      '--out',
      join(out, 'report.xlsx'),
    ]);
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
