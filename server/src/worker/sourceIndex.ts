import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceIndex } from '../core';
import { sourceDocuments } from '../lsp/convert';
import { sourcePaths } from '../node/files';
import type { NewsproofSettings } from '../node/settings';
import { draftSourcesOf, narrowSources } from '../node/sources/draftSources';
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
  log(message: string): void;
}

/**
 * A worker's sources: read with the on-disk digest cache (so the second worker to read them finds them digested),
 * kept while the settings stay the same, and re-read only for the files that changed on disk. A draft's front matter
 * `sources:` narrows them for that draft.
 */
export class SourceLoader {
  private current: { key: string; loaded: Promise<LoadedSources> } | undefined;
  private changed = new Set<string>();
  private cancelRequested = false;
  private readonly docsOf = new WeakMap<SourceIndex, LoadedIndex>();

  constructor(private readonly cacheFolder: string | undefined, private readonly events: SourceLoaderEvents) {}

  /** Files created, changed or deleted on disk: the next load re-reads them. */
  filesChanged(paths: string[]): void {
    for (const path of paths) this.changed.add(path);
  }

  /** The user cancelled indexing: the running load stops, and what was read before stays in use. */
  cancel(): void {
    this.cancelRequested = true;
  }

  /** Forgets the sources: the next load reads every file again (from the cache where unchanged). */
  reset(): void {
    this.current = undefined;
    this.changed.clear();
  }

  /** The loaded sources for these settings: the same promise while the settings and files stay the same. */
  load(settings: NewsproofSettings, baseFolder: string): Promise<LoadedSources> {
    const patterns = sourcePaths(settings, baseFolder);
    const key = JSON.stringify([patterns, settings.sourcesExclude, settings.names, baseFolder]);
    if (this.current?.key === key && this.changed.size === 0) return this.current.loaded;
    const previous = this.current?.key === key ? this.current.loaded : undefined;
    const changed = this.changed;
    this.changed = new Set();
    const loaded = this.run(patterns, settings, baseFolder, previous, changed);
    const current = { key, loaded };
    this.current = current;
    // A load that failed is not kept: the next check tries again.
    loaded.catch(() => {
      if (this.current === current) this.current = undefined;
    });
    return loaded;
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
    const entries = draftSourcesOf(draft.text);
    if (!entries) return sources;
    const folder = draft.uri.startsWith('file:') ? dirname(fileURLToPath(draft.uri)) : baseFolder;
    const narrowed = narrowSources(sources, entries, folder, settings.names);
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
      const { stats, index } = loaded;
      this.events.log(
        `indexed ${index.sources.length} sources (${stats.analysed} analysed, ${stats.fromCache} from the cache, ${stats.fromMemory} unchanged): ${index.sentences.length} sentences, ${index.figures.length} figures, ${index.names.entries.length} names`,
      );
      return loaded;
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      // Kept as the result for these settings: typing on must not start the indexing the user just cancelled.
      this.events.log('indexing sources was cancelled; the sources read before stay in use until "Re-index Sources"');
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
