import { describe, expect, it } from 'vitest';
import type { AdrDocument } from '../model.js';
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
          what: `${documents.length} here, ${baseDocuments.map((d: AdrDocument) => d.path).join(',')}`,
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
