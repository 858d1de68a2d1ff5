import type { Fix, Report, RepositoryRule } from '../engine/types.js';
import { addLinkFix, markSupersededFix } from '../fix/links.js';
import type { AdrDocument, DocumentLink, RepositoryDocument } from '../model.js';

interface Options {
  checkSupersedes: boolean;
}

/** `a/b/../c/./d.md` -> `a/c/d.md`; forward slashes; a leading `/` is kept. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return `${absolute ? '/' : ''}${parts.join('/')}`;
}

function directoryOf(path: string): string {
  return folderOfNormalized(normalizePath(path));
}

function folderOfNormalized(normalized: string): string {
  const cut = normalized.lastIndexOf('/');
  return cut === -1 ? '' : normalized.slice(0, cut);
}

/**
 * The files a link may point at beyond the linted records, and the folders where a link is judged
 * at all: those holding linted records or known files (elsewhere we cannot see the whole folder).
 */
function seenFiles(
  documents: readonly RepositoryDocument[],
  knownPaths: Iterable<string> | undefined,
): { known: Set<string>; covered: Set<string> } {
  const covered = new Set(documents.map((d) => directoryOf(d.path)));
  const known = new Set<string>();
  for (const path of knownPaths ?? []) {
    const normalized = normalizePath(path);
    known.add(normalized);
    covered.add(folderOfNormalized(normalized));
  }
  return { known, covered };
}

