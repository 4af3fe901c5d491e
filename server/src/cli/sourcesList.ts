import { pathToFileURL } from 'node:url';
import { sourceLabel, type SourceIndex } from '../core/sources';
import { cliMessages } from '../core/i18n/cliMessages';
import type { ResolvedConfig } from '../node/config/resolveConfig';
import { usesBundledSources } from '../node/files';
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
  /** Which config named these sources: its file (null: none, the defaults), and whether the bundled articles are used. */
  config: { file: string | null; sources: string[]; bundledSources: boolean };
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

/** Which config named the sources, its own sources as paths to show, and whether the bundled articles are used. */
function configJson(config: ResolvedConfig, displayPath: (uri: string) => string): SourcesJson['config'] {
  const show = (path: string) => displayPath(pathToFileURL(path).href);
  return { file: config.configFile ? show(config.configFile) : null, sources: config.settings.sources.map((s) => (s.startsWith('!') ? s : show(s))), bundledSources: usesBundledSources(config.settings) };
}

/** `newsproof sources --format json`: each source's provenance and counts, and the files skipped with the reason. */
export function sourcesJson(loaded: LoadedSources, displayPath: (uri: string) => string, config: ResolvedConfig): SourcesJson {
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
    config: configJson(config, displayPath),
  };
}

/** `newsproof sources`: which config named the sources, what each source contributes, and the files skipped. */
export function describeSources(loaded: LoadedSources, displayPath: (uri: string) => string, config: ResolvedConfig): string {
  const { index } = loaded;
  const { file, sources, bundledSources } = configJson(config, displayPath);
  const own = sources.length ? sources.join(', ') : '';
  const used = own && bundledSources ? `${own}, and the bundled articles` : own ? `${own} (the bundled articles are not used)` : 'the bundled articles';
  const configLine = `Config: ${file ?? 'none (the defaults)'}; sources: ${used}.`;
  const rows = counts(index).map(({ source, sentences, names, figures, quotations }) => {
    const link = source.url ? `\n  ${source.url}` : '';
    return `${sourceLabel(source)}${link}\n  ${displayPath(source.input.uri)}: ${cliMessages.sourceCounts({ sentences, names, figures, quotations })}`;
  });
  const skipped = loaded.skipped.map((s) => cliMessages.skipped(displayPath(pathToFileURL(s.path).href), s.reason));
  return [...rows, ...(skipped.length ? ['', ...skipped] : []), '', cliMessages.sourcesTotal(index.sources.length, index.names.entries.length), configLine].join('\n');
}
