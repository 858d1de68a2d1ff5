import { describe, expect, it } from 'vitest';
import type { RepositoryDocument } from '../model.js';
import { lintSources } from './lint.js';
import type { DocumentRule, RepositoryRule, RuleMeta } from './types.js';

const meta = (id: string, scope: 'document' | 'repository'): RuleMeta => ({
  id,
  description: 'A test rule.',
  category: 'structure',
  severity: 'error',
  recommended: true,
  legacy: true,
  fixable: false,
  scope,
  schema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: { seen: '{{what}}' },
  rationale: 'Test.',
});

/** Reports every document it is run on, with the base text it sees. */
const echo: DocumentRule = {
  meta: { ...meta('echo', 'document'), scope: 'document' },
  check({ document, report }) {
    report({ messageId: 'seen', data: { what: `base=${JSON.stringify(document.baseText)}` } });
  },
};

/** Reports on the first document how many documents and base documents it saw. */
const census: RepositoryRule = {
  meta: { ...meta('census', 'repository'), scope: 'repository' },
  check({ documents, baseDocuments, report }) {
    for (const document of documents) {
      report(document, {
        messageId: 'seen',
        data: {
          what: `${documents.length} here, ${baseDocuments.map((d: RepositoryDocument) => d.path).join(',')}`,
        },
      });
    }
  },
};

const sources = [
  { path: 'adr/0001-a.md', text: '# A\n' },
  { path: 'adr/0002-b.md', text: '# B\n', baseText: '# B, before\n' },
  { path: 'adr/0003-c.md', text: '# C\n', baseText: null },
];

describe('lintSources run inputs', () => {
  it('gives rules the base text: a string, null for a new file, undefined without comparison', () => {
    const { results } = lintSources(sources, {}, [echo]);
    expect(results.map((r) => r.findings.map((f) => f.message))).toEqual([
      ['base=undefined'],
      ['base="# B, before\\n"'],
      ['base=null'],
    ]);
  });

  it('reports only on the records named in `only`, while repository rules see every record', () => {
    const { results } = lintSources(sources, {}, [echo, census], { only: new Set(['adr/0002-b.md']) });
    expect(results.map((r) => r.filePath)).toEqual(['adr/0002-b.md']);
    expect(results[0]?.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([
      'census: 3 here, ',
      'echo: base="# B, before\\n"',
    ]);
  });

  it('parses base-branch records and shows them to repository rules only', () => {
    const { results } = lintSources(sources.slice(0, 1), {}, [echo, census], {
      baseSources: [{ path: 'adr/0009-theirs.md', text: '# Theirs\n' }],
    });
    expect(results.map((r) => r.filePath)).toEqual(['adr/0001-a.md']);
    expect(results[0]?.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([
      'census: 1 here, adr/0009-theirs.md',
      'echo: base=undefined',
    ]);
  });
});

describe('Report.severity', () => {
  const lowering: DocumentRule = {
    meta: { ...meta('lowering', 'document'), scope: 'document', messages: { soft: 'soft', hard: 'hard' } },
    check({ report }) {
      report({ messageId: 'hard' });
      report({ messageId: 'soft', severity: 'warn' });
    },
  };

  it('lowers one finding to a warning and leaves the rule severity for the others', () => {
    const { results } = lintSources([{ path: 'a.md', text: '# A\n' }], {}, [lowering]);
    const bySeverity = Object.fromEntries((results[0]?.findings ?? []).map((f) => [f.messageId, f.severity]));
    expect(bySeverity).toEqual({ hard: 2, soft: 1 });
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 1 });
  });
});

describe('the parsed base version in a document rule context', () => {
  const titles: Record<string, string | null | undefined> = {};
  const probe: DocumentRule = {
    meta: { ...meta('probe', 'document'), scope: 'document' },
    check({ document, base }) {
      titles[document.path] = base === null || base === undefined ? base : (base.title?.text ?? '');
    },
  };

  it('is the base text parsed; null for new files, undefined without a comparison', () => {
    lintSources(
      [
        { path: 'changed.md', text: '# New title\n', baseText: '# Old title\n' },
        { path: 'added.md', text: '# Added\n', baseText: null },
        { path: 'plain.md', text: '# Plain\n' },
      ],
      {},
      [probe],
    );
    expect(titles).toEqual({ 'changed.md': 'Old title', 'added.md': null, 'plain.md': undefined });
  });
});

describe('known paths', () => {
  let known: ReadonlySet<string> | undefined;
  let documents: readonly AdrDocument[] = [];
  const probe: RepositoryRule = {
    meta: { ...meta('probe', 'repository'), scope: 'repository' },
    check(context) {
      known = context.knownPaths;
      documents = context.documents;
    },
  };

  it('reach repository rules with forward slashes', () => {
    lintSources([{ path: 'docs/adr/0001-a.md', text: '# A\n' }], {}, [probe], {
      knownPaths: ['docs\\adr\\0002-b.md', 'docs/adr/README.md'],
    });
    expect(documents.map((d) => d.path)).toEqual(['docs/adr/0001-a.md']);
    expect([...(known ?? [])]).toEqual(['docs/adr/0002-b.md', 'docs/adr/README.md']);
  });

  it('are undefined when the front end does not say', () => {
    lintSources([{ path: 'a.md', text: '# A\n' }], {}, [probe]);
    expect(known).toBeUndefined();
  });
});
