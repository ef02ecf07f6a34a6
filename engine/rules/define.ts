import type { FormKind, Issue, Lang, Severity } from '../model/issue';
import type { Grant } from '../model/grant';
import type { RuleProfile } from '../model/profile';

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
  id: string;
  severity: Severity;
  forms: FormKind[];
  messages: Messages<P>;
  check(grant: Grant, ctx: RuleContext): Iterable<Hit<P>>;
}

/** A rule with its parameter type erased, ready for the registry. */
export interface Rule {
  id: string;
  severity: Severity;
  forms: FormKind[];
  run(grant: Grant, ctx: RuleContext, lang: Lang): Issue[];
  /**
   * The message for given parameters, unchecked: for listing and testing every rule's wording
   * (help.html, the language tests) without a workbook that makes it fire.
   */
  message(lang: Lang, values: Record<string, unknown>): string;
}

export function defineRule<P>(spec: RuleSpec<P>): Rule {
  return {
    id: spec.id,
    severity: spec.severity,
    forms: spec.forms,
    // The caller vouches for the shape: the values are the rule's own parameters.
    message: (lang, values) => spec.messages[lang](values as P & { expected?: Amount; actual?: Amount }),
    run(grant, ctx, lang) {
      const issues: Issue[] = [];
      for (const hit of spec.check(grant, ctx)) {
        const issue: Issue = {
          rule: spec.id,
          severity: hit.severity ?? spec.severity,
          sheet: hit.sheet,
          cell: hit.cell,
          message: spec.messages[lang]({ ...hit.params, expected: hit.expected, actual: hit.actual }),
        };
        if (hit.expected !== undefined) issue.expected = hit.expected;
        if (hit.actual !== undefined) issue.actual = hit.actual;
        issues.push(issue);
      }
      return issues;
    },
  };
}
