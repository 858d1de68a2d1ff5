// Turns a template and a record's facts and answers into the text of a new record. Three kinds of
// template are understood: docket's own ({{mustache}} variables and sections), adr-tools' (the bare
// words NUMBER, TITLE, DATE and STATUS) and plain markdown such as log4brains' or a copied MADR
// template (its first heading becomes the title and prompt-valued status/date/deciders are filled).
import Mustache from 'mustache';
import YAML from 'yaml';
import { normalizeContent, oneLine, type RecordContent, type RecordFacts } from './content.js';

export type TemplateSyntax = 'mustache' | 'adr-tools' | 'plain';

/** A template that cannot be used as it is; the message names the problem and the fix. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

const ADR_TOOLS_TOKEN = /\b(NUMBER|TITLE|DATE|STATUS)\b/g;

export function templateSyntax(text: string): TemplateSyntax {
  if (/\{\{[^{}]*\}\}/.test(text)) return 'mustache';
  if (/\bTITLE\b/.test(text)) return 'adr-tools';
  return 'plain';
}

/** Every variable a docket template may use, at the top level or inside the lists. */
export const TEMPLATE_VARIABLES = {
  facts: ['number', 'id', 'title', 'date', 'status', 'statusLabel', 'authors'],
  answers: [
    'context',
    'constraints',
    'drivers',
    'options',
    'chosen',
    'because',
    'rejected',
    'good',
    'bad',
    'failure',
    'reversibility',
    'reversibilitySentence',
    'reversal',
    'revisitBy',
    'revisitWhen',
    'revisit',
    'evidence',
    'owner',
  ],
  /** Fields of each entry of `options` and `rejected`. */
  option: ['name', 'description', 'pros', 'cons', 'whyNot', 'isChosen'],
} as const;

const KNOWN_NAMES: ReadonlySet<string> = new Set([
  '.',
  ...TEMPLATE_VARIABLES.facts,
  ...TEMPLATE_VARIABLES.answers,
  ...TEMPLATE_VARIABLES.option,
]);

