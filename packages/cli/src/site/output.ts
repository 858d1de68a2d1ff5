// Where the site is written, and how. The output folder must be new, empty, or a site docket
// wrote before (it holds docket's manifest); it may not be, hold or sit inside an ADR folder.
// Files are replaced one by one atomically (temp file + rename, through safe-write), unchanged
// files are left alone, and only files the previous manifest lists are ever removed.
import { mkdir, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import { writeFileAtomic } from '../fs/safe-write.js';

/** The file that marks a folder as a docket site and lists what docket wrote there. */
export const MANIFEST = '.docket-site.json';

interface Manifest {
  generator: 'docket site';
  files: string[];
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function realOrSelf(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}

/** Checks the output folder before anything is built; returns the files a previous build wrote. */
export async function checkOutputFolder(
  out: string,
  adrFolders: readonly string[],
  cwd: string,
): Promise<string[]> {
  const shown = displayPath(out, cwd);
  const realOut = await realOrSelf(out);
  for (const folder of adrFolders) {
    const realFolder = await realOrSelf(folder);
    const clash =
      realOut === realFolder
        ? 'is'
        : inside(realFolder, realOut)
          ? 'is inside'
          : inside(realOut, realFolder)
            ? 'contains'
            : null;
    if (clash) {
      throw new UsageError(
        `site output folder ${shown} ${clash} the ADR folder ${displayPath(folder, cwd)}; pass -o with a folder of its own, for example -o adr-site`,
      );
    }
  }
  const info = await stat(out).catch(() => null);
  if (!info) return [];
  if (!info.isDirectory())
    throw new UsageError(`site output ${shown} is a file, not a folder; pass -o with a folder`);
  const entries = await readdir(out);
  if (entries.length === 0) return [];
  const manifest = await readManifest(join(out, MANIFEST));
  if (!manifest) {
    throw new UsageError(
      `site output folder ${shown} is not empty and was not written by docket site build (no ${MANIFEST}); pass -o with an empty or new folder`,
    );
  }
  return manifest.files;
}

async function readManifest(path: string): Promise<Manifest | null> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as Partial<Manifest>;
    if (data.generator !== 'docket site' || !Array.isArray(data.files)) return null;
    return { generator: 'docket site', files: data.files.filter((f): f is string => typeof f === 'string') };
  } catch {
    return null;
  }
}

/** A site-relative path that stays inside the output folder: no `..`, not absolute. */
function safeRelative(path: string): boolean {
  return (
    path !== '' && !isAbsolute(path) && !path.split(/[\\/]/).some((part) => part === '..' || part === '')
  );
}

/** A site file: text (pages, scripts) or bytes (images copied from the ADR folders). */
export type SiteContent = string | Buffer;

async function sameContent(path: string, content: SiteContent): Promise<boolean> {
  try {
    const existing = await readFile(path);
    return typeof content === 'string' ? existing.toString('utf8') === content : content.equals(existing);
  } catch {
    return false;
  }
}

export interface WriteSummary {
  written: number;
  unchanged: number;
  removed: number;
}

/** Writes `files` (site-relative path -> content) into `out`, then removes what the previous build wrote and this one did not. */
export async function writeSiteFiles(
  out: string,
  files: ReadonlyMap<string, SiteContent>,
  previous: readonly string[],
): Promise<WriteSummary> {
  await mkdir(out, { recursive: true });
  const realOut = await realpath(out);
  const checkedDirs = new Set<string>();
  const summary: WriteSummary = { written: 0, unchanged: 0, removed: 0 };
  const target = async (path: string): Promise<string> => {
    if (!safeRelative(path)) throw new Error(`site file path escapes the output folder: ${path}`);
    const full = join(realOut, path);
    const dir = dirname(full);
    if (!checkedDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      // A symbolic link inside the output folder must not lead the build outside it.
      const realDir = await realpath(dir);
      if (realDir !== realOut && !inside(realOut, realDir)) {
        throw new UsageError(
          `site output folder ${out} has a link to ${realDir}; remove it, docket writes only inside ${out}`,
        );
      }
      checkedDirs.add(dir);
    }
    return full;
  };
  const entries = [...files.entries()];
  await inBatches(entries, 16, async ([path, text]) => {
    const full = await target(path);
    if (await sameContent(full, text)) summary.unchanged++;
    else {
      await writeFileAtomic(full, text);
      summary.written++;
    }
  });
  const stale = previous.filter((p) => !files.has(p) && safeRelative(p) && p !== MANIFEST);
  await inBatches(stale, 16, async (path) => {
    const full = resolve(realOut, path);
    if (!inside(realOut, full)) return;
    await rm(full, { force: true });
    summary.removed++;
  });
  const manifest: Manifest = { generator: 'docket site', files: [...files.keys()].sort() };
  await writeFileAtomic(join(realOut, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return summary;
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(work));
  }
}
