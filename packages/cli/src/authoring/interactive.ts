// `docket new --interactive`: the review questions asked one at a time, skipping any whose answer
// was already given as a flag. The prompts are injected (Io.prompts) so tests answer them without a
// terminal; by default they are @inquirer/prompts, drawn on stderr so stdout stays the new file's path.
import { REVERSIBILITY_LEVELS, type RecordContent, type Reversibility } from '@docket/templates';
import type { Prompts } from '../context.js';
import { UsageError } from '../context.js';

const MAX_OPTIONS = 10;

const required = (what: string) => (value: string) =>
  value.trim() !== '' || `Write ${what}, or press Ctrl+C to stop.`;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const REVERSIBILITY_CHOICES: { value: Reversibility; name: string; description: string }[] = [
  {
    value: 'two-way',
    name: 'two-way',
    description: 'cheap to undo: a config change, a flag, a small migration',
  },
  {
    value: 'costly',
    name: 'costly',
    description: 'can be undone, at a real price in weeks, money or a migration',
  },
  {
    value: 'one-way',
    name: 'one-way',
    description: 'practically impossible to undo: contracts, data formats, public APIs',
  },
];

/** Asks the review questions whose answers `given` lacks and returns the completed answers. */
export async function askReviewQuestions(prompts: Prompts, given: RecordContent): Promise<RecordContent> {
  const answers: RecordContent = { ...given };

  if (!answers.options?.length) {
    const names: string[] = [];
    while (names.length < MAX_OPTIONS) {
      const position = names.length + 1;
      const message =
        position === 1
          ? 'Option 1, the one you lean towards:'
          : position === 2
            ? 'Option 2, an alternative (even doing nothing):'
            : `Option ${position} (leave empty when there are no more):`;
      const name = (
        await prompts.input({ message, ...(position <= 2 ? { validate: required('an option') } : {}) })
      ).trim();
      if (name === '') break;
      if (names.some((n) => n.toLowerCase() === name.toLowerCase())) continue;
      names.push(name);
    }
    answers.options = names.map((name) => ({ name }));
  }
  const options = answers.options ?? [];

  if (!answers.chosen) {
    answers.chosen = await prompts.select({
      message: 'Which option did you choose?',
      choices: options.map((option) => ({ name: option.name, value: option.name })),
    });
  }
  const chosen = answers.chosen;

  if (!answers.because) {
    answers.because = await prompts.input({
      message: `Why "${chosen}"? It won because...`,
      validate: required('the reason it won'),
    });
  }

  answers.options = [];
  for (const option of options) {
    if (option.name.toLowerCase() !== chosen.toLowerCase() && !option.whyNot) {
      const whyNot = await prompts.input({
        message: `Why did "${option.name}" lose?`,
        validate: required('the reason it lost'),
      });
      answers.options.push({ ...option, whyNot });
    } else {
      answers.options.push(option);
    }
  }

  if (!answers.bad?.length) {
    const costs: string[] = [];
    for (;;) {
      const cost = (
        await prompts.input({
          message:
            costs.length === 0
              ? `What does "${chosen}" cost you? Name a trade-off:`
              : 'Another trade-off (leave empty when done):',
          ...(costs.length === 0 ? { validate: required('a trade-off; every choice has a price') } : {}),
        })
      ).trim();
      if (cost === '') break;
      costs.push(cost);
    }
    answers.bad = costs;
  }

  if (!answers.failure) {
    answers.failure = await prompts.input({
      message: 'How does it fail, and what do users and the on-call engineer then see?',
      validate: required('the failure story'),
    });
  }

  if (!answers.reversibility) {
    answers.reversibility = await prompts.select({
      message: 'How reversible is this decision?',
      choices: REVERSIBILITY_CHOICES,
    });
  }
  if (!answers.reversal) {
    answers.reversal = await prompts.input({
      message: 'How would you undo it, and what would that cost? (optional)',
    });
  }

  if (!answers.revisitWhen?.length) {
    const trigger = await prompts.input({
      message:
        'What would make you revisit it? A threshold or an event, e.g. "more than 5,000 writes a second":',
      validate: required('a revisit trigger'),
    });
    answers.revisitWhen = [trigger];
  }
  if (!answers.revisitBy) {
    answers.revisitBy = (
      await prompts.input({
        message: 'Revisit by which date? (YYYY-MM-DD, optional)',
        validate: (value) =>
          value.trim() === '' || isCalendarDate(value.trim()) || 'Write the date as YYYY-MM-DD.',
      })
    ).trim();
  }
  return answers;
}

/** @inquirer/prompts, drawn on stderr. Loaded only when a question is asked. */
export async function inquirerPrompts(): Promise<Prompts> {
  const inquirer = await import('@inquirer/prompts');
  const context = { output: process.stderr };
  return {
    input: (question) => inquirer.input(question, context),
    select: (question) => inquirer.select(question, context),
  };
}

/** Ctrl+C in a prompt: stop without writing anything. */
export function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export function parseReversibility(value: string): Reversibility {
  const normalized = value.trim().toLowerCase();
  const alias: Record<string, Reversibility> = {
    reversible: 'two-way',
    hard: 'costly',
    irreversible: 'one-way',
  };
  const level = (REVERSIBILITY_LEVELS as readonly string[]).includes(normalized)
    ? (normalized as Reversibility)
    : alias[normalized];
  if (!level) {
    throw new UsageError(
      `--reversibility: "${value}" is not a level; use ${REVERSIBILITY_LEVELS.join(', ')}`,
    );
  }
  return level;
}
