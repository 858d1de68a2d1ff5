import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempRepos } from '../testing/fixtures.js';

const repo = useTempRepos();

async function tree(root: string, dir = ''): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, await tree(root, path));
    else files[path] = await readFile(join(root, path), 'utf8');
  }
  return files;
}

const nygard = (n: number, title: string) =>
  `# ${n}. ${title}\n\nDate: 2024-01-0${n}\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nWhat follows.\n`;
const madr = (title: string) =>
  `---\nstatus: accepted\ndate: 2024-02-01\n---\n\n# ${title}\n\n## Context and Problem Statement\n\nWhy.\n\n## Considered Options\n\n* A\n* B\n\n## Decision Outcome\n\nChosen option: "A", because it is simpler.\n`;

describe('docket init: a new repository', () => {
  it('creates docs/adr, docket.config.json with its $schema and an ADR 1 that passes lint', async () => {
    const root = await repo({ 'README.md': '# Project\n' });
    const { code, stdout, stderr } = await run(['init'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Created docs/adr/',
        'Created docket.config.json',
        'Created docs/adr/0001-record-architecture-decisions.md',
        'Next: docket new "Title of your next decision"',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(await readFile(join(root, 'docket.config.json'), 'utf8'))).toEqual({
      $schema: './node_modules/@docket/cli/schema/docket.config.schema.json',
      adrFolders: ['docs/adr'],
    });
    const first = await readFile(join(root, 'docs/adr/0001-record-architecture-decisions.md'), 'utf8');
    expect(first).toMatch(/^---\nstatus: accepted\ndate: 2026-03-02\n/);
    expect(first).toContain('# Record architecture decisions\n');
    expect(first).toContain('revisit-by: 2027-03-02\n');
    const lint = await run(['lint', '--today', '2026-03-03'], root);
    expect(lint.stdout).toBe('');
    expect(lint.code).toBe(0);
  });

  it.each(['madr', 'madr-minimal', 'nygard'])(
    'writes ADR 1 with --template %s, and it passes lint',
    async (name) => {
      const root = await repo({});
      expect((await run(['init', '--template', name, '--author', 'Kim Lee'], root)).code).toBe(0);
      const files = await tree(root);
      const first = files['docs/adr/0001-record-architecture-decisions.md'] ?? '';
      expect(first).toContain('Record architecture decisions');
      if (name === 'nygard')
        expect(first).toMatch(/^# 1\. Record architecture decisions\n\nDate: 2026-03-02\n/);
      if (name === 'madr') expect(first).toContain('decision-makers:\n  - Kim Lee\n');
      const lint = await run(['lint', '--today', '2026-03-03'], root);
      expect(lint.stdout).toBe('');
      expect(lint.code).toBe(0);
    },
  );

  it('sets up the folder given as dir, creating it, with --adr-dir inside it', async () => {
    const root = await repo({});
    const { code, stdout } = await run(['init', 'service', '--adr-dir', 'architecture/decisions'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('Created service/architecture/decisions/\n');
    expect(Object.keys(await tree(root)).sort()).toEqual([
      'service/architecture/decisions/0001-record-architecture-decisions.md',
      'service/docket.config.json',
    ]);
    expect(JSON.parse((await tree(root))['service/docket.config.json'] ?? '').adrFolders).toEqual([
      'architecture/decisions',
    ]);
  });

  it('never overwrites: a second run keeps every byte and says so', async () => {
    const root = await repo({});
    await run(['init'], root);
    await writeFile(join(root, 'docket.config.json'), '{"adrFolders": ["docs/adr"], "ignore": []}\n');
    const before = await tree(root);
    const { code, stdout } = await run(['init'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('Kept docket.config.json: docket never overwrites a config file.');
    expect(stdout).toContain('Found 1 record in docs/adr');
    expect(await tree(root)).toEqual(before);
  });
});

describe('docket init: a repository that already keeps ADRs', () => {
  it('adopts an adr-tools layout: folder from .adr-dir, width, Nygard format, its template', async () => {
    const root = await repo({
      '.adr-dir': 'doc/architecture\n',
      'doc/architecture/0001-record-architecture-decisions.md': nygard(1, 'Record architecture decisions'),
      'doc/architecture/0002-use-go.md': nygard(2, 'Use Go'),
      'doc/architecture/templates/template.md': '# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n',
    });
    const before = await tree(root);
    const { code, stdout } = await run(['init'], root);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Found 2 records in doc/architecture (named by .adr-dir): Nygard / adr-tools format, numbers 4 digits wide, template doc/architecture/templates/template.md. docket new will follow them.',
        'Created docket.config.json',
        'Next: docket new "Title of your next decision"',
        '',
      ].join('\n'),
    );
    const after = await tree(root);
    expect(JSON.parse(after['docket.config.json'] ?? '').adrFolders).toEqual(['doc/architecture']);
    delete after['docket.config.json'];
    expect(after).toEqual(before);

    expect((await run(['new', 'Use Kafka'], root)).stdout).toBe('doc/architecture/0003-use-kafka.md\n');
    expect(await readFile(join(root, 'doc/architecture/0003-use-kafka.md'), 'utf8')).toBe(
      '# 3. Use Kafka\n\nDate: 2026-03-02\n\n## Status\n\nProposed\n',
    );
  });

  it('adopts a MADR layout in docs/decisions and writes the next record as MADR', async () => {
    const root = await repo({
      'docs/decisions/0001-use-markdown.md': madr('Use Markdown Architectural Decision Records'),
      'docs/decisions/0002-use-vue.md': madr('Use Vue'),
    });
    const { stdout } = await run(['init'], root);
    expect(stdout).toContain('Found 2 records in docs/decisions: MADR format, numbers 4 digits wide.');
    const created = (await run(['new', 'Use Pinia'], root)).stdout.trim();
    expect(created).toBe('docs/decisions/0003-use-pinia.md');
    const text = await readFile(join(root, created), 'utf8');
    expect(text).toContain('## Pros and Cons of the Options');
    expect(text).not.toContain('## Rejected Alternatives');
  });

  it('adopts a log4brains layout: dated file names and its template.md', async () => {
    const root = await repo({
      '.log4brains.yml': 'project:\n  name: shop\n  tz: Europe/Paris\n  adrFolder: ./docs/adr\n',
      'docs/adr/20240105-use-log4brains.md': '# Use Log4brains\n\n- Status: accepted\n\n## Context\n\nWhy.\n',
      'docs/adr/template.md':
        '# [short title of the problem and solution]\n\n- Status: [draft | proposed | accepted] <!-- optional -->\n- Date: [YYYY-MM-DD when decided] <!-- optional -->\n\n## Context and Problem Statement\n\n[Describe the context.]\n',
    });
    const { stdout } = await run(['init'], root);
    expect(stdout).toContain(
      'Found 1 record in docs/adr (named by .log4brains.yml): MADR format, files named by date (YYYYMMDD-title.md), template docs/adr/template.md.',
    );
    const created = (await run(['new', 'Use Stripe'], root)).stdout.trim();
    expect(created).toBe('docs/adr/20260302-use-stripe.md');
    expect(await readFile(join(root, created), 'utf8')).toBe(
      '# Use Stripe\n\n- Status: proposed <!-- optional -->\n- Date: 2026-03-02 <!-- optional -->\n\n## Context and Problem Statement\n\n[Describe the context.]\n',
    );
  });

  it('keeps numbers unpadded in a folder that writes them so', async () => {
    const root = await repo({
      'adr/1-first.md': nygard(1, 'First'),
      'adr/12-twelfth.md': nygard(2, 'Twelfth'),
    });
    expect((await run(['init'], root)).stdout).toContain('numbers without leading zeros');
    expect((await run(['new', 'Thirteenth'], root)).stdout).toBe('adr/13-thirteenth.md\n');
  });
});

describe('docket init: failures', () => {
  it('exits 2 with one line and removes what it created when a file is in the way', async () => {
    const root = await repo({ docs: 'not a folder\n' });
    const { code, stdout, stderr } = await run(['init'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^docket: .*docs.*\n$/);
    expect(Object.keys(await tree(root))).toEqual(['docs']);
  });

  it('refuses a dir that is a file', async () => {
    const root = await repo({ 'notes.txt': 'x' });
    const { code, stderr } = await run(['init', 'notes.txt'], root);
    expect(code).toBe(2);
    expect(stderr).toBe('docket: notes.txt is a file; give the folder to set up\n');
  });

  it('names an unknown template and writes nothing', async () => {
    const root = await repo({});
    const { code, stderr } = await run(['init', '--template', 'rfc'], root);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'docket: unknown template "rfc"; use one of review, madr, madr-minimal, nygard, or the path of a .md file\n',
    );
    expect(await tree(root)).toEqual({});
  });
});
