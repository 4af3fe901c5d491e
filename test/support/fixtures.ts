import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSourceIndex, type SourceIndex, type SourceInput } from '../../server/src/core';

/** The repository root: tests are bundled to test/out/. */
export const ROOT = resolve(__dirname, '..', '..');
export const SOURCES = join(ROOT, 'samples', 'sources');

export function read(relativePath: string): string {
  return readFileSync(join(ROOT, relativePath), 'utf8');
}

/** The two bundled articles as the CLI reads them. */
export function bundledInputs(): SourceInput[] {
  return readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f, uri: pathToFileURL(join(SOURCES, f)).href, text: readFileSync(join(SOURCES, f), 'utf8') }));
}

let bundled: SourceIndex | undefined;
export function bundledIndex(): SourceIndex {
  bundled ??= buildSourceIndex(bundledInputs());
  return bundled;
}

/** A source beside the bundled two, as a test writes it: an article of another day, a distractor. */
export const extraSource = (id: string, text: string): SourceInput => ({ id, uri: `file:///extra/${id}`, text });

/** The bundled two and the given extra sources, indexed. */
export const withSources = (...extra: SourceInput[]): SourceIndex => buildSourceIndex([...bundledInputs(), ...extra]);
