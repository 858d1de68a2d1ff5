// Which template a new record is written from: one named on the command line (a file, the
// project's templates folder, or a built-in), else the project's own default, the template the
// folder's tool keeps (adr-tools, log4brains), the built-in one matching the folder's records, or review.
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import {
  builtInTemplate,
  builtInTemplates,
  DEFAULT_TEMPLATE,
  type Dialect,
  parseManifest,
  TemplateError,
} from '@docket/templates';
import { UsageError } from '../context.js';
import { displayPath } from '../discover.js';
import type { FolderLayout } from './layout.js';

export interface ResolvedTemplate {
  name: string;
  text: string;
  dialect: Dialect;
  /** Where it came from, for messages: `built-in`, or the file's path. */
  source: string;
}

/** The file in the project's templates folder that replaces `review` as the default. */
export const PROJECT_DEFAULT_TEMPLATE = 'template.md';

const BUILT_IN_FOR_DIALECT: Record<Exclude<Dialect, 'custom'>, string> = {
  docket: 'review',
  madr: 'madr',
  nygard: 'nygard',
};

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new UsageError(`cannot read template ${path}: ${(error as Error).message}`);
  }
}

async function fromFile(path: string, cwd: string, name: string): Promise<ResolvedTemplate | null> {
  const text = await readOptional(path);
  if (text === null) return null;
  const manifestPath = path.replace(/\.md$/i, '.json');
  const manifestText = manifestPath === path ? null : await readOptional(manifestPath);
  let dialect: Dialect = 'custom';
  if (manifestText !== null) {
    try {
      dialect = parseManifest(manifestText, displayPath(manifestPath, cwd)).dialect;
    } catch (error) {
      if (error instanceof TemplateError) throw new UsageError(error.message);
      throw error;
    }
  }
  return { name, text, dialect, source: path };
}

/** Names of the templates in the project's folder (`madr-lite.md` is `madr-lite`). */
async function projectTemplateNames(templatesDir: string | null): Promise<string[]> {
  if (!templatesDir) return [];
  const names = await readdir(templatesDir).catch(() => [] as string[]);
  return names.filter((n) => n.toLowerCase().endsWith('.md')).map((n) => n.slice(0, -3));
}

export interface TemplateContext {
  cwd: string;
  templatesDir: string | null;
  layout: FolderLayout | null;
}

export async function resolveTemplate(
  requested: string | undefined,
  { cwd, templatesDir, layout }: TemplateContext,
): Promise<ResolvedTemplate> {
  if (requested !== undefined) {
    if (/[\\/]/.test(requested) || requested.toLowerCase().endsWith('.md')) {
      const path = isAbsolute(requested) ? requested : resolve(cwd, requested);
      const found = await fromFile(path, cwd, requested);
      if (!found) throw new UsageError(`template file not found: ${requested}`);
      return found;
    }
    if (templatesDir && /^[\w.-]+$/.test(requested)) {
      const found = await fromFile(join(templatesDir, `${requested}.md`), cwd, requested);
      if (found) return found;
    }
    const builtIn = builtInTemplate(requested);
    if (builtIn)
      return { name: requested, text: builtIn.text, dialect: builtIn.manifest.dialect, source: 'built-in' };
    const known = [
      ...builtInTemplates().map((t) => t.manifest.name),
      ...(await projectTemplateNames(templatesDir)),
    ];
    throw new UsageError(
      `unknown template "${requested}"; use one of ${[...new Set(known)].join(', ')}, or the path of a .md file`,
    );
  }
  if (templatesDir) {
    const found = await fromFile(join(templatesDir, PROJECT_DEFAULT_TEMPLATE), cwd, PROJECT_DEFAULT_TEMPLATE);
    if (found) return found;
  }
  if (layout?.toolTemplate) {
    const found = await fromFile(layout.toolTemplate, cwd, displayPath(layout.toolTemplate, cwd));
    if (found) return found;
  }
  const dialect = layout ? await layout.dialect() : null;
  const name = dialect ? BUILT_IN_FOR_DIALECT[dialect] : DEFAULT_TEMPLATE;
  const builtIn = builtInTemplate(name) ?? builtInTemplates()[0];
  if (!builtIn) throw new Error('no built-in templates are installed');
  return {
    name: builtIn.manifest.name,
    text: builtIn.text,
    dialect: builtIn.manifest.dialect,
    source: 'built-in',
  };
}
