import type { DocumentRule } from '../engine/types.js';
import type { AdrDocument, Block, Section } from '../model.js';
import { headingKey } from '../parser/section-kinds.js';

interface Options {
  ignore: string[];
}

/** An HTML comment is template guidance ("<!-- optional -->"), not content. */
const ONLY_COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

function isContent(block: Block): boolean {
  if (block.kind === 'html') return !ONLY_COMMENTS.test(block.text);
  return block.text.trim().length > 0;
}

function hasContent(document: AdrDocument, section: Section): boolean {
  return section.allBlocks.some((index) => isContent(document.blocks[index] as Block));
}

/** A heading with nothing under it: a template section nobody filled in, or one left behind. */
export const sectionNonempty: DocumentRule<Options> = {
  meta: {
    id: 'section-nonempty',
    description: 'Disallow headings with nothing under them.',
    category: 'structure',
    severity: 'warn',
    recommended: true,
    legacy: true,
    fixable: false,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Headings that may stay empty, matched like section aliases (case, numbering and punctuation ignored).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignore: [] },
    messages: {
      empty:
        'The "{{heading}}" section is empty; write what it asks for, or remove the heading if it does not apply to this decision.',
    },
    rationale:
      'An empty heading promises an answer the record does not give: readers skim to "Consequences" and find nothing. Either answer the question or drop the heading.',
    docs: {
      incorrect: `# Use feature flags for risky releases

## Status

Accepted

## Consequences

## Decision

Risky changes ship behind a feature flag that defaults to off.
`,
      correct: `# Use feature flags for risky releases

## Status

Accepted

## Decision

Risky changes ship behind a feature flag that defaults to off.

## Consequences

Each flag is removed within 30 days of full rollout, or it becomes a config option.
`,
      howToFix:
        'Write what the heading asks for, or delete the heading when it does not apply to this decision. List headings that may stay empty in your template (e.g. "Links") under `ignore`.',
      whenNotToUse:
        'Turn it off if your template keeps optional headings that are often left blank and you prefer not to list them in `ignore`.',
    },
  },
  check({ document, options, report }) {
    const ignored = new Set(options.ignore.map(headingKey));
    for (const section of document.sections) {
      // status-valid reports an empty Status section; grouping headings are judged by their children.
      if (section.kind === 'status' || section.children.length > 0) continue;
      if (ignored.has(section.key) || hasContent(document, section)) continue;
      report({ messageId: 'empty', span: section.span, data: { heading: section.title } });
    }
  },
};
