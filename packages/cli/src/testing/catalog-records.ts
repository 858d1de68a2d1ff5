// Test support (not built): a small ADR folder for `docket list`, `index` and `graph`: a Nygard
// record superseded by a later one, and a MADR record that states no date.
export const CATALOG_REPO: Record<string, string> = {
  'docs/adr/0001-use-mysql.md': [
    '# 1. Use MySQL',
    '',
    'Date: 2023-02-01',
    '',
    '## Status',
    '',
    'Superseded by [ADR 3](0003-use-postgres.md)',
    '',
    '## Context',
    '',
    'Orders need a relational store.',
    '',
  ].join('\n'),
  'docs/adr/0002-cache-pages.md': [
    '---',
    'status: proposed',
    '---',
    '# Cache pages, "fast" | cheap',
    '',
    'Product pages take 900 ms to render.',
    '',
  ].join('\n'),
  'docs/adr/0003-use-postgres.md': [
    '# 3. Use Postgres',
    '',
    'Date: 2024-01-01',
    '',
    '## Status',
    '',
    'Accepted',
    '',
    'Supersedes [ADR 1](0001-use-mysql.md)',
    '',
  ].join('\n'),
};