function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A link target is a reference to a record file, a record number, or something else (a URL, a title). */
type Reference = { kind: 'path'; path: string } | { kind: 'number'; number: number } | null;

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
const NUMBER_REFERENCE = /^(?:adr)?[-_ #]?0*(\d{1,6})$/i;

function referenceOf(link: DocumentLink, from: string): Reference {
  const target = link.target.trim();
  if (!target || EXTERNAL.test(target)) return null;
  const bare = NUMBER_REFERENCE.exec(target);
  if (bare) return { kind: 'number', number: Number(bare[1]) };
  const file = decode(target.replace(/[?#].*$/, ''));
  // Root-relative links depend on where the site is served from: nothing to resolve against.
  if (!/\.md$/i.test(file) || file.startsWith('/')) return null;
  const directory = directoryOf(from);
  return { kind: 'path', path: normalizePath(directory ? `${directory}/${file}` : file) };
}

const SUPERSEDES = 'supersedes';
const SUPERSEDED_BY = 'superseded by';
/** "Superseded by ADR 9" names its successor even without a link. */
const NAMED_SUCCESSOR = /superseded\s+by\s+\S/i;
const SUCCESSOR_NUMBER = /superseded\s+by\s+(?:adr)?[-\s#]*0*(\d{1,6})\b/i;

/** Whether `from`'s status names `to` by number: "Superseded by ADR-0005". */
function namesSuccessorNumber(from: RepositoryDocument, to: RepositoryDocument): boolean {
  const number = SUCCESSOR_NUMBER.exec(from.status?.raw ?? '')?.[1];
  return number !== undefined && to.number?.value === Number(number);
}

interface Resolved {
  document: RepositoryDocument;
  link: DocumentLink;
  target: RepositoryDocument;
}

function label(document: RepositoryDocument): string {
  return fileNameOf(normalizePath(document.path));
}

/** The path of `to` as a link written in `from` would spell it. */
function relativeLink(from: RepositoryDocument, to: RepositoryDocument): string {
  const fromParts = directoryOf(from.path).split('/').filter(Boolean);
  const toParts = normalizePath(to.path).split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common])
    common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

function linkedTitle(to: RepositoryDocument): string {
  const title = to.title?.text ?? label(to).replace(/\.md$/i, '');
  return to.number ? `${to.number.value}. ${title}` : title;
}

/** Links between records resolve, supersede links are written on both ends, superseded records say by what. */
export const linksResolve: RepositoryRule<Options> = {
  meta: {
    id: 'links-resolve',
    description:
      'Require links to other records to resolve, supersede links to be written on both records, and superseded records to have status superseded and name their successor.',
    category: 'structure',
    severity: 'error',
    recommended: true,
    legacy: true,
    fixable: true,
    scope: 'repository',
    schema: {
      type: 'object',
      properties: {
        checkSupersedes: {
          type: 'boolean',
          description:
            'Also check supersede links: both records say it, and the superseded one has status superseded and names its successor.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { checkSupersedes: true },
    messages: {
      broken:
        'The {{relation}} link to "{{target}}" does not resolve: there is no such record in {{directory}}; correct the path{{hint}}.',
      brokenNumber:
        'The {{relation}} reference "{{target}}" names no record in {{directory}}; write the number of an existing record or link its file.',
      missingBackLink:
        '{{other}} says it supersedes this record, but this record does not name it; add "Superseded by [{{otherTitle}}]({{otherLink}})" to its status.',
      missingForwardLink:
        '{{other}} says it is superseded by this record, but this record does not say it supersedes it; add "Supersedes [{{otherTitle}}]({{otherLink}})".',
      notMarkedSuperseded:
        'This record is superseded by {{other}} but its status is "{{status}}"; set the status to superseded and link its successor.',
      noSuccessor:
        'The record is superseded but does not say by which record; add "Superseded by [NNNN. Title](NNNN-title.md)" to its status.',
    },
    rationale:
      'A decision log is navigated through its links. A link to a renamed record, or a supersede written on one record only, sends readers to a dead end or lets them act on a decision that was replaced.',
    docs: {
      incorrect: [
        {
          path: 'docs/adr/0003-use-mysql.md',
          text: `# 3. Use MySQL for orders

## Status

Accepted

## Context

Orders need a relational store.
`,
        },
        {
          path: 'docs/adr/0009-use-postgresql.md',
          text: `# 9. Use PostgreSQL for orders

## Status

Accepted

Supersedes [3. Use MySQL for orders](0003-use-mysql.md)

## Context

We need JSONB columns and logical replication; see also [the cache record](0004-cache-pages.md).
`,
        },
      ],
      correct: [
        {
          path: 'docs/adr/0003-use-mysql.md',
          text: `# 3. Use MySQL for orders

## Status

Superseded by [9. Use PostgreSQL for orders](0009-use-postgresql.md)

## Context

Orders need a relational store.
`,
        },
        {
          path: 'docs/adr/0009-use-postgresql.md',
          text: `# 9. Use PostgreSQL for orders

## Status

Accepted

Supersedes [3. Use MySQL for orders](0003-use-mysql.md)

## Context

We need JSONB columns and logical replication.
`,
        },
      ],
      howToFix:
        'Correct a broken link to the record\'s current file name (the message names the record with that number when one exists). When a record supersedes another, write it on both: "Supersedes [...]" on the new record and "Superseded by [...]" in the old record\'s status, which also becomes superseded. `docket lint --fix` writes the missing end of a supersede link (and the superseded status) in the record\'s own format; `docket supersede` writes both ends when you replace a decision.',
      whenNotToUse:
        "Links into folders docket does not lint (another repository's records, a root-relative site path) are never judged, so there is rarely a reason to turn it off. If your records link only by title and keep supersede relations elsewhere, set `checkSupersedes: false`.",
    },
  },
  check({ documents, knownPaths, options, report, fullDocument }) {
    const byPath = new Map(documents.map((d) => [normalizePath(d.path), d]));
    // Made when a link first needs it: a one-file run may know a folder of thousands of files,
    // and most links point at linted records.
    let seen: ReturnType<typeof seenFiles> | undefined;

    const resolved: Resolved[] = [];
    for (const document of documents) {
      for (const link of document.links) {
        const reference = referenceOf(link, document.path);
        if (!reference) continue;
        const directory = directoryOf(document.path);
        if (reference.kind === 'number') {
          const candidates = documents.filter(
            (d) => d.number?.value === reference.number && directoryOf(d.path) === directory,
          );
          const target = candidates.length === 1 ? candidates[0] : undefined;
          if (target && target !== document) resolved.push({ document, link, target });
          else if (
            candidates.length === 0 &&
            documents.some((d) => d !== document && directoryOf(d.path) === directory && d.number)
          )
            report(document, {
              messageId: 'brokenNumber',
              span: link.span,
              data: { relation: link.relation, target: link.target, directory: directory || '.' },
            });
          continue;
        }
        const target = byPath.get(reference.path);
        if (target) {
          if (target !== document) resolved.push({ document, link, target });
          continue;
        }
        const targetDirectory = directoryOf(reference.path);
        seen ??= seenFiles(documents, knownPaths);
        if (seen.known.has(reference.path) || !seen.covered.has(targetDirectory)) continue;
        report(document, {
          messageId: 'broken',
          span: link.span,
          data: brokenData(link, reference.path, targetDirectory, documents),
        });
      }
    }
    if (options.checkSupersedes) checkSupersedes(documents, resolved, report, fullDocument);
  },
};

/** Names the record the link probably meant: the one with the number the broken file name starts with. */
function brokenData(
  link: DocumentLink,
  path: string,
  directory: string,
  documents: readonly RepositoryDocument[],
) {
  const number = /^(?:adr[-_]?)?0*(\d+)/i.exec(fileNameOf(path))?.[1];
  const renamed = number
    ? documents.find((d) => directoryOf(d.path) === directory && d.number?.value === Number(number))
    : undefined;
  return {
    relation: link.relation,
    target: link.target,
    directory: directory || '.',
    hint: renamed ? ` (record ${number} is "${label(renamed)}")` : '',
  };
}

type FullDocument = (document: RepositoryDocument) => AdrDocument | undefined;

/**
 * The fix writing the missing end of a supersede link into `record`, in its own dialect (frontmatter
 * key, status line, Links section), pointing at `other`; none when the record cannot be edited safely.
 */
function symmetricLinkFix(
  fullDocument: FullDocument,
  record: RepositoryDocument,
  relation: string,
  other: RepositoryDocument,
): Fix | undefined {
  const document = fullDocument(record);
  if (!document) return undefined;
  // "0005" as the file name writes it; a date ("20201016-...") is not a number, so link by title.
  const digits = /^(?:adr[-_]?)?(\d+)(?=[-_.]|$)/i.exec(label(other))?.[1];
  const number = digits && digits.length < 8 ? digits : null;
  const target = { href: relativeLink(record, other), number, title: other.title?.text ?? null };
  const fix =
    relation === SUPERSEDED_BY ? markSupersededFix(document, target) : addLinkFix(document, relation, target);
  return fix ?? undefined;
}

function checkSupersedes(
  documents: readonly RepositoryDocument[],
  resolved: Resolved[],
  report: (document: RepositoryDocument, report: Report) => void,
  fullDocument: FullDocument,
) {
  const says = (from: RepositoryDocument, relation: string, to: RepositoryDocument) =>
    resolved.some((r) => r.document === from && r.target === to && r.link.relation === relation) ||
    (relation === SUPERSEDED_BY && namesSuccessorNumber(from, to));
  const warned = new Set<RepositoryDocument>();
  const successors = new Map<RepositoryDocument, Resolved>();
  for (const entry of resolved) {
    const { document, link, target } = entry;
    const related = [
      {
        path: document.path,
        line: link.span.line,
        column: link.span.column,
        message: `${link.relation} link`,
      },
    ];
    const other = label(document);
    const otherData = { other, otherTitle: linkedTitle(document), otherLink: relativeLink(target, document) };
    if (link.relation === SUPERSEDES) {
      if (!successors.has(target)) successors.set(target, entry);
      if (!says(target, SUPERSEDED_BY, document)) {
        // One finding per record: writing "Superseded by [...]" into its status also fixes the status.
        warned.add(target);
        report(target, {
          messageId: 'missingBackLink',
          span: target.status?.span,
          data: otherData,
          related,
          fix: symmetricLinkFix(fullDocument, target, SUPERSEDED_BY, document),
        });
      }
    } else if (link.relation === SUPERSEDED_BY) {
      if (!successors.has(document)) successors.set(document, { document: target, link, target: document });
      if (!says(target, SUPERSEDES, document)) {
        report(target, {
          messageId: 'missingForwardLink',
          span: target.title?.span,
          data: otherData,
          related,
          fix: symmetricLinkFix(fullDocument, target, SUPERSEDES, document),
        });
      }
    }
  }
  for (const document of documents) {
    const successor = successors.get(document);
    const status = document.status;
    if (successor && status && status.normalized !== 'superseded' && !warned.has(document)) {
      report(document, {
        messageId: 'notMarkedSuperseded',
        span: status.span,
        data: { other: label(successor.document), status: status.raw },
      });
    } else if (!successor && status?.normalized === 'superseded') {
      const named =
        document.links.some((l) => l.relation === SUPERSEDED_BY) || NAMED_SUCCESSOR.test(status.raw);
      if (!named) report(document, { messageId: 'noSuccessor', span: status.span });
    }
  }
}
