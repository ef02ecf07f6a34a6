import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { GrantMetrics, GroupSummary, Outlier } from '../../engine/model/portfolio';
import { runCli } from '../cli/run-cli';

/** A group as the generator computed it (numpy's quartiles), and the outliers it found. */
interface GroupTruth {
  by: string;
  group: string;
  count: number;
  total: number;
  ownContribution: number;
  grantTotal: number;
  metrics: Record<string, { n: number; q1?: number; median?: number; q3?: number }>;
}
type OutlierTruth = Pick<Outlier, 'by' | 'group' | 'metric'> & { file: string };

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

/** A grant's metrics as test/fixtures/unseen_portfolio.py computed them from the lines it wrote. */
type Truth = Pick<GrantMetrics, (typeof SHARES)[number] | (typeof EXACT)[number]> & { file: string };

/**
 * What acceptance will do: a portfolio written by another tool (openpyxl) in layouts Esep's
 * fixtures never made, its truth computed independently. Each reader gap found this way (an
 * own-contribution column headed «Өз салымы», institutional development under a heading of its
 * own) had made a metric wrong without any error.
 */
describe('a portfolio written by openpyxl, against the truth computed where it was written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esep-unseen-'));
  let truth: Truth[];
  let truthGroups: GroupTruth[];
  let truthOutliers: OutlierTruth[];
  let grants: Map<string, GrantMetrics>;
  let groups: GroupSummary[];
  let outliers: Outlier[];

  beforeAll(async () => {
    execFileSync('/usr/bin/python3', [join(__dirname, '../fixtures/unseen_portfolio.py'), dir, '80', '2026']);
    ({
      grants: truth,
      groups: truthGroups,
      outliers: truthOutliers,
    } = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
      grants: Truth[];
      groups: GroupTruth[];
      outliers: OutlierTruth[];
    });
    const r = await runCli(['portfolio', dir, '--json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      grants: GrantMetrics[];
      groups: GroupSummary[];
      outliers: Outlier[];
      unreadable: unknown[];
    };
    expect(out.unreadable).toEqual([]);
    grants = new Map(out.grants.map((g) => [basename(g.file), g]));
    ({ groups, outliers } = out);
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

  it('gives each priority direction, region and year its count, money and quartiles', () => {
    expect(groups).toHaveLength(truthGroups.length);
    for (const t of truthGroups) {
      const g = groups.find((x) => x.by === t.by && String(x.group) === t.group)!;
      expect({ by: t.by, group: t.group, count: g.count }).toEqual({
        by: t.by,
        group: t.group,
        count: t.count,
      });
      for (const k of ['total', 'ownContribution', 'grantTotal'] as const)
        expect({ group: t.group, [k]: g[k] }).toEqual({ group: t.group, [k]: expect.closeTo(t[k], 2) });
      for (const [m, spread] of Object.entries(t.metrics)) {
        const got = g.metrics[m as keyof typeof g.metrics];
        expect({ group: t.group, m, n: got.n }).toEqual({ group: t.group, m, n: spread.n });
        if (spread.n === 0) continue;
        for (const q of ['q1', 'median', 'q3'] as const)
          expect({ group: t.group, m, q, v: got[q] }).toEqual({
            group: t.group,
            m,
            q,
            v: expect.closeTo(spread[q]!, 9),
          });
      }
    }
  });

  it('calls out the same outliers', () => {
    const key = (o: OutlierTruth) => `${basename(o.file)} ${o.by} ${o.group} ${o.metric}`;
    expect(outliers.map(key).sort()).toEqual(truthOutliers.map(key).sort());
  });
});

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}
