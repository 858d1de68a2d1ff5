// The read-only floor: list every markdown file under a folder and read it, nothing else. No
// linter that reads the files can be faster; a warm cached run is measured against this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let bytes = 0;
function visit(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) visit(path);
    else if (entry.name.endsWith('.md')) bytes += readFileSync(path, 'utf8').length;
  }
}
visit(process.argv[2] ?? '.');
if (bytes === 0) process.exitCode = 1;
