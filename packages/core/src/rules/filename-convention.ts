import type { DocumentRule } from '../engine/types.js';
import type { Span } from '../model.js';
import { escapeRegExp } from '../text/regexp.js';
import { isUnreadable } from './anchors.js';

interface Options {
  width: number;
  prefix: string;
  checkTitle: boolean;
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

/** A record kept in its own folder ("2023-11-27-tracing/README.md") is named by the folder. */
const FOLDER_RECORD = /^(?:readme|index)\.md$/i;

/** Words a title and its slug may differ by without telling different stories. */
const FILLER = new Set(
  'a an and are as at be by for from in into is it of on or over the to use using via vs we will with'.split(
    ' ',
  ),
);

/** The kebab-case slug adr-tools and log4brains would write for a title. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function significantWords(slug: string): string[] {
  return slug.split('-').filter((word) => word.length >= 3 && !FILLER.has(word) && !/^\d+$/.test(word));
}

/** Words match when one starts with the other's first four letters: "postgres" and "postgresql", "deploy" and "deployment". */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short.slice(0, Math.max(4, short.length - 2)));
}

/** Whether the slug tells the same story as the title: at least half of its words appear in it. */
export function slugMatchesTitle(slug: string, title: string): boolean {
  const words = significantWords(slug);
  if (words.length === 0) return true;
  const titleWords = slugify(title).split('-');
  const found = words.filter((word) => titleWords.some((other) => sameWord(word, other))).length;
  return found * 2 >= words.length;
}

/**
 * The record's name: the file name, or the folder's for a record kept in its own folder
 * ("2023-11-27-tracing/README.md"). Null for a README or index that describes a folder of records.
 */
function recordName(path: string, prefix: string): { name: string; extension: string } | null {
  const parts = path.split(/[\\/]/);
  const file = parts[parts.length - 1] ?? '';
  if (!FOLDER_RECORD.test(file)) return { name: file.replace(/\.md$/i, ''), extension: '.md' };
  const folder = parts[parts.length - 2] ?? '';
  const numbered = new RegExp(`^${escapeRegExp(prefix)}\\d`, 'i');
  return numbered.test(folder) ? { name: folder, extension: '' } : null;
}

