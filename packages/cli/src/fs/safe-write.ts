// Every file docket writes goes through here: whole-file replacement is atomic (temp file in the
// same folder, then rename, keeping the original mode) and new files are created exclusively, so
// a crash or a colleague's concurrent write never leaves a half-written or clobbered ADR.
import { access, constants, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Replaces (or creates) `path` with `content` (text as UTF-8, or bytes) atomically; the old content survives any failure. */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  // write-file-atomic keeps the existing file's mode and owner and fsyncs before the rename.
  // Loaded on the first write: it loads node:crypto, which most runs (a lint) never need.
  const { default: writeFileAtomicLib } = await import('write-file-atomic');
  await writeFileAtomicLib(path, content, { encoding: 'utf8' });
}

/**
 * Creates `path` only when nothing exists there. Returns false on a clash instead of overwriting,
 * so callers such as `docket new` can retry with the next number.
 */
export async function createExclusive(path: string, text: string): Promise<boolean> {
  try {
    await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Why replacing `path` would fail for want of permission, or null when it would not: the file
 * itself when it exists, and its folder, where the atomic write puts its temporary file. Commands
 * that write several files ask first, so they can refuse before writing any.
 */
export async function writeBlocker(path: string): Promise<string | null> {
  for (const target of [path, dirname(path)]) {
    try {
      await access(target, constants.W_OK);
    } catch (error) {
      if (target === path && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return target === path ? 'the file is not writable' : 'its folder is not writable';
    }
  }
  return null;
}
