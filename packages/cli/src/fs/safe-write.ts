// Every file docket writes goes through here: whole-file replacement is atomic (temp file in the
// same folder, then rename, keeping the original mode) and new files are created exclusively, so
// a crash or a colleague's concurrent write never leaves a half-written or clobbered ADR.
import { writeFile } from 'node:fs/promises';
import writeFileAtomicLib from 'write-file-atomic';

/** Replaces (or creates) `path` with `content` (text as UTF-8, or bytes) atomically; the old content survives any failure. */
export async function writeFileAtomic(path: string, content: string | Buffer): Promise<void> {
  // write-file-atomic keeps the existing file's mode and owner and fsyncs before the rename.
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
