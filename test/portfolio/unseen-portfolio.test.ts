import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { GrantMetrics } from '../../engine/model/portfolio';
import { runCli } from '../cli/run-cli';

/** A grant's metrics as test/fixtures/unseen_portfolio.py computed them from the lines it wrote. */
type Truth = Pick<
  GrantMetrics,
  | 'total'
  | 'ownContribution'
  | 'grantTotal'
  | 'adminShare'
  | 'payrollShare'
  | 'mtidShare'
  | 'directShare'
  | 'directBeneficiaries'
  | 'costPerBeneficiary'
  | 'planMetShare'
  | 'grantee'
  | 'priority'
  | 'region'
  | 'year'
> & { file: string };

const SHARES = [
  'adminShare',
  'payrollShare',
  'mtidShare',
  'directShare',
  'costPerBeneficiary',
  'planMetShare',
] as const;
const EXACT = [
  'total',
  'ownContribution',
  'grantTotal',
  'directBeneficiaries',
  'grantee',
  'priority',
  'region',
  'year',
] as const;

/**
 * What acceptance will do: a portfolio written by another tool (openpyxl) in layouts Esep's
 * fixtures never made, its truth computed independently. Each reader gap found this way (an
 * own-contribution column headed «Өз салымы», institutional development under a heading of its
 * own) had made a metric wrong without any error.
 */
describe('a portfolio written by openpyxl, against the truth computed where it was written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esep-unseen-'));
  let truth: Truth[];
  let grants: Map<string, GrantMetrics>;

  beforeAll(async () => {
    execFileSync('/usr/bin/python3', [join(__dirname, '../fixtures/unseen_portfolio.py'), dir, '80', '2026']);
    truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth[];
    const r = await runCli(['portfolio', dir, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { grants: GrantMetrics[]; unreadable: unknown[] };
    expect(out.unreadable).toEqual([]);
    grants = new Map(out.grants.map((g) => [basename(g.file), g]));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every workbook', () => {
    expect([...grants.keys()].sort()).toEqual(truth.map((t) => t.file).sort());
  });

  it('gives each grant its money, beneficiaries and project card exactly', () => {
    for (const t of truth) {
      const g = grants.get(t.file)!;
      expect({ file: t.file, ...pick(g, EXACT) }).toEqual({ file: t.file, ...pick(t, EXACT) });
    }
  });

  it('gives each grant its budget shares, cost per beneficiary and share of plan measures met', () => {
    for (const t of truth) {
      const g = grants.get(t.file)!;
      for (const k of SHARES) {
        if (t[k] === null) expect({ file: t.file, [k]: g[k] }).toEqual({ file: t.file, [k]: null });
        else expect({ file: t.file, [k]: g[k] }).toEqual({ file: t.file, [k]: expect.closeTo(t[k]!, 9) });
      }
    }
  });
});

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}