/** File names that sort, link and read well: `NNNN-kebab-title.md`, with a slug that matches the title. */
export const filenameConvention: DocumentRule<Options> = {
  meta: {
    id: 'filename-convention',
    description:
      'Require file names of the form `NNNN-kebab-title.md` (number width and prefix configurable) whose slug matches the title.',
    category: 'structure',
    severity: 'warn',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        width: {
          type: 'integer',
          minimum: 1,
          maximum: 10,
          description:
            'Fewest digits the number may have; shorter numbers are padded with zeros (adr-tools writes 4).',
        },
        prefix: {
          type: 'string',
          pattern: '^[A-Za-z0-9_-]*$',
          description:
            'Text before the number, as the repository writes it, e.g. "adr-" for adr-0007-use-kafka.md.',
        },
        checkTitle: {
          type: 'boolean',
          description: 'Also require the slug after the number to tell the same story as the title.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { width: 4, prefix: '', checkTitle: true },
    messages: {
      noNumber:
        'File name "{{name}}" does not start with {{expected}}; rename it to "{{suggestion}}" so records sort in the order they were written.',
      narrowNumber:
        'The number in "{{name}}" has fewer than {{width}} digits; rename it to "{{suggestion}}" so records sort in order, or set this rule\'s `width` option to {{digits}} if that is the repository\'s convention.',
      otherPrefix:
        'File name "{{name}}" has "{{found}}" before its number; rename it to "{{suggestion}}", or set this rule\'s `prefix` option to "{{found}}" if that is the repository\'s convention.',
      notKebab: 'File name "{{name}}" is not lower-case kebab-case; rename it to "{{suggestion}}".',
      slugMismatch:
        'File name "{{name}}" does not match the title "{{title}}"; rename it to "{{suggestion}}", or correct the title if the file name is right.',
    },
    rationale:
      'Numbered, kebab-case file names sort in the order decisions were made, link without escaping, and say what each record decides before it is opened; a slug that disagrees with the title sends readers to the wrong record.',
    docs: {
      incorrect: [
        {
          path: 'docs/adr/7_Message_Bus.md',
          text: `# 7. Publish order events on Kafka

Status: proposed

Order events go to a Kafka topic that billing and shipping consume.
`,
        },
      ],
      correct: [
        {
          path: 'docs/adr/0007-publish-order-events-on-kafka.md',
          text: `# 7. Publish order events on Kafka

Status: proposed

Order events go to a Kafka topic that billing and shipping consume.
`,
        },
      ],
      howToFix:
        'Rename the file to the name the message suggests (`git mv` keeps its history) and update links to it. If the repository has its own settled convention, such as a prefix ("adr-0007-...") or three-digit numbers, set the `prefix` or `width` option instead of renaming every record.',
      whenNotToUse:
        'Turn it off for repositories whose records are named by date only or kept under tool-generated names that nobody reads; set `checkTitle: false` when titles are edited after review but file names must stay stable for links.',
    },
  },
  check({ document, options, report }) {
    if (isUnreadable(document)) return;
    const record = recordName(document.path, options.prefix);
    if (!record) return;
    const { name, extension } = record;
    const prefix = escapeRegExp(options.prefix);
    // "0007-use-kafka", "adr-0007-use-kafka", "2023-11-27-tracing": the number, any further date parts, the slug.
    const parsed = new RegExp(`^${prefix}(\\d+)[-_ ]?((?:\\d+[-_])*)(.*)$`, 'i').exec(name);
    const title = document.title?.text ?? '';
    const slug = slugify(title || (parsed?.[3] ?? name));
    const named = (number: string, dateParts: string, words: string) =>
      `${options.prefix}${number}-${dateParts}${words}${extension}`;
    const shown = `${name}${extension}`;

    const otherPrefix = options.prefix ? null : /^([a-z]+[-_]?)(\d+)[-_ ]?(.*)$/i.exec(name);
    if (!parsed && otherPrefix) {
      const [, found = '', digits = '', words = ''] = otherPrefix;
      const suggestion = named(digits.padStart(options.width, '0'), '', slugify(words) || slug);
      report({ messageId: 'otherPrefix', span: START, data: { name: shown, found, suggestion } });
      return;
    }
    if (!parsed) {
      const number = document.number
        ? String(document.number.value).padStart(options.width, '0')
        : 'N'.repeat(options.width);
      const expected = options.prefix ? `"${options.prefix}" and a number` : 'a number';
      report({
        messageId: 'noNumber',
        span: START,
        data: { name: shown, expected, suggestion: named(number, '', slug) },
      });
      return;
    }
    const [, digits = '', dateParts = '', words = ''] = parsed;
    const cleanDate = dateParts.replace(/_/g, '-');
    if (digits.length < options.width) {
      const suggestion = named(digits.padStart(options.width, '0'), cleanDate, slugify(words) || slug);
      report({
        messageId: 'narrowNumber',
        span: START,
        data: { name: shown, width: options.width, digits: digits.length, suggestion },
      });
      return;
    }
    if (!new RegExp(`^${prefix}\\d+(?:-\\d+)*-[a-z0-9]+(?:-[a-z0-9]+)*$`).test(name)) {
      const suggestion = named(digits, cleanDate, slugify(words) || slug);
      report({ messageId: 'notKebab', span: START, data: { name: shown, suggestion } });
      return;
    }
    if (options.checkTitle && title && !slugMatchesTitle(words.toLowerCase(), title)) {
      report({
        messageId: 'slugMismatch',
        span: document.title?.span ?? START,
        data: { name: shown, title, suggestion: named(digits, cleanDate, slugify(title)) },
      });
    }
  },
};
