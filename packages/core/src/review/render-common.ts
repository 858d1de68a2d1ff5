// Wording and link conventions the Markdown and HTML packs share, so both say the same thing.
import type { Finding } from '../engine/types.js';
import type { ReviewedAdr, ReviewPack } from './types.js';

export interface RenderOptions {
  /** How a record's path is shown; default: the path as given. */
  displayPath?(path: string): string;
  /** Where a link to a line of a record points; default: the path with `#L<line>`. */
  href?(path: string, line: number): string;
}

export interface ResolvedRenderOptions {
  displayPath(path: string): string;
  href(path: string, line: number): string;
}

/**
 * Percent-encodes each segment of a path for a link. A colon becomes %3A, so a file named
 * `javascript:x.md` stays a relative link instead of becoming a URL scheme.
 */
export function encodePath(path: string): string {
  return path
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

export function resolveRenderOptions(options: RenderOptions = {}): ResolvedRenderOptions {
  return {
    displayPath: options.displayPath ?? ((path) => path),
    href: options.href ?? ((path, line) => `${encodePath(path)}#L${line}`),
  };
}

/** "ADR-7" when the record has a number, else its file name. */
export function adrLabel(adr: ReviewedAdr): string {
  return adr.number === null ? adr.path.replace(/^.*[\\/]/, '') : `ADR-${adr.number}`;
}

/** Minutes from the start as h:mm. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function reversibilityLabel(adr: ReviewedAdr): string {
  return adr.reversibility ?? 'not stated';
}

export function severityLabel(finding: Finding): string {
  return finding.severity === 2 ? 'error' : 'warning';
}

export function packSummary(pack: ReviewPack): string {
  const records = pack.adrs.length === 1 ? '1 record' : `${pack.adrs.length} records`;
  const open = pack.adrs.reduce((n, a) => n + a.openCount, 0);
  return `${records}, ${pack.totalMinutes} minutes, ${open} open question${open === 1 ? '' : 's'}`;
}
