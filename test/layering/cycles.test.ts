import { join } from 'node:path';
import { concernGraph, concernOf, cycles, importGraph, type Graph } from '../../scripts/import-graph';

const root = join(__dirname, '..', '..');

const graphOf = (edges: Record<string, string[]>): Graph =>
  new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('imports go one way', () => {
  const graph = importGraph(root);

  it('reads the whole program', () => {
    expect(graph.get('engine/check.ts')).toEqual(expect.any(Set));
    expect([...graph.get('cli/main.ts')!].some((f) => f.startsWith('cli/'))).toBe(true);
  });

  it('has no circle between files', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no circle between concerns (engine/rules, engine/portfolio, cli, templates…)', () => {
    expect(cycles(concernGraph(graph))).toEqual([]);
  });

  it('would see a new circle, direct or through other files and concerns', () => {
    expect(cycles(graphOf({ a: ['b'], b: ['a'] }))).toEqual([['a', 'b']]);
    expect(cycles(graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [] }))).toEqual([['a', 'b', 'c']]);
    const files = graphOf({
      'engine/xlsx/write.ts': ['engine/portfolio/portfolio.ts'],
      'engine/portfolio/portfolio.ts': ['engine/xlsx/read.ts'],
      'engine/xlsx/read.ts': [],
    });
    expect(cycles(files)).toEqual([]);
    expect(cycles(concernGraph(files))).toEqual([['engine/portfolio', 'engine/xlsx']]);
    expect(concernOf('cli/main.ts')).toBe('cli');
    expect(concernOf('templates/forms/plan.ts')).toBe('templates');
  });
});
