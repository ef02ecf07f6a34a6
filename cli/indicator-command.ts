import type { IndicatorValue } from '../engine/model/indicator';
import { parseIndicator } from '../engine/read/indicator';
import { UsageError } from './args';
import type { Io } from './check-command';

/** "at least 30", "3 / 1 per event", "unreadable (date)": one line a person can read. */
export function describeIndicator(v: IndicatorValue): string {
  if (v.comparator === 'unreadable') return `unreadable (${v.reason ?? 'unknown'})`;
  const parts = v.values.map((x, i) => {
    const label = v.labels[i];
    const n = `${x}${v.percent ? ' %' : ''}`;
    return label ? `${label}: ${n}` : n;
  });
  const comparator = { atLeast: 'at least ', atMost: 'at most ', target: '' }[v.comparator];
  const per = v.perEvent ? ' per event' : '';
  const note = v.note ? ` (${v.note})` : '';
  return `${comparator}${parts.join(' / ')}${per}${note}`;
}

/**
 * `esep indicator "TEXT" [--json]`: the parsed meaning of one planned or actual value. Exit 0, also
 * for an unreadable text (the output says so). Arguments are split by hand rather than with
 * parseArgs, so that values people type with a leading dash ("-", "– 5") are texts, not options.
 */
export function runIndicator(argv: string[], io: Io): number {
  let json = false;
  const texts: string[] = [];
  let optionsEnded = false;
  for (const arg of argv) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && /^--./.test(arg)) throw new UsageError(`indicator: unknown option ${arg}`);
    else texts.push(arg);
  }
  const [text, ...extra] = texts;
  if (text === undefined)
    throw new UsageError('indicator takes the text to read, e.g. esep indicator "кемінде 30"');
  if (extra.length > 0) throw new UsageError('indicator takes one text: put it in quotes');
  const value = parseIndicator(text);
  io.stdout(json ? JSON.stringify(value, null, 2) + '\n' : `${describeIndicator(value)}\n`);
  return 0;
}
