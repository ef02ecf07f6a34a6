import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Outlier } from '../../engine/model/portfolio';
import { money, percent } from '../../engine/rules/format';
import type { GridHost } from '../check/grid-host';
import type { Strings } from '../i18n/strings';
import type { PortfolioReport } from '../portfolio/protocol';
import { PortfolioGrants } from './PortfolioGrants';

/** Writing the report's sheets into the workbook, and how that went. */
export type ReportWrite =
  | { status: 'idle' }
  | { status: 'writing' }
  | { status: 'written'; names: string[] }
  | { status: 'failed'; message: string };

const useStyles = makeStyles({
  block: { marginTop: tokens.spacingVerticalS },
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

function outlierText(o: Outlier, t: Strings): string {
  const value = o.metric === 'costPerBeneficiary' ? `${money(o.value)} ${t.currency}` : percent(o.value);
  const group = `${t.dimensionNames[o.by]}: ${o.group ?? t.notStated}`;
  return t.outlier(o.grantee ?? o.file, t.metricNames[o.metric], value, o.direction === 'high', group);
}

/** A finished comparison: the summary, the outliers, one entry per grant, the unreadable files. */
export function PortfolioResults({
  report,
  host,
  write,
  onWrite,
  t,
}: {
  report: PortfolioReport;
  host: GridHost | null;
  write: ReportWrite;
  onWrite: (report: PortfolioReport) => void;
  t: Strings;
}) {
  const styles = useStyles();
  return (
    <div className={styles.block}>
      <Text as="p" block weight="semibold">
        {t.portfolioSummary(report.grants.length, report.unreadable.length)}
      </Text>
      {report.outliers.length > 0 && <Outliers outliers={report.outliers} t={t} />}
      {report.grants.length > 0 && <PortfolioGrants grants={report.grants} t={t} />}
      {report.unreadable.length > 0 && <Unreadable files={report.unreadable} t={t} />}
      {host && report.grants.length > 0 && (
        <WriteReport charts={host.capabilities.charts} write={write} onWrite={() => onWrite(report)} t={t} />
      )}
    </div>
  );
}

function Outliers({ outliers, t }: { outliers: readonly Outlier[]; t: Strings }) {
  return (
    <section aria-label={t.outliersFound(outliers.length)}>
      <Text as="p" block>
        {t.outliersFound(outliers.length)}
      </Text>
      <ul>
        {outliers.slice(0, SHOWN_OUTLIERS).map((o, i) => (
          <li key={i}>{outlierText(o, t)}</li>
        ))}
      </ul>
      {outliers.length > SHOWN_OUTLIERS && (
        <Text block>{t.moreOutliers(outliers.length - SHOWN_OUTLIERS)}</Text>
      )}
    </section>
  );
}

function Unreadable({ files, t }: { files: PortfolioReport['unreadable']; t: Strings }) {
  const styles = useStyles();
  return (
    <section aria-label={t.unreadableFiles} className={styles.block}>
      <Text weight="semibold">{t.unreadableFiles}</Text>
      <ul>
        {files.map((u, i) => (
          <li key={i}>
            {u.file}: {u.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

function WriteReport({
  charts,
  write,
  onWrite,
  t,
}: {
  charts: boolean;
  write: ReportWrite;
  onWrite: () => void;
  t: Strings;
}) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" disabledFocusable={write.status === 'writing'} onClick={onWrite}>
        {write.status === 'writing' ? t.writing : t.writeToWorkbook}
      </Button>
      {!charts && (
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
  );
}
