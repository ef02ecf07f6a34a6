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
import type { Outlier } from '../../engine/model/portfolio';
import { money, percent } from '../../engine/rules/format';
import type { GridHost } from '../check/grid-host';
import type { Strings } from '../i18n/strings';
import type {
  PortfolioReport,
  PortfolioSettings,
  PortfolioWorker,
  PortfolioWorkerFactory,
  WorkerMessage,
} from '../portfolio/protocol';

type Run =
  | { status: 'idle' }
  | { status: 'reading'; done: number; total: number }
  | { status: 'done'; report: PortfolioReport }
  | { status: 'failed'; message: string };

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
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [write, setWrite] = useState<Write>({ status: 'idle' });
  const worker = useRef<PortfolioWorker | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const { announce } = useAnnounce();
  const spokenStep = useRef(-1);
  // Each pick or cancel starts a new run; a run still reading its files when superseded stops there.
  const runId = useRef(0);
  // A closed pane ends the running worker.
  useEffect(() => stop, []);

  function stop() {
    runId.current++;
    worker.current?.terminate();
    worker.current = null;
  }

  async function readAll(files: File[]) {
    stop();
    const id = runId.current;
    setWrite({ status: 'idle' });
    if (files.length === 0) return setRun({ status: 'idle' });
    spokenStep.current = -1;
    progress(0, files.length);
    const picked = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })),
    );
    if (id !== runId.current) return;
    const w = startWorker();
    worker.current = w;
    const finish = (next: Run) => {
      w.terminate();
      if (worker.current === w) worker.current = null;
      setRun(next);
    };
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === 'progress') progress(m.done, m.total);
      else if (m.type === 'done') {
        finish({ status: 'done', report: m.report });
        announce(t.portfolioSummary(m.report.grants.length, m.report.unreadable.length), { polite: true });
      } else finish({ status: 'failed', message: m.message });
    };
    w.onerror = (event) => finish({ status: 'failed', message: event.message });
    // The bytes move to the worker (transferred, not copied): the pane keeps none of them.
    w.postMessage(
      { type: 'run', files: picked, settings },
      picked.map((f) => f.bytes),
    );
  }

  /** Shows every step, and speaks it at the start, each quarter and the end. */
  function progress(done: number, total: number) {
    setRun({ status: 'reading', done, total });
    const step = Math.floor((done / Math.max(total, 1)) * SPOKEN_STEPS);
    if (step === spokenStep.current) return;
    spokenStep.current = step;
    announce(t.reading(done, total), { polite: true, batchId: 'portfolio-progress' });
  }

  function cancel() {
    stop();
    setRun({ status: 'idle' });
  }

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
      {report.grants.length > 0 && (
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
              {report.grants.map((g, i) => (
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
      )}
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
