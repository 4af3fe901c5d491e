import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh folder under the system's temporary folder, removed by `removeTempFolders` when the file's tests end. */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), `newsproof-${prefix}-`));
  made.push(folder);
  return folder;
}

export function removeTempFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}
