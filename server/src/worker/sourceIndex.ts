import { buildSourceIndex, type SourceIndex } from '../core';
import { sourceDocuments } from '../lsp/convert';
import { loadSources, sourcePaths } from '../node/files';
import type { NewsproofSettings } from '../node/settings';

export interface LoadedIndex {
  key: string;
  index: SourceIndex;
  sourceDocs: ReturnType<typeof sourceDocuments>;
  sources: number;
  problems: string[];
}

export function sourceIndexKey(settings: NewsproofSettings, baseFolder: string): string {
  return JSON.stringify([sourcePaths(settings, baseFolder), settings.names]);
}

/** The one call that turns settings into a source index: a cached or watching loader takes its place here. */
export function loadSourceIndex(settings: NewsproofSettings, baseFolder: string): LoadedIndex {
  const { inputs, problems } = loadSources(sourcePaths(settings, baseFolder));
  const index = buildSourceIndex(inputs, settings.names);
  return { key: sourceIndexKey(settings, baseFolder), index, sourceDocs: sourceDocuments(index), sources: inputs.length, problems };
}
