import type { DocumentRule } from '../engine/types.js';
import type { Span } from '../model.js';
import { isUnreadable } from './anchors.js';

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

/** A record has a level-1 title. */
export const titlePresent: DocumentRule<Record<string, never>> = {
  meta: {
    id: 'title-present',
    description: 'Require a level-1 heading that names the decision.',
    category: 'structure',
    severity: 'error',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'document',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      missing:
        'The record has no title; start it with a level-1 heading that names the decision, e.g. "# 7. Use PostgreSQL for the order store".',
      empty:
        'The title heading is empty; write the decision in it, e.g. "# Use PostgreSQL for the order store".',
      notLevelOne:
        'The record starts with a level-{{level}} heading ("{{heading}}") and has no level-1 title; make it "# {{heading}}".',
    },
    rationale:
      'The title is how a decision is found, linked and listed in the decision log; a record without one shows up as a file name.',
    docs: {
      incorrect: `## Use OpenAPI 3.1 for public APIs

## Status

Proposed

## Decision

Public HTTP APIs are described in OpenAPI 3.1 files next to their code.
`,
      correct: `# Use OpenAPI 3.1 for public APIs

## Status

Proposed

## Decision

Public HTTP APIs are described in OpenAPI 3.1 files next to their code.
`,
      howToFix:
        'Start the record with one level-1 heading that states the decision, e.g. "# 12. Use OpenAPI 3.1 for public APIs". A frontmatter `title:` alone is not shown by most markdown renderers.',
      whenNotToUse: 'Keep it on; the title is what indexes, links and the decision log show.',
    },
  },
  check({ document, report }) {
    if (isUnreadable(document)) return;
    const title = document.title;
    if (title) {
      if (!title.text.trim()) report({ messageId: 'empty', span: title.span });
      return;
    }
    // A first heading of no known section kind ("## Use Kafka", not "## Context") is the title at the wrong level.
    const first = document.sections[0];
    if (first && first.level > 1 && first.kind === null) {
      report({
        messageId: 'notLevelOne',
        span: first.span,
        data: { level: first.level, heading: first.title },
      });
      return;
    }
    report({ messageId: 'missing', span: START });
  },
};
