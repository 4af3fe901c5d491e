import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** The extensions read in a folder; a file named directly is read whatever its name. */
export const SOURCE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf'];
const IN_FOLDER = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface ListedSources {
  files: string[];
  problems: string[];
}

/**
 * Source files from paths, folders (read recursively) and globs, relative to `baseFolder`, minus the exclusion globs
 * (`sourcesExclude`, and entries of `sources` that start with "!").
 */
export function listSourceFiles(patterns: string[], exclude: string[], baseFolder: string): ListedSources {
  const problems: string[] = [];
  const excluded = [...exclude, ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))];
  const userIgnore = excluded.map((p) => (p.includes('/') || p.startsWith('**') ? p : `**/${p}`));
  const ignore = [...ALWAYS_IGNORED, ...userIgnore];
  // node_modules and .git are skipped below a folder that is searched, not above it: the bundled articles of a global
  // install live in …/node_modules/newsproof/samples/sources.
  const isExcluded = picomatch(userIgnore.map((p) => p.replace(/\\/g, '/')), { dot: true });
  const isExcludedPath = (file: string) => isExcluded(file.replace(/\\/g, '/'));
  const files = new Set<string>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    if (isDynamicPattern(pattern)) {
      const matches = globSync(pattern, { cwd: baseFolder, absolute: true, ignore, dot: false }).map((m) => resolve(m)).sort();
      if (matches.length === 0) problems.push(`Sources ${pattern}: no file matches; check the glob in "sources".`);
      for (const m of matches) files.add(m);
      continue;
    }
    const path = resolve(baseFolder, pattern);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      problems.push(`Source ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path in "sources".`);
      continue;
    }
    if (!isFolder) {
      if (!isExcludedPath(path)) files.add(path);
      continue;
    }
    for (const m of globSync(IN_FOLDER, { cwd: path, absolute: true, ignore, dot: false, caseSensitiveMatch: false }).map((m) => resolve(m)).sort()) files.add(m);
  }
  // In the order given (the bundled articles first), each pattern's files sorted, each file once.
  return { files: [...files].filter((f) => !isExcludedPath(f)), problems };
}
