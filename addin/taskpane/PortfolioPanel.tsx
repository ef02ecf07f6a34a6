import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
  useAnnounce,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { GridHost } from '../check/grid-host';
import type { Strings } from '../i18n/strings';
import { PortfolioRun, type RunState } from '../portfolio/portfolio-run';
import type { PortfolioReport, PortfolioSettings, PortfolioWorkerFactory } from '../portfolio/protocol';
import { PortfolioResults, type ReportWrite } from './PortfolioResults';
import { FilePicker } from './FilePicker';

const useStyles = makeStyles({
  choose: { margin: `${tokens.spacingVerticalS} 0` },
  block: { marginTop: tokens.spacingVerticalS },
});

/** Progress is spoken at these shares of the files, not after every file: a screen reader would never catch up. */
const SPOKEN_STEPS = 4;

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
  const [write, setWrite] = useState<ReportWrite>({ status: 'idle' });
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
      <FilePicker
        className={styles.choose}
        label={t.chooseFiles}
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="choose-files"
        onPick={(files) => void readAll(files)}
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
        <PortfolioResults report={run.report} host={host} write={write} onWrite={writeReport} t={t} />
      )}
    </div>
  );
}
