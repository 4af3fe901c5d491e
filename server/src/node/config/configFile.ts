import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseSettings, type NewsproofSettings } from '../settings';

export const CONFIG_FILE = '.newsproof.json';

/** `.newsproof.json` in `folder` or the nearest folder above it: the nearest wins, as in ESLint and markdownlint-cli2. */
export function findConfigFile(folder: string): string | undefined {
  let dir = resolve(folder);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface ConfigFileContents {
  /** The valid options, `sources` made absolute against the file's folder. */
  settings: Partial<NewsproofSettings>;
  problems: string[];
  /** Not JSON (with comments), or unreadable: nothing in it could be used. */
  broken: boolean;
  /** Why it is broken: "is not valid JSON (line 2, column 5: …)". */
  why?: string;
}

/** What a broken file means for the settings: ignored, or (in the server, once it was good) the last good ones kept. */
export function brokenFileMessage(file: string, what: string, keepsLastGood: boolean): string {
  return `${file} ${what}; Newsproof ${keepsLastGood ? 'keeps its last good settings' : 'ignores it'} until it is fixed.`;
}

/** Reads `.newsproof.json` as JSONC (comments and trailing commas allowed) and validates it. */
export function readConfigFile(file: string): ConfigFileContents {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return broken(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const errors: ParseError[] = [];
  const raw: unknown = parse(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const { error, offset } = errors[0];
    const before = text.slice(0, offset).split('\n');
    const where = `line ${before.length}, column ${before[before.length - 1].length + 1}: ${printParseErrorCode(error)}`;
    return broken(file, `is not valid JSON (${where})`);
  }
  const { settings, problems } = parseSettings(raw, file);
  if (settings.sources) settings.sources = anchorSources(settings.sources, dirname(file));
  return { settings, problems, broken: false };
}

function broken(file: string, why: string): ConfigFileContents {
  return { settings: {}, problems: [brokenFileMessage(file, why, false)], broken: true, why };
}

/**
 * `sources` entries made absolute against the folder they were written for (the config file's, the workspace
 * folder's), so settings from several places can be merged. A bare exclusion ("!*.tmp") matches in any folder and stays.
 */
export function anchorSources(sources: string[], folder: string): string[] {
  return sources.map((s) => {
    if (!s.startsWith('!')) return resolve(folder, s);
    const pattern = s.slice(1);
    return pattern.includes('/') ? `!${resolve(folder, pattern)}` : s;
  });
}
