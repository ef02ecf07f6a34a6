import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FileResult, FormKind, Issue, Severity } from '../../engine/model/issue';
import type { CheckState } from '../check/live-check';
import type { StatusOutcome } from '../check/grid-host';
import type { CommandReport } from '../commands/command-report';
import type { Strings } from '../i18n/strings';
import { visuallyHidden } from './visually-hidden';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOR = { error: 'danger', warning: 'important', info: 'informative' } as const;

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    minHeight: '32px',
  },
  group: { marginTop: tokens.spacingVerticalM },
  heading: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  // Long form names ("Шығыстар сметасы") wrap inside their outline instead of running out of it.
  badge: {
    height: 'auto',
    minHeight: '20px',
    whiteSpace: 'normal',
    textAlign: 'left',
    overflowWrap: 'anywhere',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  issue: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    height: 'auto',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  hidden: visuallyHidden,
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
});

export interface SheetGroup {
  sheet: string;
  form: FormKind | null;
  bySeverity: { severity: Severity; issues: Issue[] }[];
  count: number;
}

/** Issues grouped by sheet (one form per sheet) and then by severity, worst first. */
export function groupIssues(result: FileResult): SheetGroup[] {
  const sheets = [...new Set([...result.forms.map((f) => f.sheet), ...result.issues.map((i) => i.sheet)])];
  return sheets
    .map((sheet) => {
      const mine = result.issues.filter((i) => i.sheet === sheet);
      return {
        sheet,
        form: result.forms.find((f) => f.sheet === sheet)?.form ?? null,
        bySeverity: SEVERITIES.map((severity) => ({
          severity,
          issues: mine.filter((i) => i.severity === severity),
        })).filter((g) => g.issues.length > 0),
        count: mine.length,
      };
    })
    .filter((g) => g.count > 0);
}

export function CheckPanel({
  state,
  t,
  onSelect,
  onRecheck,
  onMark,
  commandReport,
}: {
  state: CheckState;
  t: Strings;
  onSelect: (sheet: string, cell: string) => void;
  onRecheck: () => void;
  /** "Mark status column"; absent where there is no status column to write. */
  onMark?: () => void;
  /** What the last ribbon command did, when it has something to say. */
  commandReport?: CommandReport | null;
}) {
  const styles = useStyles();
  const result =
    state.status === 'done' ? state.result : state.status === 'checking' ? state.last : undefined;
  const groups = result ? groupIssues(result) : [];
  const total = result?.issues.length ?? 0;
  return (
    <div>
      <div className={styles.bar}>
        {/* The one live region of the check: its result, not the button beside it. */}
        <div role="status">
          {state.status === 'checking' || state.status === 'idle' ? (
            <Spinner size="tiny" label={t.checking} />
          ) : state.status === 'done' ? (
            <Text>{total > 0 ? t.issuesFound(total) : result?.forms.length ? t.allGood : t.noForms}</Text>
          ) : null}
        </div>
        {/* Stays focusable while busy: keyboard focus must not fall back to the page. */}
        <Button size="small" onClick={onRecheck} disabledFocusable={state.status === 'checking'}>
          {t.checkNow}
        </Button>
        {onMark && (
          <Button size="small" onClick={onMark} disabled={state.status === 'checking'}>
            {t.markStatus}
          </Button>
        )}
      </div>
      {state.status === 'done' && state.marked && <MarkNote marked={state.marked} t={t} />}
      {commandReport?.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t.commandFailed} {commandReport.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {commandReport?.outcome && <MarkNote marked={commandReport.outcome} t={t} />}
      {state.status === 'done' && (
        <Text size={100} data-testid="check-time">
          {t.checkedIn(state.ms)}
        </Text>
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error" key={state.message}>
          <MessageBarBody>
            {t.checkFailed} {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {groups.map((g) => (
        <section key={g.sheet} className={styles.group} aria-label={g.sheet}>
          <h2 className={styles.heading}>
            <Text weight="semibold">{g.sheet}</Text>
            {g.form && (
              <Badge appearance="outline" className={styles.badge}>
                {t.formNames[g.form]}
              </Badge>
            )}
            <Badge appearance="filled" color="danger" className={styles.badge}>
              {t.issuesFound(g.count)}
            </Badge>
          </h2>
          {g.bySeverity.map(({ severity, issues }) => (
            <div key={severity}>
              <h3 className={styles.heading}>
                <Badge appearance="tint" color={BADGE_COLOR[severity]} className={styles.badge}>
                  {`${t[severity]}: ${issues.length}`}
                </Badge>
              </h3>
              <ul className={styles.list}>
                {issues.map((issue, i) => {
                  const id = `issue-${g.sheet}-${severity}-${i}`.replace(/\s/g, '_');
                  return (
                    <li key={`${issue.rule}-${issue.cell}-${i}`}>
                      {/* The name is what the button shows; where it leads is its description. */}
                      <Button
                        appearance="subtle"
                        className={styles.issue}
                        aria-describedby={id}
                        data-issue-cell={issue.cell}
                        data-rule={issue.rule}
                        onClick={() => onSelect(issue.sheet, issue.cell)}
                      >
                        <span className={styles.cell}>{issue.cell}</span> {issue.message}
                      </Button>
                      <span id={id} className={styles.hidden}>
                        {t.goToCell(issue.sheet, issue.cell)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

/** What marking the status column did: done, partly done (cells it may not write), or refused. */
function MarkNote({ marked, t }: { marked: StatusOutcome; t: Strings }) {
  if (marked.failed)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {t.markFailed} {marked.failed}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent={marked.skipped > 0 ? 'warning' : 'success'}>
      <MessageBarBody>
        {t.marked(marked.written)}
        {marked.skipped > 0 && ` ${t.markSkipped(marked.skipped)}`}
      </MessageBarBody>
    </MessageBar>
  );
}
