import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The longest functions of the product code (engine/, addin/, cli/, templates/; tests left out):
 * `npx tsx scripts/longest-functions.ts [N]` prints the N longest;
 * test/layering/function-length.test.ts fails when one exceeds MAX_LINES.
 */

export const MAX_LINES = 80;

export interface FunctionSize {
  file: string;
  name: string;
  line: number;
  lines: number;
}

const FOLDERS = ['engine', 'addin', 'cli', 'templates'];

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return '(anonymous)';
}

export function functionSizes(root: string): FunctionSize[] {
  const out: FunctionSize[] = [];
  for (const file of FOLDERS.flatMap((d) => sourceFiles(root, d))) {
    const text = readFileSync(join(root, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ file, name: nameOf(node), line: start + 1, lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out.sort((a, b) => b.lines - a.lines);
}

if (process.argv[1]?.endsWith('longest-functions.ts')) {
  const n = Number(process.argv[2] ?? 15);
  for (const f of functionSizes(join(__dirname, '..')).slice(0, n))
    console.log(`${String(f.lines).padStart(4)}  ${f.name}  ${f.file}:${f.line}`);
}
