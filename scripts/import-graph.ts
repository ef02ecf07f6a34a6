import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The project's import graph, from the TypeScript program (tsconfig.json): which file imports
 * which, and the circles in it, between files and between concerns (a folder such as
 * engine/rules or addin/host). `npx tsx scripts/import-graph.ts` prints the circles;
 * test/layering/cycles.test.ts fails on any.
 */

export type Graph = Map<string, Set<string>>;

export function importGraph(root: string): Graph {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const graph: Graph = new Map();
  for (const file of parsed.fileNames) {
    const from = relative(root, file);
    const edges = new Set<string>();
    for (const spec of runtimeImports(file)) {
      const resolved = ts.resolveModuleName(spec, file, parsed.options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const to = relative(root, resolved.resolvedFileName);
      if (!to.startsWith('..')) edges.add(to);
    }
    graph.set(from, edges);
  }
  return graph;
}

/**
 * The modules a file needs at run time: static imports and re-exports (not `import type`, which
 * vanishes when compiled) and dynamic import() calls.
 */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The concern a file belongs to: its top folder, and under engine/ and addin/ the folder below. */
export function concernOf(file: string): string {
  // Entry points wire every layer together: they sit on top of all of them.
  if (/^addin\/[^/]+\/index\.tsx$/.test(file) || file === 'addin/commands/commands.ts') return 'addin/entry';
  const parts = file.split('/');
  if ((parts[0] === 'engine' || parts[0] === 'addin') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  if (parts.length === 1) return file;
  return parts[0] === 'engine' ? file.replace(/\.tsx?$/, '') : parts[0]!;
}

/** Imports between concerns. Tests are left out: a test may import any layer, and scripts its fixtures. */
export function concernGraph(graph: Graph): Graph {
  const out: Graph = new Map();
  for (const [from, edges] of graph) {
    if (from.startsWith('test/')) continue;
    const c = concernOf(from);
    const set = out.get(c) ?? new Set<string>();
    for (const to of edges) if (!to.startsWith('test/') && concernOf(to) !== c) set.add(concernOf(to));
    out.set(c, set);
  }
  return out;
}

/** Strongly connected components of more than one node (Tarjan): each is a circle of imports. */
export function cycles(graph: Graph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) visit(v);
  return out;
}

if (process.argv[1]?.endsWith('import-graph.ts')) {
  const root = join(dirname(process.argv[1]), '..');
  const graph = importGraph(root);
  const files = cycles(graph);
  const concerns = cycles(concernGraph(graph));
  for (const c of files) console.log(`file circle: ${c.join(' → ')}`);
  for (const c of concerns) console.log(`concern circle: ${c.join(' → ')}`);
  if (files.length + concerns.length === 0) console.log(`no import circles among ${graph.size} files`);
  process.exitCode = files.length + concerns.length > 0 ? 1 : 0;
}
