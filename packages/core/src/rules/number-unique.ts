import type { RepositoryRule } from '../engine/types.js';
import type { RepositoryDocument } from '../model.js';

interface Options {
  perDirectory: boolean;
}

function splitPath(path: string): { directory: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { directory: cut === -1 ? '' : path.slice(0, cut), name: path.slice(cut + 1) };
}

const DATE_PREFIX = /^(?:19|20)\d{2}([-_.]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?!\d)/;

/**
 * The record's number, or null. A file name that starts with a date ("2022-02-03-tracing.md",
 * "2020_03_03_api_translations.md") carries no sequence number, although the year reads like one.
 */
function numberOf(document: RepositoryDocument): number | null {
  const number = document.number;
  if (!number) return null;
  if (number.source === 'filename' && DATE_PREFIX.test(splitPath(document.path).name)) return null;
  return number.value;
}

/** Digits the directory's file names use for numbers ("0007-..." → 4), so the suggestion matches. */
function numberWidth(documents: readonly RepositoryDocument[]): number {
  let width = 0;
  for (const document of documents) {
    const digits = /^(?:adr[-_ ]?)?(\d+)(?=[-_. ]|$)/i.exec(splitPath(document.path).name)?.[1];
    if (digits?.startsWith('0')) width = Math.max(width, digits.length);
  }
  return width;
}

/** Two records with the same number: the classic result of two branches each adding "the next" ADR. */
export const numberUnique: RepositoryRule<Options> = {
  meta: {
    id: 'number-unique',
    description: 'Disallow two records with the same number.',
    category: 'structure',
    severity: 'error',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'repository',
    schema: {
      type: 'object',
      properties: {
        perDirectory: {
          type: 'boolean',
          description:
            'Numbers must be unique within each ADR directory (true), or across every linted record (false).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { perDirectory: true },
    messages: {
      duplicate:
        'Number {{number}} is also used by {{others}}; give one of these records the next free number, {{next}}, and update links to it.',
      duplicateOnBase:
        'Number {{number}} was taken on the base branch by {{others}} after this branch forked; renumber this record to {{next}} and update links to it.',
    },
    rationale:
      'A number is how records are cited ("see ADR 7"). Two records with one number make every citation ambiguous; it usually means two branches each added "the next" record.',
    docs: {
      incorrect: [
        {
          path: 'docs/adr/0004-use-postgresql.md',
          text: `# 4. Use PostgreSQL for orders

Status: accepted

Orders are stored in PostgreSQL 16.
`,
        },
        {
          path: 'docs/adr/0004-use-grpc.md',
          text: `# 4. Use gRPC between services

Status: proposed

Internal calls use gRPC with protobuf schemas.
`,
        },
      ],
      correct: [
        {
          path: 'docs/adr/0004-use-postgresql.md',
          text: `# 4. Use PostgreSQL for orders

Status: accepted

Orders are stored in PostgreSQL 16.
`,
        },
        {
          path: 'docs/adr/0005-use-grpc.md',
          text: `# 5. Use gRPC between services

Status: proposed

Internal calls use gRPC with protobuf schemas.
`,
        },
      ],
      howToFix:
        'Give the newer record the next free number (the message names it), rename its file and title, and update links to it. With `--base`, docket also catches a number taken on the base branch since your branch forked.',
      whenNotToUse:
        'Keep it on. If you keep several independent ADR folders that reuse numbers, the default `perDirectory: true` already allows that.',
    },
  },
  check({ documents, baseDocuments, options, report }) {
    const groupOf = (document: RepositoryDocument) =>
      options.perDirectory ? splitPath(document.path).directory : '';
    const groups = new Map<string, { members: RepositoryDocument[]; onBase: RepositoryDocument[] }>();
    const groupFor = (key: string) => {
      let group = groups.get(key);
      if (!group) {
        group = { members: [], onBase: [] };
        groups.set(key, group);
      }
      return group;
    };
    for (const document of documents) groupFor(groupOf(document)).members.push(document);
    for (const document of baseDocuments) groups.get(groupOf(document))?.onBase.push(document);
    // Within one directory the file name says it all; across directories the path does.
    const label = (other: RepositoryDocument) =>
      options.perDirectory ? splitPath(other.path).name : other.path;
    const relatedTo = (others: RepositoryDocument[], message: string) =>
      others.map((other) => ({
        path: other.path,
        line: other.number?.span.line ?? 1,
        column: other.number?.span.column ?? 1,
        message,
      }));
    for (const { members, onBase } of groups.values()) {
      const byNumber = new Map<number, RepositoryDocument[]>();
      const baseByNumber = new Map<number, RepositoryDocument[]>();
      let highest = 0;
      for (const [list, index] of [
        [members, byNumber],
        [onBase, baseByNumber],
      ] as const) {
        for (const document of list) {
          const number = numberOf(document);
          if (number === null) continue;
          highest = Math.max(highest, number);
          index.set(number, [...(index.get(number) ?? []), document]);
        }
      }
      const next = String(highest + 1).padStart(numberWidth([...members, ...onBase]), '0');
      for (const [number, clash] of byNumber) {
        const taken = baseByNumber.get(number) ?? [];
        for (const document of clash) {
          if (taken.length > 0) {
            // Another branch has merged this number since this one forked: this record must move.
            report(document, {
              messageId: 'duplicateOnBase',
              span: document.number?.span,
              data: { number, others: taken.map(label).join(', '), next },
              related: relatedTo(taken, `number ${number} on the base branch`),
            });
          }
          const others = clash.filter((other) => other !== document);
          if (others.length === 0) continue;
          report(document, {
            messageId: 'duplicate',
            span: document.number?.span,
            data: { number, others: others.map(label).join(', '), next },
            related: relatedTo(others, `also number ${number}`),
          });
        }
      }
    }
  },
};
