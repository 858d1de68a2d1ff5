// The files beside the linted records, so cross-file rules can tell a link to a record that was
// not linted this run (one file passed by a pre-commit hook) from a link to one that does not exist.
import { readdir } from 'node:fs/promises';
import { dirname, sep } from 'node:path';

/** Every file in the folders that hold `paths` (not recursive); unreadable folders are skipped. */
export async function filesBeside(paths: readonly string[]): Promise<string[]> {
  const folders = [...new Set(paths.map((path) => dirname(path)))];
  const listings = await Promise.all(
    folders.map(async (folder) => {
      try {
        const entries = await readdir(folder, { withFileTypes: true });
        // Not join(): it normalises every path again, which a folder of thousands of records feels.
        const prefix = folder === '.' ? '' : folder.endsWith(sep) ? folder : folder + sep;
        return entries.filter((entry) => entry.isFile()).map((entry) => prefix + entry.name);
      } catch {
        return [];
      }
    }),
  );
  return listings.flat();
}
