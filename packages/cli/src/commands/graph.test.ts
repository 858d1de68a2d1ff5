import { describe, expect, it } from 'vitest';
import { CATALOG_REPO } from '../testing/catalog-records.js';
import { run, useTempRepos } from '../testing/fixtures.js';

const makeRepo = useTempRepos();

describe('docket graph', () => {
  it('draws the related records and their relation once, as Mermaid by default', async () => {
    const root = await makeRepo(CATALOG_REPO);
    const { code, stdout, stderr } = await run(['graph'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'flowchart LR',
        '  adr1["ADR 0001: Use MySQL"]',
        '  adr3["ADR 0003: Use Postgres"]',
        '  adr1 -->|"superseded by"| adr3',
        '  classDef inactive stroke-dasharray: 4 3,color:#666',
        '  class adr1 inactive',
        '',
      ].join('\n'),
    );
  });

  it('--all adds unrelated records; DOT escapes their titles', async () => {
    const root = await makeRepo(CATALOG_REPO);
    const { code, stdout } = await run(['graph', '--all', '--format', 'dot'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('  adr2 [label="ADR 0002: Cache pages, \\"fast\\" | cheap"];\n');
    expect(stdout).toContain('  adr1 -> adr3 [label="superseded by"];\n');
    expect(stdout).toMatch(/^digraph adrs \{\n[\s\S]*\}\n$/);
  });

  it('reads relations a team added with its own words and from frontmatter', async () => {
    const root = await makeRepo({
      ...CATALOG_REPO,
      'docs/adr/0004-shard-orders.md':
        '---\nstatus: accepted\namends: 3\n---\n# Shard orders & "regions"\n\nText.\n',
    });
    const { stdout } = await run(['graph'], root);
    expect(stdout).toContain('  adr4["ADR 0004: Shard orders #amp; #quot;regions#quot;"]\n');
    expect(stdout).toContain('  adr3 -->|"amended by"| adr4\n');
  });

  it('refuses an unknown --format in one line', async () => {
    const root = await makeRepo(CATALOG_REPO);
    const { code, stdout, stderr } = await run(['graph', '-f', 'svg'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "docket: option '-f, --format <name>' argument 'svg' is invalid. Allowed choices are mermaid, dot.\n",
    );
  });
});
