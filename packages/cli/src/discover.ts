// Finds ADR files: the repository's ADR folders when no paths are given, else the given files,
// directories and globs. The only module that looks at the file system before reading.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './context.js';

/** Conventional ADR folders, relative to the repository root, in the order they are tried. */
export const CONVENTIONAL_FOLDERS = ['docs/adr', 'docs/decisions', 'doc/adr', 'adr'] as const;

export interface AdrFolder {
  path: string;
  /** Why this folder was chosen: a conventional name, `.adr-dir` or `.log4brains.yml`. */
  source: string;
}

const IGNORED_DIRS = ['**/node_modules/**', '**/templates/**', '**/template/**'];

/** Index and readme files describe a folder of records; they are records only inside a record's own folder. */
const INDEX_FILE = /^_?(readme|index)\.md$/i;
/** Template files as the ADR tools ship them: template.md, adr-template.md, _template.md, 0000-template.md, adr-template-minimal.md. */
const TEMPLATE_FILE = /^(_|\d+-)?(adr-|madr-)?template([-_][a-z-]*)?\.md$/i;

/**
 * Whether a markdown file found inside an ADR folder is a record. `relativePath` is relative to the
 * folder: README/index files are skipped at the folder's top level only, because some teams keep
 * one folder per record with the record in its README.md.
 */
export function isAdrFile(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  if (!name.toLowerCase().endsWith('.md')) return false;
  if (parts.slice(0, -1).some((dir) => /^templates?$/i.test(dir))) return false;
  if (TEMPLATE_FILE.test(name)) return false;
  if (parts.length === 1 && INDEX_FILE.test(name)) return false;
  return true;
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** The folder adr-tools records in `.adr-dir`: its first non-empty line. */
export function parseAdrDir(text: string): string | null {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '');
  return line ? line.trim() : null;
}

/**
 * The `adrFolder` values of a `.log4brains.yml` (the project's, and each of `packages:`).
 * A line scan rather than a YAML parse: the key is always a plain scalar in log4brains' own files.
 */
export function parseLog4brainsFolders(text: string): string[] {
  const folders: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:-\s+)?adrFolder\s*:\s*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    let value = match[1].replace(/\s+#.*$/, '').trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    if (value) folders.push(value);
  }
  return folders;
}

/** The repository's ADR folders as seen from `cwd`: declared ones first, then conventional names. */
export async function findAdrFolders(cwd: string): Promise<AdrFolder[]> {
  const candidates: AdrFolder[] = [];
  const adrDir = await readOptional(join(cwd, '.adr-dir'));
  const declared = adrDir === null ? null : parseAdrDir(adrDir);
  if (declared) candidates.push({ path: resolve(cwd, declared), source: '.adr-dir' });
  const log4brains = await readOptional(join(cwd, '.log4brains.yml'));
  if (log4brains !== null) {
    for (const folder of parseLog4brainsFolders(log4brains)) {
      candidates.push({ path: resolve(cwd, folder), source: '.log4brains.yml' });
    }
  }
  for (const folder of CONVENTIONAL_FOLDERS) candidates.push({ path: resolve(cwd, folder), source: folder });

  const found: AdrFolder[] = [];
  for (const candidate of candidates) {
    if (found.some((f) => f.path === candidate.path)) continue;
    if (await isDirectory(candidate.path)) found.push(candidate);
  }
  // A folder inside another found folder would be collected twice.
  return found.filter((f) => !found.some((o) => o !== f && f.path.startsWith(o.path + sep)));
}

/** Every ADR file under `folder`, recursively, as absolute paths. */
export async function collectAdrFiles(folder: string): Promise<string[]> {
  const matches = await glob('**/*.md', {
    cwd: folder,
    absolute: false,
    onlyFiles: true,
    expandDirectories: false,
    ignore: IGNORED_DIRS,
  });
  return matches.filter(isAdrFile).map((m) => resolve(folder, m));
}

/** The leading segments of a glob that contain no glob syntax: the folder the pattern searches. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const base: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    base.push(segment);
  }
  return base.join('/');
}

/**
 * The files a glob matches, minus index and template files. Skipping works as if the glob's base
 * folder had been given: `docs/adr/*.md` skips docs/adr/README.md, while a pattern for READMEs one
 * folder down (one folder per record) keeps them.
 */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**'],
  });
  const base = resolve(cwd, globBase(pattern));
  return matches.filter((m) => isAdrFile(relative(base, m)));
}

export interface Discovery {
  files: string[];
  /** The folders searched when no paths were given. */
  folders: AdrFolder[];
}

export interface DiscoverOptions {
  /** The project's ADR folders (from its config or discovered); looked up from `cwd` when absent. */
  folders?: AdrFolder[];
  /** Files the project's `ignore` globs cover: skipped, even when named explicitly. */
  isIgnored?: (file: string) => boolean;
}

async function folderFiles(folders: AdrFolder[], cwd: string): Promise<string[]> {
  for (const folder of folders) {
    if (!(await isDirectory(folder.path))) {
      throw new UsageError(
        `the ADR folder ${displayPath(folder.path, cwd)} (from ${folder.source}) does not exist; create it or correct adrFolders`,
      );
    }
  }
  return (await Promise.all(folders.map((f) => collectAdrFiles(f.path)))).flat();
}

/**
 * Resolves the command line's paths to ADR files. With no paths, the project's ADR folders are
 * searched; paths given replace them. Files given by name are linted whatever their name;
 * directories and globs skip README/index/template files. A path that matches nothing is a usage
 * error; files the project ignores are dropped silently.
 */
export async function discover(
  patterns: string[],
  cwd: string,
  options: DiscoverOptions = {},
): Promise<Discovery> {
  const isIgnored = options.isIgnored ?? (() => false);
  if (patterns.length === 0) {
    const folders = options.folders ?? (await findAdrFolders(cwd));
    if (folders.length === 0) {
      throw new UsageError(
        `no ADR folder found in ${cwd} (looked for .adr-dir, .log4brains.yml, ${CONVENTIONAL_FOLDERS.join(', ')}); pass the files or folders to lint, or set adrFolders in docket.config.json`,
      );
    }
    const files = await folderFiles(folders, cwd);
    return { files: unique(files).filter((f) => !isIgnored(f)), folders };
  }
  const files: string[] = [];
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ELOOP') {
        throw new UsageError(`${pattern} is a loop of symbolic links; point the link at a real file`);
      }
      return null;
    });
    if (info?.isDirectory()) {
      const found = await collectAdrFiles(absolute);
      if (found.length === 0) throw new UsageError(`no markdown files found in ${pattern}`);
      files.push(...found);
    } else if (info) {
      files.push(absolute);
    } else if (isDynamicPattern(pattern)) {
      const found = await expandGlob(pattern, cwd);
      if (found.length === 0) throw new UsageError(`no files match the pattern ${pattern}`);
      files.push(...found);
    } else {
      throw new UsageError(`no such file or directory: ${pattern}`);
    }
  }
  return { files: unique(files).filter((f) => !isIgnored(f)), folders: [] };
}

function unique(files: string[]): string[] {
  return [...new Set(files)].sort();
}

/** A path for people: relative to `cwd` when inside it, absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
