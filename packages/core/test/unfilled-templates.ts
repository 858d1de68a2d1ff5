// Records that keep their template's prompts, wholly or in part, in each dialect the review rules
// read: MADR 3/4 write prompts in braces, MADR 2 and log4brains in brackets, adr-tools (Nygard)
// ships guidance sentences.
import { type Dialect, decisionHeading, recordHead } from './dialects.js';
import { adr } from './rule-tester.js';

/** The real content a record has filled in; whatever is left out keeps the template's prompt. */
export interface Filled {
  options?: string[];
  chosen?: string;
  /** A real cost, listed beside the template's unfilled one. */
  cost?: string;
}

/** A prompt in the dialect's own notation: `{title of option 1}` for MADR, `[option 1]` otherwise. */
function prompt(dialect: Dialect, madr: string, bracketed: string): string {
  return dialect === 'madr' ? `{${madr}}` : `[${bracketed}]`;
}

export function unfilledRecord(dialect: Dialect, filled: Filled = {}): string {
  const optionPrompt = (n: number) => prompt(dialect, `title of option ${n}`, `option ${n}`);
  const options = [...(filled.options ?? []), optionPrompt(3), '… <!-- numbers of options can vary -->'];
  const chosen = filled.chosen ?? optionPrompt(1);
  const costPrompt =
    dialect === 'nygard'
      ? 'What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.'
      : dialect === 'madr'
        ? '* Bad, because {negative consequence, e.g., compromising one or more desired qualities, …}'
        : '- [e.g., compromising quality attribute, follow-up decisions required, …]';
  const costs = [...(filled.cost ? [`- ${filled.cost}`, ''] : []), costPrompt];
  return adr(
    ...recordHead(dialect, 'Cache session lookups', { number: 4 }),
    '## Context and Problem Statement',
    '',
    dialect === 'nygard'
      ? 'The issue motivating this decision, and any context that influences or constrains the decision.'
      : prompt(
          dialect,
          'Describe the context and problem statement',
          'Describe the context and problem statement',
        ),
    '',
    '## Considered Options',
    '',
    ...options.map((option) => `- ${option}`),
    '',
    decisionHeading(dialect),
    '',
    `Chosen option: "${chosen}", because ${prompt(dialect, 'justification', 'justification, e.g., only option which meets the k.o. criterion')}.`,
    '',
    dialect === 'nygard' ? '## Consequences' : '### Negative Consequences',
    '',
    ...costs,
    '',
    '## Pros and Cons of the Options',
    '',
    `### ${optionPrompt(1)}`,
    '',
    `- Good, because ${prompt(dialect, 'argument a', 'argument a')}`,
    `- Bad, because ${prompt(dialect, 'argument b', 'argument b')}`,
  );
}
