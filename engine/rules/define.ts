import type { FormKind, Issue, Lang, Severity } from '../model/issue';
import type { Grant } from '../model/grant';
import type { RuleProfile } from '../model/profile';
import type { RuleId } from '../model/rule-id';

/** What every rule may read besides the grant. */
export interface RuleContext {
  profile: RuleProfile;
  /** The project year used for year-dependent rates, and where it came from. */
  year: number;
  yearSource: 'option' | 'sheet' | 'default';
}

type Amount = number | string;

/** One place a rule fires, with the values its message needs. */
export interface Hit<P> {
  sheet: string;
  cell: string;
  expected?: Amount;
  actual?: Amount;
  params: P;
  /** A rule may soften one hit (e.g. an estimate based on an assumed year). */
  severity?: Severity;
}

export type Messages<P> = Record<Lang, (p: P & { expected?: Amount; actual?: Amount }) => string>;

export interface RuleSpec<P> {
  id: RuleId;
  severity: Severity;
  /** The forms the rule reads: it runs only on a grant holding at least one of them. */
  forms: FormKind[];
  /** What the rule checks, one sentence per language: help.html's and the README's rule tables. */
  summary: Record<Lang, string>;
  messages: Messages<P>;
  /** Pushes each place the rule fires onto hits (an array rather than a generator: cheaper cold). */
  check(hits: Hit<P>[], grant: Grant, ctx: RuleContext): void;
}

/** A rule with its parameter type erased, ready for the registry. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  forms: FormKind[];
  summary: Record<Lang, string>;
  /** The issues as data: no language yet. */
  run(grant: Grant, ctx: RuleContext): Issue[];
  /**
   * The message for given parameters (an issue's params with its expected and actual), unchecked:
   * renderIssue shows issues with it; help.html and the language tests list every rule's wording.
   */
  message(lang: Lang, values: Record<string, unknown>): string;
}

export function defineRule<P extends object>(spec: RuleSpec<P>): Rule {
  const toIssue = (hit: Hit<P>): Issue => {
    const issue: Issue = {
      rule: spec.id,
      severity: hit.severity ?? spec.severity,
      sheet: hit.sheet,
      cell: hit.cell,
      // P is a plain object of JSON values (labels, numbers, flags): what a message needs. Each
      // hit's params are a fresh literal of its rule, so the issue takes them as they are.
      params: hit.params as Record<string, unknown>,
    };
    if (hit.expected !== undefined) issue.expected = hit.expected;
    if (hit.actual !== undefined) issue.actual = hit.actual;
    return issue;
  };
  return {
    id: spec.id,
    severity: spec.severity,
    forms: spec.forms,
    summary: spec.summary,
    // The caller vouches for the shape: the values are the rule's own parameters.
    message: (lang, values) => spec.messages[lang](values as P & { expected?: Amount; actual?: Amount }),
    run(grant, ctx) {
      const hits: Hit<P>[] = [];
      spec.check(hits, grant, ctx);
      return hits.map(toIssue);
    },
  };
}
