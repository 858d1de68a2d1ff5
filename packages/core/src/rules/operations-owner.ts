import type { DocumentRule } from '../engine/types.js';
import { EMPTY_ANSWER } from '../language.js';
import type { AdrDocument, Section } from '../model.js';
import { proseSentences } from '../text/sentences.js';
import { anchorFor, sectionProse } from './anchors.js';

/**
 * A sentence that names who runs the result or carries its pager: "the platform team owns the
 * runner fleet", "operated by SRE", "the search on-call engineer is paged". Software that
 * "supports" or "maintains" something is not an owner, and an API that "is paged" is not a pager.
 */
const OWNERSHIP =
  /\b(?:(?:team|squad|guild|sre|ops|we)\s+(?:will\s+|would\s+)?(?:own|owns|operate|operates)\b|(?:team|squad|guild|sre|ops)\s+(?:will\s+)?(?:maintains?|runs?)\s+(?:the|this|it|its|our)\b|(?:owned|operated)\s+by\s+(?:the\s+)?[\w-]+|(?:team|squad|sre|ops|engineers?|we)\b[^.]{0,40}\b(?:responsible|accountable)\s+for\s+(?:operating|running|on-?call|support(?:ing)?\s+(?:it|the|this))|(?:carr(?:y|ies)|holds?)\s+(?:the|its|a)\s+pager|on-?call\s+(?:engineers?|rota(?:tion)?|schedule|team|person|duty)|(?:engineer|team|rota|rotation|on-?call|someone|somebody|who|sre|ops)\s+(?:\w+\s+){0,2}(?:is|are|gets?|will\s+be)\s+paged|pager\s+(?:rota(?:tion)?|duty|schedule)|ownership\s+(?:lies|sits|stays|moves|remains)\s+with)/i;

/** Words that show the decision is about something that runs, and so has someone to page. */
const RUNS_SOMEWHERE =
  /\b(?:deploy(?:ed|ing|ments?|s)?|production|hosted|hosting|managed service|clusters?|infrastructure|aws|gcp|azure|kubernetes|k8s|eks|terraform|databases?|datastore|cdn|load balancer|on-?call|runbooks?|monitoring|alerting|uptime|slas?|slos?)\b/i;

interface Options {
  onlyOperational: boolean;
}

/** Whether the decision itself (its outcome, or the whole record when it has none) is about something that runs. */
function isOperational(document: AdrDocument): boolean {
  const hasOutcome = document.sections.some((section) => section.kind === 'outcome');
  return proseSentences(document).some((sentence) => {
    if (hasOutcome && document.sections[sentence.block.section]?.effectiveKind !== 'outcome') return false;
    return RUNS_SOMEWHERE.test(sentence.text);
  });
}

/** Every component you add is something somebody gets paged for: say who. */
export const operationsOwner: DocumentRule<Options> = {
  meta: {
    id: 'operations-owner',
    description:
      'Require decisions about something that runs to name who operates it and who gets paged for it.',
    category: 'review',
    severity: 'warn',
    recommended: true,
    legacy: false,
    fixable: false,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        onlyOperational: {
          type: 'boolean',
          description:
            'Ask only when the decision is about something that runs (it speaks of deployment, hosting, clusters, databases, infrastructure, monitoring ...); false asks every record.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { onlyOperational: true },
    messages: {
      missing:
        'The record does not say who operates the result or who gets paged for it; add `owner: <team>` to the frontmatter, or an "## Operations" section naming the team that runs it and the on-call rotation that is paged.',
      emptyOwner:
        'The `owner` field is empty; name the team that operates the result and carries its pager, e.g. `owner: Payments team (on-call rotation "payments")`.',
      emptySection:
        'The "## {{heading}}" section is empty; name the team that runs the result, who is paged when it breaks, and the runbook they follow.',
    },
    rationale:
      'Every component a decision adds is something somebody gets paged for. Naming the operating team and its on-call rotation up front makes the cost of running the choice part of the decision.',
    review: {
      topic: 'Operations owner',
      question: 'Who operates it, and who gets paged when it breaks at 3 a.m.?',
      answeredBy: ['operations'],
    },
    docs: {
      incorrect: `---
status: proposed
---
# Deploy a Redis cluster for rate limiting

## Decision

We deploy a three-node Redis cluster in each region and keep the rate-limit counters there.
`,
      correct: `---
status: proposed
owner: Edge team (on-call rotation "edge")
---
# Deploy a Redis cluster for rate limiting

## Decision

We deploy a three-node Redis cluster in each region and keep the rate-limit counters there.
`,
      howToFix:
        'Add `owner: <team>` to the frontmatter, or an "## Operations" section naming the team that runs the result, the on-call rotation that is paged when it breaks, and the runbook it follows.',
      whenNotToUse:
        'By default it asks only records about something that runs (deployments, databases, clusters, monitoring). Turn it off if ownership lives elsewhere, e.g. in a service catalogue that every record links to.',
    },
  },
  check({ document, options, report }) {
    const owner = document.metadata.owner;
    if (owner) {
      if (!owner.text.trim() || EMPTY_ANSWER.test(owner.text))
        report({ messageId: 'emptyOwner', span: owner.span });
      return;
    }
    const sections = document.sections.filter((section) => section.kind === 'operations');
    if (sections.length === 0 && options.onlyOperational && !isOperational(document)) return;
    const answered = (section: Section) => {
      const text = sectionProse(document, section)
        .map((block) => block.prose)
        .join(' ')
        .trim();
      return text !== '' && !EMPTY_ANSWER.test(text);
    };
    if (sections.some(answered)) return;
    if (proseSentences(document).some((sentence) => OWNERSHIP.test(sentence.text))) return;
    const empty = sections[0];
    if (empty) {
      report({ messageId: 'emptySection', span: empty.span, data: { heading: empty.title } });
      return;
    }
    report({ messageId: 'missing', span: anchorFor(document, ['consequences', 'outcome']) });
  },
};
