// Hashing for the lint cache and the baseline. node:crypto takes a few milliseconds to load, as
// much as a tenth of what a one-file lint adds to starting Node, and most runs hash nothing, so it
// is loaded on first use.
import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/** A new SHA-256 hash. */
export function sha256(): Hash {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256');
}
