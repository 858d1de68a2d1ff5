// The example in packages/core/README.md is run as written (its import pointed at this source tree)
// and must print exactly the output the README shows under it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const sourceIndex = fileURLToPath(new URL('./index.ts', import.meta.url));

/** The first ```js block after "## Example" and the ```text block that follows it. */
function exampleAndOutput(): { code: string; output: string } {
  const section = readme.slice(readme.indexOf('## Example'));
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  const output = /```js\n[\s\S]*?```[\s\S]*?```text\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code || !output)
    throw new Error('README has no ```js example followed by a ```text output under ## Example');
  return { code, output };
}

describe('packages/core README example', () => {
  let folder = '';
  afterEach(() => {
    vi.restoreAllMocks();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('imports only the package entry point', () => {
    const { code } = exampleAndOutput();
    const sources = [...code.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(sources).toEqual(['@docket/core']);
  });

  it('prints what the README says it prints', async () => {
    const { code, output } = exampleAndOutput();
    folder = mkdtempSync(join(tmpdir(), 'docket-readme-'));
    const file = join(folder, 'example.ts');
    writeFileSync(file, code.replace("'@docket/core'", JSON.stringify(sourceIndex)));
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(format(...args));
    });
    await import(pathToFileURL(file).href);
    expect(`${lines.join('\n')}\n`).toBe(output);
  });
});
