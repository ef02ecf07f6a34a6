import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import type { GrantMetrics } from '../../engine/model/portfolio';
import { money } from '../../engine/rules/format';
import type { Strings } from '../i18n/strings';
import { useNarrowContainer } from './container-width';

/**
 * Below this width of the results (CSS px) a four-column table cannot show kk/ru headers and
 * file names without breaking words: each grant becomes a card instead.
 */
export const CARDS_BELOW = 400;

const useStyles = makeStyles({
  // break-word, not the panel's "anywhere": a table or flex item may then not shrink below its
  // longest word, so words break only when one alone is wider than the pane.
  root: { marginTop: tokens.spacingVerticalS, overflowWrap: 'break-word' },
  scroller: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  head: { whiteSpace: 'normal', height: 'auto', verticalAlign: 'bottom' },
  fileCell: { height: 'auto', paddingBlock: tokens.spacingVerticalXXS },
  number: { textAlign: 'right', whiteSpace: 'nowrap', height: 'auto' },
  cards: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cardHeading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  pairs: { margin: 0 },
  // Label and value on one line while they fit; the value goes under it, to the right, when not.
  pair: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: '0 0 0 auto', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
});

/** A file name that may break after its separators (_ - . / \) rather than inside a word. */
export function breakableFileName(name: string): ReactNode {
  const parts = name.split(/(?<=[_\-./\\])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

function grantName(g: GrantMetrics): ReactNode {
  return g.grantee ? (
    <>
      {g.grantee} ({breakableFileName(g.file)})
    </>
  ) : (
    breakableFileName(g.file)
  );
}

const cost = (g: GrantMetrics) => (g.costPerBeneficiary === null ? '—' : money(g.costPerBeneficiary));

/**
 * One entry per grant: its errors, warnings and cost per beneficiary. A table where the pane
 * is wide enough for it, stacked cards where it is not (320 px, 200 % zoom).
 */
export function PortfolioGrants({ grants, t }: { grants: readonly GrantMetrics[]; t: Strings }) {
  const styles = useStyles();
  const { ref, narrow } = useNarrowContainer<HTMLDivElement>(CARDS_BELOW);
  return (
    <div ref={ref} className={styles.root} data-layout={narrow ? 'cards' : 'table'}>
      {narrow ? <GrantCards grants={grants} t={t} /> : <GrantsTable grants={grants} t={t} />}
    </div>
  );
}

/** The wide layout; a table wider than the pane still scrolls in its own region, never the page. */
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
              <TableCell className={styles.fileCell}>{grantName(g)}</TableCell>
              <TableCell className={styles.number}>{g.errors}</TableCell>
              <TableCell className={styles.number}>{g.warnings}</TableCell>
              <TableCell className={styles.number}>{cost(g)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The narrow layout: a list of grants, each headed by its file, with label and value pairs. */
function GrantCards({ grants, t }: { grants: readonly GrantMetrics[]; t: Strings }) {
  const styles = useStyles();
  const pairs = (g: GrantMetrics): [string, ReactNode][] => [
    [t.errors, g.errors],
    [t.warnings, g.warnings],
    [t.costPerBeneficiary, cost(g)],
  ];
  return (
    <ul className={styles.cards} aria-label={t.tabPortfolio}>
      {grants.map((g, i) => (
        <li key={i} className={styles.card}>
          <h2 className={styles.cardHeading}>{grantName(g)}</h2>
          <dl className={styles.pairs}>
            {pairs(g).map(([label, value]) => (
              <div key={label} className={styles.pair}>
                <dt className={styles.label}>{label}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
