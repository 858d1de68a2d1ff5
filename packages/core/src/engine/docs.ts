// Where docket's documentation lives. Rule docs are docs/rules/<rule-id>.md in the repository;
// every output that links to a rule (SARIF help, the markdown summary) asks here, so a move of
// the repository is one edit.

/** The repository's documentation root, ending in a slash. */
export const DOCS_BASE_URL = 'https://github.com/docket-adr/docket/blob/main/';

/** The page documenting a rule, relative to the repository root (scripts/generate-rule-docs.mjs writes it). */
export function ruleDocsPath(ruleId: string): string {
  return `docs/rules/${encodeURIComponent(ruleId)}.md`;
}

/** The page documenting a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleDocsPath(ruleId)}`;
}
