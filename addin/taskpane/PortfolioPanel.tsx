import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
  useAnnounce,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { GrantMetrics, Outlier } from '../../engine/model/portfolio';
import { money, percent } from '../../engine/rules/format';
import type { GridHost } from '../check/grid-host';
import type { Strings } from '../i18n/strings';
import { PortfolioRun, type RunState } from '../portfolio/portfolio-run';
import type { PortfolioReport, PortfolioSettings, PortfolioWorkerFactory } from '../portfolio/protocol';

type Write =
  | { status: 'idle' }
  | { status: 'writing' }
  | { status: 'written'; names: string[] }
  | { status: 'failed'; message: string };

const useStyles = makeStyles({
  choose: { margin: `${tokens.spacingVerticalS} 0` },
  block: { marginTop: tokens.spacingVerticalS },
  // A narrow pane: columns take what their content needs, file names wrap anywhere, numbers never
  // break; below ~200 px (200 % zoom) the table scrolls inside its own region, not the page.
  scroller: { overflowX: 'auto', marginTop: tokens.spacingVerticalS },
  table: { tableLayout: 'auto' },
  head: { whiteSpace: 'normal', hyphens: 'auto', height: 'auto', verticalAlign: 'bottom' },
  fileCell: { overflowWrap: 'anywhere', height: 'auto', paddingBlock: tokens.spacingVerticalXXS },
  number: { textAlign: 'right', whiteSpace: 'nowrap', height: 'auto' },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
});

/** The pane lists the first few; the Outliers sheet has them all, with the fences. */
const SHOWN_OUTLIERS = 10;
/** Progress is spoken at these shares of the files, not after every file: a screen reader would never catch up. */
const SPOKEN_STEPS = 4;

