import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceIndex } from '../core';
import type { LogLine } from '../core/i18n/serverMessages';
import { sourceDocuments } from '../lsp/convert';
import { sourcePaths } from '../node/files';
import type { NewsproofSettings } from '../node/settings';
import { draftIndexOf, sourceSetKey } from '../node/sources/draftSources';
import { Cancelled, loadSourceIndex, skippedMessage, type LoadedSources } from '../node/sources/loadSourceIndex';

/** A source index with its sources as documents, for the positions of related information. */
export interface LoadedIndex {
  index: SourceIndex;
  sourceDocs: ReturnType<typeof sourceDocuments>;
}

export interface SourceLoaderEvents {
  /** Sources read so far, of all listed; `total` 0 when the load is over. */
  progress(done: number, total: number): void;
  problems(problems: string[]): void;
  log(line: LogLine): void;
}

/** How many sets of sources a worker keeps in memory (one per workspace folder or config in use). */
const MAX_SOURCE_SETS = 4;

/**
 * A worker's sources: read with the on-disk digest cache (so the second worker to read them finds them digested),
 * kept while the settings stay the same, and re-read only for the files that changed on disk. A draft's front matter
 * `sources:` narrows them for that draft.
 */
export class SourceLoader {
  /** Per set of settings (a workspace folder's, a config file's), its sources; the most recently used last. */
  private readonly loads = new Map<string, { loaded: Promise<LoadedSources>; changed: Set<string> }>();
  private cancelRequested = false;
  private readonly docsOf = new WeakMap<SourceIndex, LoadedIndex>();

  constructor(private readonly cacheFolder: string | undefined, private readonly events: SourceLoaderEvents) {}

  /** Files created, changed or deleted on disk: the next load of each set re-reads them. */
  filesChanged(paths: string[]): void {
    for (const { changed } of this.loads.values()) for (const path of paths) changed.add(path);
  }

  /** The user cancelled indexing: the running load stops, and what was read before stays in use. */
  cancel(): void {
    this.cancelRequested = true;
  }

  /** Forgets the sources: the next load reads every file again (from the cache where unchanged). */
  reset(): void {
    this.loads.clear();
  }

  /** The loaded sources for these settings: the same promise while the settings and files stay the same. */
  load(settings: NewsproofSettings, baseFolder: string): Promise<LoadedSources> {
    const patterns = sourcePaths(settings, baseFolder);
    const key = sourceSetKey(settings, baseFolder);
    const current = this.loads.get(key);
    this.loads.delete(key);
    if (current && current.changed.size === 0) {
      this.loads.set(key, current);
      return current.loaded;
    }
    const entry = { loaded: this.run(patterns, settings, baseFolder, current?.loaded, current?.changed ?? new Set()), changed: new Set<string>() };
    this.loads.set(key, entry);
    // Multi-root workspaces keep a few sets at once; an edited config leaves its old set to be dropped here.
    for (const old of [...this.loads.keys()].slice(0, -MAX_SOURCE_SETS)) this.loads.delete(old);
    // A load that failed is not kept: the next check tries again.
    entry.loaded.catch(() => {
      if (this.loads.get(key) === entry) this.loads.delete(key);
    });
    return entry.loaded;
  }

  /** The index a draft is checked against: all sources, or those its front matter names. */
  async indexFor(settings: NewsproofSettings, baseFolder: string, draft?: { uri: string; text: string }): Promise<LoadedIndex> {
    const sources = await this.load(settings, baseFolder);
    const { index } = draft ? this.narrowedFor(sources, draft, settings, baseFolder) : sources;
    let loaded = this.docsOf.get(index);
    if (!loaded) this.docsOf.set(index, (loaded = { index, sourceDocs: sourceDocuments(index) }));
    return loaded;
  }

  private narrowedFor(sources: LoadedSources, draft: { uri: string; text: string }, settings: NewsproofSettings, baseFolder: string): { index: SourceIndex } {
    const folder = draft.uri.startsWith('file:') ? dirname(fileURLToPath(draft.uri)) : baseFolder;
    const narrowed = draftIndexOf(sources, draft.text, folder, settings.names);
    if (narrowed.unmatched.length) this.events.problems(narrowed.unmatched.map((entry) => `${draft.uri}: the front matter's sources entry "${entry}" matches no indexed source.`));
    return narrowed;
  }

  private async run(patterns: string[], settings: NewsproofSettings, baseFolder: string, previous: Promise<LoadedSources> | undefined, changed: Set<string>): Promise<LoadedSources> {
    const before = previous ? await previous.catch(() => undefined) : undefined;
    this.cancelRequested = false;
    try {
      const loaded = await loadSourceIndex({
        patterns,
        exclude: settings.sourcesExclude,
        baseFolder,
        glossary: settings.names,
        ...(this.cacheFolder ? { cacheFolder: this.cacheFolder } : {}),
        previous: before,
        changed: before ? changed : undefined,
        isCancelled: () => this.cancelRequested,
        progress: (done, total) => this.events.progress(done, total),
      });
      // Each skipped file goes to the Output channel; the user sees one notification for all of them.
      for (const s of loaded.skipped) this.events.log(skippedMessage(s));
      const skippedNote = loaded.skipped.length ? [`${loaded.skipped.length} source file${loaded.skipped.length === 1 ? ' was' : 's were'} skipped (binary, empty, too large, unreadable or a PDF without text); the Output channel names them.`] : [];
      if (loaded.problems.length || skippedNote.length) this.events.problems([...loaded.problems, ...skippedNote]);
      const { stats, index, counts } = loaded;
      this.events.log((say) => say.indexedSources({ sources: index.sources.length, ...stats, ...counts, names: index.names.entries.length }));
      return loaded;
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      // Kept as the result for these settings: typing on must not start the indexing the user just cancelled.
      this.events.log((say) => say.indexingCancelled);
      return before ?? loadSourceIndex({ patterns: [], baseFolder });
    } finally {
      this.events.progress(0, 0);
    }
  }
}

/** The sources for these settings, read once without a cache: for tests and benchmarks that check as a worker does. */
export async function loadIndexOnce(settings: NewsproofSettings, baseFolder: string): Promise<LoadedIndex> {
  return new SourceLoader(undefined, { progress() {}, problems() {}, log() {} }).indexFor(settings, baseFolder);
}
