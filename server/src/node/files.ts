import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceInput } from '../core';
import { parseSettings, type NewsproofSettings } from './settings';

export const CONFIG_FILE = '.newsproof.json';
const SOURCE_FILE = /\.(txt|md|markdown)$/i;

/** The two DeepSeek articles that ship with Newsproof, next to the bundled server and CLI (server/out/ → samples/sources). */
export function bundledSourcesFolder(): string {
  const candidates = [resolve(__dirname, '..', '..', 'samples', 'sources'), resolve(__dirname, '..', '..', '..', 'samples', 'sources')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

export interface LoadedSources {
  inputs: SourceInput[];
  /** One clear message per source that could not be read; the others still load. */
  problems: string[];
}

export function sourcePaths(settings: Pick<NewsproofSettings, 'sources' | 'bundledSources'>, baseFolder: string): string[] {
  const own = settings.sources.map((s) => resolve(baseFolder, s));
  const bundled = settings.bundledSources === 'always' || (settings.bundledSources === 'auto' && own.length === 0);
  return bundled ? [bundledSourcesFolder(), ...own] : own;
}

export function loadSources(paths: string[]): LoadedSources {
  const inputs: SourceInput[] = [];
  const problems: string[] = [];
  const files: string[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) files.push(...readdirSync(path).filter((f) => SOURCE_FILE.test(f)).sort().map((f) => join(path, f)));
      else files.push(path);
    } catch (error) {
      problems.push(`Source ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path in "sources".`);
    }
  }
  for (const file of files) {
    try {
      const text = readFileSync(file, 'utf8');
      inputs.push({ id: file.split(/[\\/]/).pop()!, uri: pathToFileURL(file).href, text });
    } catch (error) {
      problems.push(`Source ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  }
  return { inputs, problems };
}

/** Finds `.newsproof.json` in `folder` or the nearest folder above it. */
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

export function readConfigFile(file: string): { settings: Partial<NewsproofSettings>; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { settings: {}, problems: [`${file} is not valid JSON (${(error as Error).message}); Newsproof ignores it until it is fixed.`] };
  }
  return parseSettings(raw, file);
}