function outlierText(o: Outlier, t: Strings): string {
  const value = o.metric === 'costPerBeneficiary' ? `${money(o.value)} ${t.currency}` : percent(o.value);
  const group = `${t.dimensionNames[o.by]}: ${o.group ?? t.notStated}`;
  return t.outlier(o.grantee ?? o.file, t.metricNames[o.metric], value, o.direction === 'high', group);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A PortfolioRun for the pane's life: the worker protocol lives there; the pane shows its states
 * and speaks the progress at the start, each quarter and the end, then the summary.
 */
function usePortfolioRun(
  startWorker: PortfolioWorkerFactory,
  t: Strings,
  announce: ReturnType<typeof useAnnounce>['announce'],
) {
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const spokenStep = useRef(-1);
  const publish = useRef((_: RunState) => {});
  publish.current = (next) => {
    setRun(next);
    if (next.status === 'done')
      announce(t.portfolioSummary(next.report.grants.length, next.report.unreadable.length), {
        polite: true,
      });
    if (next.status !== 'reading') return;
    if (next.done === 0) spokenStep.current = -1;
    const step = Math.floor((next.done / Math.max(next.total, 1)) * SPOKEN_STEPS);
    if (step === spokenStep.current) return;
    spokenStep.current = step;
    announce(t.reading(next.done, next.total), { polite: true, batchId: 'portfolio-progress' });
  };
  const controller = useRef<PortfolioRun | null>(null);
  controller.current ??= new PortfolioRun(startWorker, (next) => publish.current(next));
  // A closed pane ends the running worker.
  useEffect(() => () => controller.current?.stop(), []);
  return { run, controller: controller.current };
}

/** Writing the report's sheets into the workbook, and how that went. */
function useReportWriter(
  host: GridHost | null,
  settings: PortfolioSettings,
  t: Strings,
  announce: ReturnType<typeof useAnnounce>['announce'],
) {
  const [write, setWrite] = useState<Write>({ status: 'idle' });
  async function writeReport(report: PortfolioReport) {
    if (!host) return;
    setWrite({ status: 'writing' });
    try {
      const names = await host.writePortfolio(report, {
        lang: settings.lang,
        budget: t.chartBudget,
        cost: t.chartCost,
      });
      setWrite({ status: 'written', names });
      announce(t.written(names.join(', ')), { polite: true });
    } catch (e) {
      setWrite({ status: 'failed', message: message(e) });
    }
  }
  return { write, setWrite, writeReport };
}

/**
 * Many grant workbooks in, one comparison out. The files are read in a Web Worker (exceljs
 * and the engine run there), so the pane stays responsive and its first chunk stays small.
 */
export function PortfolioPanel({
  settings,
  host,
  startWorker,
  t,
}: {
  settings: PortfolioSettings;
  host: GridHost | null;
  startWorker: PortfolioWorkerFactory;
  t: Strings;
}) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement | null>(null);
  const { announce } = useAnnounce();
  const { write, setWrite, writeReport } = useReportWriter(host, settings, t, announce);
  const { run, controller } = usePortfolioRun(startWorker, t, announce);

  async function readAll(files: File[]) {
    setWrite({ status: 'idle' });
    await controller.read(files, settings);
  }

  const cancel = () => controller.cancel();

  return (
    <div>
      <Text as="p" block>
        {t.portfolioIntro}
      </Text>
      {/* A themed button opens the browser's file picker; the bare input stays out of sight. */}
      <Button className={styles.choose} onClick={() => fileInput.current?.click()}>
        {t.chooseFiles}
      </Button>
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="choose-files"
        onChange={(e) => {
          void readAll([...(e.currentTarget.files ?? [])]);
          // The same files picked again are a new run.
          e.currentTarget.value = '';
        }}
      />
      {run.status === 'reading' && (
        <div className={styles.block}>
          <Text block>{t.reading(run.done, run.total)}</Text>
          <ProgressBar
            value={run.total ? run.done / run.total : 0}
            max={1}
            aria-label={t.reading(run.done, run.total)}
          />
          <Button className={styles.block} onClick={cancel}>
            {t.cancel}
          </Button>
        </div>
      )}
      {run.status === 'failed' && (
        <MessageBar intent="error" className={styles.block} key={run.message}>
          <MessageBarBody>
            {t.portfolioFailed} {run.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {run.status === 'done' && (
        <Results report={run.report} host={host} write={write} onWrite={writeReport} t={t} />
      )}
    </div>
  );
}

function Results({
  report,
  host,
  write,
  onWrite,
  t,
}: {
  report: PortfolioReport;
  host: GridHost | null;
  write: Write;
  onWrite: (report: PortfolioReport) => void;
  t: Strings;
}) {
  const styles = useStyles();
  return (
    <div className={styles.block}>
      <Text as="p" block weight="semibold">
        {t.portfolioSummary(report.grants.length, report.unreadable.length)}
      </Text>
      {report.outliers.length > 0 && (
        <section aria-label={t.outliersFound(report.outliers.length)}>
          <Text as="p" block>
            {t.outliersFound(report.outliers.length)}
          </Text>
          <ul>
            {report.outliers.slice(0, SHOWN_OUTLIERS).map((o, i) => (
              <li key={i}>{outlierText(o, t)}</li>
            ))}
          </ul>
          {report.outliers.length > SHOWN_OUTLIERS && (
            <Text block>{t.moreOutliers(report.outliers.length - SHOWN_OUTLIERS)}</Text>
          )}
        </section>
      )}
      {report.grants.length > 0 && <GrantsTable grants={report.grants} t={t} />}
      {report.unreadable.length > 0 && (
        <section aria-label={t.unreadableFiles} className={styles.block}>
          <Text weight="semibold">{t.unreadableFiles}</Text>
          <ul>
            {report.unreadable.map((u, i) => (
              <li key={i}>
                {u.file}: {u.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {host && report.grants.length > 0 && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={write.status === 'writing'}
            onClick={() => onWrite(report)}
          >
            {write.status === 'writing' ? t.writing : t.writeToWorkbook}
          </Button>
          {!host.capabilities.charts && (
            <Text as="p" block>
              {t.noChartsHere}
            </Text>
          )}
          {write.status === 'written' && (
            <Text as="p" block>
              {t.written(write.names.join(', '))}
            </Text>
          )}
          {write.status === 'failed' && (
            <MessageBar intent="error" key={write.message}>
              <MessageBarBody>
                {t.writeFailed} {write.message}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </div>
  );
}

/** One row per grant: its errors, warnings and cost per beneficiary, scrolling in a narrow pane. */
function GrantsTable({ grants, t }: { grants: readonly GrantMetrics[]; t: Strings }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label={t.tabPortfolio} tabIndex={0}>
      <Table size="small" aria-label={t.tabPortfolio} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.head}>{t.file}</TableHeaderCell>
            <TableHeaderCell className={styles.head}>{t.errors}</TableHeaderCell>
            <TableHeaderCell className={styles.head}>{t.warnings}</TableHeaderCell>
            <TableHeaderCell className={styles.head}>{t.costPerBeneficiary}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {/* Two picked files may share a name (different folders): rows are keyed by position. */}
          {grants.map((g, i) => (
            <TableRow key={i}>
              <TableCell className={styles.fileCell}>
                {g.grantee ? `${g.grantee} (${g.file})` : g.file}
              </TableCell>
              <TableCell className={styles.number}>{g.errors}</TableCell>
              <TableCell className={styles.number}>{g.warnings}</TableCell>
              <TableCell className={styles.number}>
                {g.costPerBeneficiary === null ? '—' : money(g.costPerBeneficiary)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
