// `docket site build`: collect the records, render every page, write the site.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocketConfig, Rule } from '@docket/core';
import { UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import { version } from '../version.js';
import { collectSite, type SiteModel, type SiteRecord } from './collect.js';
import { checkOutputFolder, type SiteContent, type WriteSummary, writeSiteFiles } from './output.js';
import { indexPage, type PageOptions, recordPage } from './pages.js';
import { searchIndexScript } from './search.js';
import { DEFAULT_TITLE } from './settings.js';

export interface BuildSiteOptions {
  /** Directory paths are shown relative to. */
  cwd: string;
  /** The project root: section names and displayed paths are relative to it. */
  root: string;
  /** ADR folders, one section each. */
  folders: readonly string[];
  out: string;
  title?: string;
  config?: DocketConfig;
  rules?: readonly Rule[];
  /** Read first and last commit dates from git (default true). */
  git?: boolean;
  liveReload?: boolean;
}

export interface BuildResult {
  model: SiteModel;
  summary: WriteSummary;
  /** Number of files in the site. */
  files: number;
}

const ASSETS = fileURLToPath(new URL('../../assets/site/', import.meta.url));

/** The static files every site carries: docket's stylesheet and scripts, and MiniSearch's browser build. */
async function assetFiles(): Promise<[string, string][]> {
  const minisearchMain = createRequire(import.meta.url).resolve('minisearch');
  const minisearchRoot = join(dirname(minisearchMain), '..', '..');
  const read = (path: string) => readFile(path, 'utf8');
  return Promise.all(
    [
      ['assets/site.css', join(ASSETS, 'site.css')],
      ['assets/site.js', join(ASSETS, 'site.js')],
      ['assets/live-reload.js', join(ASSETS, 'live-reload.js')],
      ['assets/minisearch.js', join(minisearchRoot, 'dist', 'umd', 'index.js')],
      ['assets/minisearch.LICENSE.txt', join(minisearchRoot, 'LICENSE.txt')],
    ].map(async ([name, path]) => [name as string, await read(path as string)] as [string, string]),
  );
}

/** Images larger than this are linked to, not copied. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** Reads the images the pages show; one that is missing or too large is left out, as a broken image. */
async function mediaFiles(media: ReadonlyMap<string, string>): Promise<[string, Buffer][]> {
  const read = await Promise.all(
    [...media].map(async ([sitePath, file]) => {
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || info.size > MAX_IMAGE_BYTES) return null;
      const bytes = await readFile(file).catch(() => null);
      return bytes ? ([sitePath, bytes] as [string, Buffer]) : null;
    }),
  );
  return read.filter((entry): entry is [string, Buffer] => entry !== null);
}

/** Every file of the site, by path relative to its root. */
export async function renderSite(model: SiteModel, options: PageOptions): Promise<Map<string, SiteContent>> {
  const files = new Map<string, SiteContent>(await assetFiles());
  const byId = new Map<string, SiteRecord>(model.records.map((r) => [r.id, r]));
  const byPath = new Map<string, SiteRecord>(model.records.map((r) => [r.path, r]));
  const media = new Map<string, string>();
  files.set('index.html', indexPage(model, options));
  files.set('search-index.js', searchIndexScript(model.records));
  for (const record of model.records) {
    files.set(`${record.id}.html`, recordPage(record, model, { byId, byPath, media }, options));
  }
  for (const [sitePath, bytes] of await mediaFiles(media)) files.set(sitePath, bytes);
  return files;
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildResult> {
  const previous = await checkOutputFolder(options.out, options.folders, options.cwd);
  const model = await collectSite({
    root: options.root,
    folders: options.folders,
    config: options.config,
    rules: options.rules,
    git: options.git,
  });
  const unreadable = model.unreadable[0];
  if (unreadable) {
    throw new UsageError(
      `cannot read ${displayPath(unreadable.path, options.cwd)}: ${unreadable.reason}; fix it or pass the folders to build`,
    );
  }
  const files = await renderSite(model, {
    title: options.title ?? DEFAULT_TITLE,
    liveReload: options.liveReload ?? false,
    generator: `docket ${version()}`,
  });
  const summary = await writeSiteFiles(options.out, files, previous);
  return { model, summary, files: files.size };
}
