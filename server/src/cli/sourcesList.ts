import { pathToFileURL } from 'node:url';
import { sourceLabel, type SourceIndex } from '../core/sources';
import { cliMessages } from '../core/i18n/cliMessages';
import type { LoadedSources } from '../node/sources/loadSourceIndex';

/** One source in `newsproof sources --format json`. */
export interface SourceJson {
  id: string;
  uri: string;
  title: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  sentences: number;
  figures: number;
  names: number;
  quotations: number;
}

export interface SourcesJson {
  sources: SourceJson[];
  skipped: Array<{ path: string; reason: string }>;
}

function counts(index: SourceIndex) {
  const quotations = new Map<unknown, number>();
  for (const q of index.quotations) quotations.set(q.at.source, (quotations.get(q.at.source) ?? 0) + 1);
  return index.sources.map((source) => {
    const sentences = index.sentencesOf(source);
    return {
      source,
      sentences: sentences.length,
      names: new Set(sentences.flatMap((s) => s.facts.names.map((n) => n.entry))).size,
      figures: sentences.reduce((sum, s) => sum + s.facts.figures.length, 0),
      quotations: quotations.get(source) ?? 0,
    };
  });
}

/** `newsproof sources --format json`: each source's provenance and counts, and the files skipped with the reason. */
export function sourcesJson(loaded: LoadedSources, displayPath: (uri: string) => string): SourcesJson {
  const languages = new Map([...loaded.digests.values()].map(({ digest }) => [digest.source, digest.language]));
  return {
    sources: counts(loaded.index).map(({ source, ...n }) => ({
      id: displayPath(source.input.uri),
      uri: source.input.uri,
      title: source.title,
      url: source.url ?? null,
      outlet: source.outlet ?? null,
      published: source.published ?? null,
      lang: languages.get(source) ?? source.lang ?? 'de',
      ...n,
    })),
    skipped: loaded.skipped.map((s) => ({ path: displayPath(pathToFileURL(s.path).href), reason: s.reason })),
  };
}

/** `newsproof sources`: what each source contributes, and the files skipped. */
export function describeSources(loaded: LoadedSources, displayPath: (uri: string) => string): string {
  const { index } = loaded;
  const rows = counts(index).map(({ source, sentences, names, figures, quotations }) => {
    const link = source.url ? `\n  ${source.url}` : '';
    return `${sourceLabel(source)}${link}\n  ${displayPath(source.input.uri)}: ${cliMessages.sourceCounts({ sentences, names, figures, quotations })}`;
  });
  const skipped = loaded.skipped.map((s) => cliMessages.skipped(displayPath(pathToFileURL(s.path).href), s.reason));
  return [...rows, ...(skipped.length ? ['', ...skipped] : []), '', cliMessages.sourcesTotal(index.sources.length, index.names.entries.length)].join('\n');
}
