import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeText } from './sources/decodeText';

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * Markdown files named directly, or found below a named folder, each once however often and however it is named
 * (`a.md ./a.md`, a folder and a file in it, a link). A folder without Markdown is a problem, as a glob that matches
 * nothing is: a run that checks no draft must not pass for a clean one.
 */
export function expandDrafts(paths: string[], cwd: string): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = realPath(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  const walk = (path: string): number => {
    let found = 0;
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) found += walk(full);
      else if (MARKDOWN.test(entry.name)) {
        add(full);
        found++;
      }
    }
    return found;
  };
  for (const path of paths) {
    try {
      if (!statSync(path).isDirectory()) add(path);
      else if (walk(path) === 0) problems.push(`${shown(path, cwd)}: no Markdown file (.md, .markdown) in this folder.`);
    } catch (error) {
      problems.push(`${shown(path, cwd)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  }
  return { files, problems };
}

/**
 * A draft's text, decoded as the sources are (UTF-8, UTF-16 with a byte order mark, Windows-1252), or why it cannot be
 * checked ("cannot be read (ENOENT)"), for a message that names the file: never a wrongly decoded text that gives
 * false findings, or none.
 */
export function readDraftFile(path: string): { text: string; encoding: string } | { problem: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const decoded = decodeText(bytes);
  return 'problem' in decoded ? { problem: `${decoded.problem}; save it as UTF-8 to check it` } : decoded;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function shown(path: string, cwd: string): string {
  return relative(cwd, path) || '.';
}
