// Reads a project's ADR folders into the site's model: one section per folder, one record per
// file, each parsed once (core's model for lint and metadata, an mdast tree for the page), linted
// once, dated from its own metadata and from git, and related to the others.
import { basename, isAbsolute, relative } from 'node:path';
import {
  type AdrDocument,
  allRules,
  type DocketConfig,
  type Finding,
  isUnderReview,
  lintSources,
  type Rule,
  resolveConfig,
  ruleRunsOn,
} from '@docket/core';
import type { Root } from 'mdast';
import { UsageError } from '../context.js';
import { collectAdrFiles } from '../discover.js';
import { type CommitDates, gitCommitDates } from '../git/commit-dates.js';
import { readSources } from '../sources.js';
import { linkTargets, parseMarkdown } from './markdown.js';
import { type ChecklistItem, type Readiness, readinessOf, reviewChecklist } from './readiness.js';
import { type Relation, type RelationSource, resolveRelations } from './relations.js';

export interface SiteSection {
  /** Folder name in the site, unique: `docs-adr`. */
  slug: string;
  /** The ADR folder relative to the project root, as people know it. */
  label: string;
  folder: string;
  records: SiteRecord[];
}

export interface SiteRecord {
  /** Unique id and page path without `.html`: `<section>/<slug>`. */
  id: string;
  path: string;
  /** Path relative to the project root, for display. */
  displayPath: string;
  section: string;
  number: number | null;
  title: string;
  /** Lifecycle status, or null when the record has none the parser recognises. */
  status: string | null;
  /** The status as written. */
  statusText: string | null;
  /** The date written in the record (frontmatter, `Date:` line, MADR bullet), if any. */
  date: string | null;
  commits: CommitDates | null;
  tags: string[];
  document: AdrDocument;
  tree: Root;
  /** Findings as `docket lint` reports them. */
  findings: Finding[];
  checklist: ChecklistItem[];
  readiness: Readiness;
  /** False for records the review rules skip (superseded, rejected, ... by default). */
  underReview: boolean;
}

export interface SiteModel {
  root: string;
  sections: SiteSection[];
  records: SiteRecord[];
  relations: Relation[];
  /** Files that could not be read: reported, and left out of the site. */
  unreadable: { path: string; reason: string }[];
}

export interface CollectOptions {
  root: string;
  folders: readonly string[];
  config?: DocketConfig;
  rules?: readonly Rule[];
  /** Read first and last commit dates from git (default true). */
  git?: boolean;
}

const RESERVED_SLUGS = new Set(['assets', 'files', 'index', 'search-index']);

function slugify(text: string): string {
  return (
    text
      .replace(/\.md$/i, '')
      .replace(/[\\/]+/g, '--')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '') || 'record'
  );
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
  taken.add(slug.toLowerCase());
  return slug;
}

/** A record's page name: its path in the folder, or the folder's name for a record kept as `<folder>/README.md`. */
function recordSlug(relativePath: string): string {
  const parts = relativePath.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && /^(readme|index)\.md$/i.test(name)) return slugify(parts.slice(0, -1).join('/'));
  return slugify(relativePath);
}

function tagsOf(document: AdrDocument): string[] {
  const value = document.metadata.tags?.value;
  const list = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(/[,;]/)
      : [];
  return [...new Set(list.map((t) => t.trim().replace(/^#/, '')).filter((t) => t !== ''))];
}

function sectionLabel(root: string, folder: string): string {
  const rel = relative(root, folder);
  if (rel === '') return basename(folder);
  // A folder outside the project is named by its full path rather than a chain of "../".
  return (rel.startsWith('..') || isAbsolute(rel) ? folder : rel).split('\\').join('/');
}

export async function collectSite(options: CollectOptions): Promise<SiteModel> {
  const registry = options.rules ?? allRules;
  const baseConfig = options.config ?? {};
  const takenSections = new Set(RESERVED_SLUGS);
  const folders = await Promise.all(
    options.folders.map(async (folder) => ({ folder, files: await collectAdrFiles(folder) })),
  );
  const files = folders.flatMap((f) => f.files);
  if (files.length === 0) {
    throw new UsageError(
      `no ADR files found in ${options.folders.map((f) => sectionLabel(options.root, f)).join(', ')}; the site needs at least one record`,
    );
  }
  const [{ sources, failures }, commits] = await Promise.all([
    readSources(files, { maxBytes: baseConfig.maxFileSize }),
    options.git === false
      ? new Map<string, CommitDates>()
      : gitCommitDates(options.root, options.folders, files).then((found) => found.dates),
  ]);

  // One lint run with every status reviewed gives the checklist of history records too; the
  // findings shown are those `docket lint` reports with the same configuration.
  const shownSettings = resolveConfig(baseConfig, registry).settings;
  const resolved = resolveConfig({ ...baseConfig, reviewStatuses: 'all' }, registry);
  const reviewRules = new Set(registry.filter((r) => r.meta.category === 'review').map((r) => r.meta.id));
  const run = lintSources(sources, { ...baseConfig, reviewStatuses: 'all' }, registry);
  const byPath = new Map(run.documents.map((d, i) => [d.path, { document: d, result: run.results[i] }]));

  const sections: SiteSection[] = [];
  const records: SiteRecord[] = [];
  const relationSources: RelationSource[] = [];
  for (const { folder, files: folderFiles } of folders) {
    const label = sectionLabel(options.root, folder);
    const section: SiteSection = {
      slug: uniqueSlug(slugify(label.replace(/[\\/]+/g, '-')), takenSections),
      label,
      folder,
      records: [],
    };
    const takenPages = new Set<string>();
    for (const path of folderFiles) {
      const entry = byPath.get(path);
      if (!entry) continue;
      const { document } = entry;
      const all = entry.result?.findings ?? [];
      const underReview = isUnderReview(document, shownSettings);
      // A rule that skipped the record (one not written in English) gave no verdict on it.
      const ran = new Set(
        resolved.rules
          .filter((r) => ruleRunsOn(r.rule, document, resolved.settings))
          .map((r) => r.rule.meta.id),
      );
      const checklist = reviewChecklist(all, registry, ran);
      const tree = parseMarkdown(document.text);
      const record: SiteRecord = {
        id: `${section.slug}/${uniqueSlug(recordSlug(relative(folder, path)), takenPages)}`,
        path,
        displayPath: relative(options.root, path).split('\\').join('/'),
        section: section.slug,
        number: document.number?.value ?? null,
        title: document.title?.text ?? basename(path, '.md'),
        status: document.status?.normalized ?? null,
        statusText: document.status?.raw ?? null,
        date: document.metadata.date?.text.slice(0, 10) || null,
        commits: commits.get(path) ?? null,
        tags: tagsOf(document),
        document,
        tree,
        findings: underReview ? all : all.filter((f) => !reviewRules.has(f.ruleId)),
        checklist,
        readiness: readinessOf(checklist),
        underReview,
      };
      section.records.push(record);
      relationSources.push({
        id: record.id,
        path,
        number: record.number,
        group: section.slug,
        claims: document.links.map((l) => ({ relation: l.relation, target: l.target })),
        links: linkTargets(tree),
      });
    }
    section.records.sort(byNumberThenPath);
    records.push(...section.records);
    sections.push(section);
  }
  return {
    root: options.root,
    sections,
    records,
    relations: resolveRelations(relationSources),
    unreadable: failures,
  };
}

function byNumberThenPath(a: SiteRecord, b: SiteRecord): number {
  if (a.number !== b.number) {
    if (a.number === null) return 1;
    if (b.number === null) return -1;
    return a.number - b.number;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
