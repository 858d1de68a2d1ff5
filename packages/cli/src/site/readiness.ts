// Review readiness: how a record answers the six review questions, read from the findings of the
// six review rules. Each question is one rule; its wording is the rule's own `meta.description`.
import type { Finding, Rule } from '@docket/core';

/** The review rules, in the order an architecture review asks their questions. */
export const REVIEW_RULE_IDS = [
  'options-min-two',
  'tradeoffs-named',
  'rejected-alternatives-reasoned',
  'failure-story',
  'reversibility-stated',
  'revisit-triggers',
] as const;

export type ChecklistState = 'pass' | 'fail' | 'off';

export interface ChecklistItem {
  ruleId: string;
  question: string;
  /** `off` when the rule is not in the registry, the preset turns it off, or it skipped the record (not in English). */
  state: ChecklistState;
  /** What the rule found, for the page. */
  messages: string[];
}

export interface Readiness {
  passed: number;
  /** Questions that were checked (rules that are on). */
  checked: number;
}

/**
 * The checklist for one record. `findings` must come from a run that reviewed every status, so a
 * superseded record still shows how it reads today.
 */
export function reviewChecklist(
  findings: readonly Finding[],
  registry: readonly Rule[],
  enabled: ReadonlySet<string>,
): ChecklistItem[] {
  return REVIEW_RULE_IDS.map((ruleId) => {
    const rule = registry.find((r) => r.meta.id === ruleId);
    const messages = findings.filter((f) => f.ruleId === ruleId).map((f) => f.message);
    const state: ChecklistState =
      !rule || !enabled.has(ruleId) ? 'off' : messages.length > 0 ? 'fail' : 'pass';
    return { ruleId, question: rule?.meta.description ?? ruleId, state, messages };
  });
}

export function readinessOf(items: readonly ChecklistItem[]): Readiness {
  return {
    passed: items.filter((i) => i.state === 'pass').length,
    checked: items.filter((i) => i.state !== 'off').length,
  };
}
