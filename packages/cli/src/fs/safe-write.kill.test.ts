// A write killed at a random point leaves the old file or the new one, never a mix: a child
// process runs the real writeFileAtomic (bundled by esbuild, dependencies included) over a large
// record again and again, and is SIGKILLed at a random moment, many times over.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const KILLS = 20;
/** The two versions, built the same way in the child: large enough that a write takes a while. */
const versions = `[
  '# 1. Old\\n\\n' + 'The old decision, kept whole.\\n'.repeat(100000),
  '# 1. New\\n\\n' + 'The new decision, written whole!\\n'.repeat(100000),
]`;
const [OLD, NEW] = new Function(`return ${versions}`)() as [string, string];

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docket-kill-'));
  bundle = join(dir, 'safe-write.cjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./safe-write.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A child writing NEW and OLD in turn through writeFileAtomic until killed; prints "ready" first. */
function writer(file: string): ChildProcess {
  const script = `
    const { writeFileAtomic } = require(${JSON.stringify(bundle)});
    const texts = ${versions}.reverse();
    process.stdout.write('ready\\n');
    (async () => { for (let i = 0; ; i++) await writeFileAtomic(${JSON.stringify(file)}, texts[i % 2]); })();
  `;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
}

function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the writer exited early (${code})`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('writeFileAtomic under SIGKILL', () => {
  it(`leaves the old or the new text, with the mode kept, after ${KILLS} kills at random moments`, async () => {
    const file = join(dir, '0001-decision.md');
    await writeFile(file, OLD);
    await chmod(file, 0o640);
    const seen = new Set<string>();
    for (let kill = 0; kill < KILLS; kill++) {
      const child = writer(file);
      await ready(child);
      // Somewhere in the first few writes: before, during or between them.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
      child.kill('SIGKILL');
      await exited(child);
      const text = await readFile(file, 'utf8');
      const which = text === OLD ? 'old' : text === NEW ? 'new' : null;
      expect(which, `kill ${kill}: a mix of ${text.length} characters`).not.toBeNull();
      seen.add(which as string);
      expect((await stat(file)).mode & 0o777).toBe(0o640);
    }
    // Leftover temp files never take a record's name: discovery only reads *.md.
    expect((await readdir(dir)).filter((name) => name.endsWith('.md'))).toEqual(['0001-decision.md']);
  }, 300_000);
});

describe('every write goes through safe-write.ts', () => {
  it('no other module of the command imports a node:fs function that writes files', async () => {
    const { readdir: list } = await import('node:fs/promises');
    const src = fileURLToPath(new URL('..', import.meta.url));
    const modules = (await list(src, { recursive: true }))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('testing'))
      .filter((name) => name !== join('fs', 'safe-write.ts'));
    const writers =
      /\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|rename|renameSync|copyFile|copyFileSync|truncate|cp|cpSync)\b/;
    const offenders: string[] = [];
    for (const name of modules) {
      const text = await readFile(join(src, name), 'utf8');
      for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'node:fs(?:\/promises)?'/g)) {
        if (writers.test(match[1] ?? '')) offenders.push(`${name}: ${match[1]?.trim()}`);
      }
    }
    expect(modules.length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
