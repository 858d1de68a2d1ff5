// The editing commands' shared shell, with the project's configuration and the file system
// replaced where a real one cannot show the behaviour (a custom lifecycle before config files
// exist; a write that fails when tests run as root).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run, useTempRepos } from './testing/fixtures.js';
import { EDIT_REPO, readRepo } from './testing/records.js';

const state = vi.hoisted(() => ({
  lifecycle: undefined as string[] | undefined,
  failOn: null as string | null,
}));

vi.mock('./project.js', async (original) => {
  const actual = await original<typeof import('./project.js')>();
  return {
    ...actual,
    loadProject: async (cwd: string, options?: import('./project.js').LoadProjectOptions) => {
      const project = await actual.loadProject(cwd, options);
      return state.lifecycle
        ? { ...project, config: { ...project.config, lifecycle: state.lifecycle } }
        : project;
    },
  };
});

vi.mock('./fs/safe-write.js', async (original) => {
  const actual = await original<typeof import('./fs/safe-write.js')>();
  return {
    ...actual,
    writeFileAtomic: async (path: string, text: string) => {
      if (state.failOn && path.endsWith(state.failOn)) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      }
      return actual.writeFileAtomic(path, text);
    },
  };
});

const repo = useTempRepos();

beforeEach(() => {
  state.lifecycle = undefined;
  state.failOn = null;
});

describe('configured lifecycle', () => {
  it("accepts the project's own statuses and refuses the default ones it leaves out", async () => {
    state.lifecycle = ['Draft', 'In-Review', 'Approved', 'Retired'];
    const root = await repo(EDIT_REPO);
    const approved = await run(['status', '3', 'approved', '--today', '2024-05-02'], root);
    expect(approved).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(join(root, 'docs/adr/0003-use-feature-flags-for-rollouts.md'), 'utf8')).toContain(
      '* Status: approved\n',
    );
    const accepted = await run(['status', '3', 'accepted'], root);
    expect(accepted.stderr).toBe(
      'docket: unknown status "accepted"; use one of: draft, in-review, approved, retired\n',
    );
    const superseded = await run(['supersede', '1', '2'], root);
    expect(superseded.stderr).toMatch(/^docket: unknown status "superseded"; use one of: draft, in-review/);
  });
});

describe('writes that fail', () => {
  it('reports an unwritable record in one line and changes nothing', async () => {
    state.failOn = '0003-use-feature-flags-for-rollouts.md';
    const root = await repo(EDIT_REPO);
    const result = await run(['status', '3', 'accepted'], root);
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'docket: cannot write docs/adr/0003-use-feature-flags-for-rollouts.md: permission denied; no record was changed\n',
    });
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });

  it('puts the first record back when the second of a pair cannot be written', async () => {
    state.failOn = '0002-cache-product-pages-in-a-cdn.md';
    const root = await repo(EDIT_REPO);
    const result = await run(['supersede', '1', '2'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^docket: cannot write docs\/adr\/0002-cache-product-pages-in-a-cdn.md: permission denied/,
    );
    expect(await readRepo(root)).toEqual(EDIT_REPO);
  });
});