/** For prose templates (Nygard, MADR minimal) that have no reversibility field to set. */
const REVERSIBILITY_SENTENCES: Record<string, string> = {
  'two-way': 'This decision is reversible (a two-way door).',
  costly: 'This decision is costly to reverse.',
  'one-way': 'This decision is irreversible (a one-way door).',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The number as the folder writes it in file names: 7 with width 4 is 0007. */
export function paddedNumber(number: number, width: number): string {
  return String(number).padStart(width, '0');
}

function buildView(facts: RecordFacts, content: RecordContent) {
  const answers = normalizeContent(content);
  const chosenKey = (answers.chosen ?? '').toLowerCase();
  const options = (answers.options ?? []).map((option) => ({
    ...option,
    isChosen: chosenKey !== '' && option.name.toLowerCase() === chosenKey,
  }));
  // As clauses that continue "Revisit this decision ...": lower-case start, no full stop.
  const revisit = (answers.revisitWhen ?? []).map((trigger) =>
    trigger
      .replace(/^(?:If|When|By|As soon as|Once|After|Before)\b/, (word) => word.toLowerCase())
      .replace(/[.\s]+$/, ''),
  );
  if (answers.revisitBy) revisit.push(`by ${answers.revisitBy} at the latest`);
  return {
    ...answers,
    number: String(facts.number),
    id: paddedNumber(facts.number, facts.width),
    title: oneLine(facts.title),
    date: facts.date,
    status: facts.status,
    statusLabel: capitalize(facts.status),
    authors: facts.authors.map(oneLine).filter((name) => name !== ''),
    options,
    rejected: chosenKey === '' ? [] : options.filter((option) => !option.isChosen),
    revisit,
    reversibilitySentence: answers.reversibility ? REVERSIBILITY_SENTENCES[answers.reversibility] : '',
  };
}

/** Whether any review answer was given: templates without slots for answers cannot take them. */
export function hasAnswers(content: RecordContent): boolean {
  return Object.values(normalizeContent(content)).some((value) =>
    Array.isArray(value) ? value.length > 0 : Boolean(value),
  );
}

/** A value as a YAML scalar: plain where YAML reads it back as the same string, quoted otherwise. */
function yamlScalar(value: unknown): string {
  const text = String(value);
  // An empty answer renders nothing, so the section after it can print the prompt instead.
  if (text === '') return '';
  const plain = YAML.stringify(text, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') ? JSON.stringify(text) : plain;
}

function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match
    ? { frontmatter: match[0], body: text.slice(match[0].length) }
    : { frontmatter: '', body: text };
}

/** Names used by a mustache template that docket does not provide: almost always a typo. */
function unknownVariables(text: string): string[] {
  const unknown = new Set<string>();
  const visit = (tokens: unknown[]) => {
    for (const token of tokens as [string, string, number, number, unknown[]?][]) {
      const [type, name, , , children] = token;
      if (['name', '&', '#', '^'].includes(type)) {
        const head = name.split('.')[0] as string;
        if (!KNOWN_NAMES.has(name === '.' ? '.' : head)) unknown.add(name);
      }
      if (children) visit(children);
    }
  };
  visit(Mustache.parse(text));
  return [...unknown];
}

function renderMustache(text: string, view: object): string {
  let unknown: string[];
  try {
    unknown = unknownVariables(text);
  } catch (error) {
    throw new TemplateError(`the template does not parse: ${(error as Error).message}`);
  }
  if (unknown.length > 0) {
    throw new TemplateError(
      `the template uses unknown variable${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `{{${n}}}`).join(', ')}; docket provides ${[...TEMPLATE_VARIABLES.facts, ...TEMPLATE_VARIABLES.answers].join(', ')}`,
    );
  }
  const { frontmatter, body } = splitFrontmatter(text);
  const identity = (value: unknown) => String(value);
  const rendered =
    (frontmatter ? Mustache.render(frontmatter, view, {}, { escape: yamlScalar }) : '') +
    Mustache.render(body, view, {}, { escape: identity });
  // Empty sections leave runs of blank lines behind; markdown needs at most one.
  return `${rendered
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderAdrTools(text: string, view: ReturnType<typeof buildView>): string {
  const values: Record<string, string> = {
    NUMBER: view.number,
    TITLE: view.title,
    DATE: view.date,
    STATUS: view.statusLabel,
  };
  return text.replace(ADR_TOOLS_TOKEN, (token) => values[token] ?? token);
}

/** A metadata value that is still the template's prompt: `[...]`, `{...}`, optionally quoted. */
const PROMPT_VALUE = /^["']?[[{]/;

function renderPlain(text: string, view: ReturnType<typeof buildView>): string {
  const { frontmatter, body } = splitFrontmatter(text);
  const authors = view.authors;
  const fill = (key: string): string | null => {
    const k = key.toLowerCase();
    if (k === 'status') return view.status;
    if (k === 'date') return view.date;
    if ((k === 'deciders' || k === 'decision-makers') && authors.length > 0) return authors.join(', ');
    return null;
  };
  const filledFrontmatter = frontmatter.replace(
    /^(status|date|deciders|decision-makers)([ \t]*:[ \t]*)(.*)$/gim,
    (line, key: string, colon: string, value: string) => {
      const replacement = fill(key);
      if (replacement === null || !PROMPT_VALUE.test(value.trim())) return line;
      const yaml = /^(?:decision-makers|deciders)$/i.test(key)
        ? YAML.stringify(authors, { flowCollectionPadding: false, collectionStyle: 'flow' }).trimEnd()
        : yamlScalar(replacement);
      return `${key}${colon}${yaml}`;
    },
  );
  let titled = false;
  let fenced = false;
  const lines = body.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return line;
    if (!titled && /^#\s/.test(line)) {
      titled = true;
      return `# ${view.title}`;
    }
    // MADR 2 and log4brains bullets: "* Status: [proposed | accepted | ...] <!-- optional -->".
    return line.replace(
      /^(\s*[-*+]\s+)(status|date|deciders|decision-makers)(\s*:\s*)(.*?)(\s*<!--.*-->)?\s*$/i,
      (whole, bullet: string, key: string, colon: string, value: string, comment = '') => {
        const replacement = fill(key);
        if (replacement === null || !PROMPT_VALUE.test(value)) return whole;
        return `${bullet}${key}${colon}${replacement}${comment}`;
      },
    );
  });
  const rendered = lines.join('\n');
  return filledFrontmatter + (titled ? rendered : `# ${view.title}\n\n${rendered.replace(/^\n+/, '')}`);
}

/**
 * The text of a new record: `template` filled with the record's facts and answers. Throws a
 * TemplateError for a template that uses unknown variables, or when answers are given to a template
 * that has no places for them (adr-tools and plain templates).
 */
export function renderTemplate(template: string, facts: RecordFacts, content: RecordContent = {}): string {
  const view = buildView(facts, content);
  const syntax = templateSyntax(template);
  if (syntax === 'mustache') return renderMustache(template, view);
  if (hasAnswers(content)) {
    throw new TemplateError(
      `the template has no places for answers ({{variables}} such as {{failure}}); use a built-in template (review, madr, madr-minimal, nygard) or add the variables to it`,
    );
  }
  return syntax === 'adr-tools' ? renderAdrTools(template, view) : renderPlain(template, view);
}
