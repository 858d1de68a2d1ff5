// The templates docket ships: one folder each under templates/, holding template.md and a
// manifest.json that names and describes it and says which dialect it writes.
import { readdirSync, readFileSync } from 'node:fs';
import { TemplateError } from './render.js';

export const DIALECTS = ['docket', 'madr', 'nygard', 'custom'] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface TemplateManifest {
  name: string;
  description: string;
  dialect: Dialect;
}

export interface Template {
  manifest: TemplateManifest;
  text: string;
  /** Where the template came from: `built-in`, or the file it was read from. */
  source: string;
}

export const DEFAULT_TEMPLATE = 'review';

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

/** Reads a manifest; `where` names the file in error messages. */
export function parseManifest(json: string, where: string): TemplateManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new TemplateError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const { name, description, dialect } = record;
  if (typeof name !== 'string' || !TEMPLATE_NAME.test(name)) {
    throw new TemplateError(
      `${where}: "name" must be a template name such as "review" (letters, digits, - . _)`,
    );
  }
  if (description !== undefined && typeof description !== 'string') {
    throw new TemplateError(`${where}: "description" must be a string`);
  }
  if (dialect !== undefined && !DIALECTS.includes(dialect as Dialect)) {
    throw new TemplateError(`${where}: "dialect" must be one of ${DIALECTS.join(', ')}`);
  }
  return { name, description: description ?? '', dialect: (dialect as Dialect | undefined) ?? 'custom' };
}

const TEMPLATES_FOLDER = new URL('../templates/', import.meta.url);
let builtIns: Template[] | null = null;

/** The templates docket ships, default first. */
export function builtInTemplates(): readonly Template[] {
  if (!builtIns) {
    const folders = readdirSync(TEMPLATES_FOLDER, { withFileTypes: true }).filter((e) => e.isDirectory());
    builtIns = folders.map((folder) => {
      const base = new URL(`${folder.name}/`, TEMPLATES_FOLDER);
      const manifest = parseManifest(
        readFileSync(new URL('manifest.json', base), 'utf8'),
        `templates/${folder.name}/manifest.json`,
      );
      return { manifest, text: readFileSync(new URL('template.md', base), 'utf8'), source: 'built-in' };
    });
    builtIns.sort(
      (a, b) =>
        Number(b.manifest.name === DEFAULT_TEMPLATE) - Number(a.manifest.name === DEFAULT_TEMPLATE) ||
        a.manifest.name.localeCompare(b.manifest.name),
    );
  }
  return builtIns;
}

export function builtInTemplate(name: string): Template | undefined {
  return builtInTemplates().find((t) => t.manifest.name === name);
}
