// What a record says, independent of the template it is written in: the answers to the review
// questions. `docket new --interactive` collects them, `docket init` ships one for ADR 1, and every
// template renders them in its own dialect, falling back to a prompt for each answer left out.

export const REVERSIBILITY_LEVELS = ['two-way', 'costly', 'one-way'] as const;
export type Reversibility = (typeof REVERSIBILITY_LEVELS)[number];

export interface OptionContent {
  name: string;
  /** What the option is, in a sentence or two. */
  description?: string;
  pros?: string[];
  cons?: string[];
  /** Why the option lost (for options other than the chosen one). */
  whyNot?: string;
}

export interface RecordContent {
  context?: string;
  /** Constraints with numbers: money, time, traffic, team. */
  constraints?: string[];
  drivers?: string[];
  options?: OptionContent[];
  /** Name of the chosen option; one of `options` when options are given. */
  chosen?: string;
  /** Why the chosen option won. */
  because?: string;
  /** Consequences that make things better. */
  good?: string[];
  /** Consequences that make things worse: the trade-offs, the price of the choice. */
  bad?: string[];
  /** How the design fails, what users and operators then see, and how it is handled. */
  failure?: string;
  reversibility?: Reversibility;
  /** How the decision would be undone and at what cost. */
  reversal?: string;
  /** YYYY-MM-DD. */
  revisitBy?: string;
  /** Measurable conditions or concrete events that reopen the decision. */
  revisitWhen?: string[];
  /** Benchmarks, proofs of concept, incidents behind the decision. */
  evidence?: string;
  /** Who operates the result and gets paged. */
  owner?: string;
}

/** The facts every record has, whatever it says: they fill the templates' variables. */
export interface RecordFacts {
  number: number;
  /** Digits the folder pads numbers to (4 gives 0007); 1 means no padding. */
  width: number;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** A lifecycle status, lower case: proposed, accepted, ... */
  status: string;
  authors: string[];
}

/** One line of text: runs of whitespace (newlines, tabs, control characters) become one space. */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** An answer that follows "because": without a leading "because" or a closing full stop. */
export function reason(text: string): string {
  return oneLine(text)
    .replace(/^because\s+/i, '')
    .replace(/[.\s]+$/, '');
}

/** A paragraph answer: trimmed, line breaks kept, other control characters removed. */
function paragraph(text: string): string {
  // Control characters other than the line break (tabs included) become spaces.
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n]/gu, ' ')
    .trim();
}

const items = (list: string[] | undefined): string[] =>
  (list ?? []).map(oneLine).filter((item) => item !== '');

/** Content with every answer cleaned the way the templates expect it; empty answers dropped. */
export function normalizeContent(content: RecordContent): RecordContent {
  const options = (content.options ?? [])
    .map((option) => ({
      name: oneLine(option.name),
      description: paragraph(option.description ?? ''),
      pros: items(option.pros),
      cons: items(option.cons),
      whyNot: reason(option.whyNot ?? ''),
    }))
    .filter((option) => option.name !== '');
  return {
    context: paragraph(content.context ?? ''),
    constraints: items(content.constraints),
    drivers: items(content.drivers),
    options,
    chosen: oneLine(content.chosen ?? ''),
    because: reason(content.because ?? ''),
    good: items(content.good),
    bad: items(content.bad),
    failure: paragraph(content.failure ?? ''),
    ...(content.reversibility ? { reversibility: content.reversibility } : {}),
    reversal: paragraph(content.reversal ?? ''),
    revisitBy: oneLine(content.revisitBy ?? ''),
    revisitWhen: items(content.revisitWhen),
    evidence: paragraph(content.evidence ?? ''),
    owner: oneLine(content.owner ?? ''),
  };
}
