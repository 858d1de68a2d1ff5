// File names for new records. A slug keeps only letters, digits and hyphens, so no title (with
// "../", slashes, control or shell characters) can name a file outside the ADR folder.
import { paddedNumber } from '@docket/templates';
import type { Naming } from './layout.js';

const MAX_SLUG = 60;

/** "Use PostgreSQL 16 for Orders!" -> "use-postgresql-16-for-orders". Empty when the title has no letters or digits. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  // Cut at a word boundary when there is one late enough.
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_SLUG / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** The file name of record `number` (or of a record dated `date`, for log4brains' naming). */
export function recordFileName(naming: Naming, number: number, date: string, slug: string): string {
  if (naming.kind === 'date') return `${date.replaceAll('-', '')}-${slug}.md`;
  return `${naming.prefix}${paddedNumber(number, naming.width)}-${slug}.md`;
}

/** Today as YYYY-MM-DD in local time: the date people see on their calendar. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
