import { watch, type FSWatcher } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification, WatchKind, type ClientCapabilities, type Connection, type FileEvent, type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { isDynamicPattern } from 'tinyglobby';
import type { GlossaryName } from '../core';
import { defaultCacheFolder } from '../node/sources/digestCache';
import { SOURCE_EXTENSIONS } from '../node/sources/listSourceFiles';
import { Cancelled, loadSourceIndex, skippedMessage, type LoadedSources } from '../node/sources/loadSourceIndex';

export interface SourceSettings {
  /** Absolute paths, folders or globs (see node/files sourcePaths). */
  patterns: string[];
  exclude: string[];
  glossary: GlossaryName[];
}

/** Re-reading waits this long after the last change on disk, so a folder copied in is read once. */
const CHANGE_DEBOUNCE_MS = 150;

/**
 * The language server's source index: loaded with the on-disk cache and work-done progress ("Indexing sources
 * 812/2,000", cancellable), kept in memory, and re-read when source files change on disk, only for the files that
 * changed. The client watches the files when it can (`workspace/didChangeWatchedFiles`, registered here); otherwise
 * the server watches them itself.
 */
export class SourceIndexService {
  private current: { key: string; loaded: Promise<LoadedSources> } | undefined;
  private changed = new Set<string>();
  private changeTimer: NodeJS.Timeout | undefined;
  private watchedKey: string | undefined;
  private ownWatchers: FSWatcher[] = [];
  private clientWatches = false;
  /** LSP 3.17 relative patterns: VS Code then watches folders outside the workspace too. */
  private relativePatterns = false;
  private clientRegistration: Promise<{ dispose(): void } | undefined> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly options: {
      log: (message: string) => void;
      reportOnce: (problems: string[]) => void;
      /** The index changed after files changed on disk: open drafts should be checked again. */
      onIndexChanged: () => void;
      /** The extension's storage folder (from the client); else the user's cache folder. */
      storageFolder?: string;
    },
  ) {}

  get cacheFolder(): string {
    return this.options.storageFolder ? join(this.options.storageFolder, 'source-cache') : defaultCacheFolder();
  }

  initialize(capabilities: ClientCapabilities): void {
    this.clientWatches = Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    this.relativePatterns = Boolean(capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport);
    this.connection.onDidChangeWatchedFiles(({ changes }) => this.filesChanged(changes));
  }

  /** The loaded sources for these settings: the same promise while the settings and files stay the same. */
  load(settings: SourceSettings, baseFolder: string): Promise<LoadedSources> {
    const key = JSON.stringify([settings.patterns, settings.exclude, settings.glossary]);
    if (this.current?.key === key && this.changed.size === 0) return this.current.loaded;
    const previous = this.current?.key === key ? this.current.loaded : undefined;
    const changed = this.changed;
    this.changed = new Set();
    const loaded = this.run(settings, baseFolder, previous, changed);
    const current = { key, loaded };
    this.current = current;
    // A load that failed is not kept: the next check tries again.
    loaded.catch(() => {
      if (this.current === current) this.current = undefined;
    });
    this.watch(settings, key);
    return loaded;
  }

  /** Forgets the index: the next load reads every file again (from the cache where unchanged). */
  reset(): void {
    this.current = undefined;
    this.changed.clear();
  }

  private async run(settings: SourceSettings, baseFolder: string, previous: Promise<LoadedSources> | undefined, changed: Set<string>): Promise<LoadedSources> {
    const before = previous ? await previous.catch(() => undefined) : undefined;
    // Progress only for a corpus worth it: created at the first report of 20 files or more.
    let reporter: WorkDoneProgressServerReporter | undefined;
    let creating: Promise<void> | undefined;
    let latest = '';
    try {
      const loaded = await loadSourceIndex({
        patterns: settings.patterns,
        exclude: settings.exclude,
        baseFolder,
        glossary: settings.glossary,
        cacheFolder: this.cacheFolder,
        previous: before,
        changed: before ? changed : undefined,
        isCancelled: () => Boolean(reporter?.token.isCancellationRequested),
        progress: (done, total) => {
          if (total < 20) return;
          latest = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
          if (reporter) reporter.report(Math.floor((done / total) * 100), latest);
          creating ??= this.connection.window.createWorkDoneProgress().then(
            (created) => {
              reporter = created;
              created.begin('Indexing sources', 0, latest, true);
            },
            () => undefined,
          );
        },
      });
      // Each skipped file goes to the Output channel; the user sees one notification for all of them.
      for (const s of loaded.skipped) this.options.log(skippedMessage(s));
      const skippedNote = loaded.skipped.length ? [`${loaded.skipped.length} source file${loaded.skipped.length === 1 ? ' was' : 's were'} skipped (binary, empty, too large, unreadable or a PDF without text); the Output channel names them.`] : [];
      this.options.reportOnce([...loaded.problems, ...skippedNote]);
      const { stats, index } = loaded;
      this.options.log(
        `indexed ${index.sources.length} sources (${stats.analysed} analysed, ${stats.fromCache} from the cache, ${stats.fromMemory} unchanged): ${index.sentences.length} sentences, ${index.figures.length} figures, ${index.names.entries.length} names`,
      );
      return loaded;
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      // Kept as the result for these settings: typing on must not start the indexing the user just cancelled.
      this.options.log('indexing sources was cancelled; the sources read before stay in use until "Re-index Sources"');
      return before ?? loadSourceIndex({ patterns: [], baseFolder });
    } finally {
      await creating;
      reporter?.report(100, latest);
      reporter?.done();
    }
  }

  /** Source files created, changed or deleted on disk: re-read those, then let the drafts be checked again. */
  filesChanged(changes: FileEvent[]): void {
    const relevant = changes.map((c) => (c.uri.startsWith('file:') ? fileURLToPath(c.uri) : undefined)).filter((p): p is string => Boolean(p && this.isSourceFile(p)));
    const fresh = relevant.filter((path) => !this.changed.has(path));
    if (!relevant.length) return;
    if (fresh.length) this.options.log(`source file${fresh.length === 1 ? '' : 's'} changed on disk: ${fresh.slice(0, 3).join(', ')}${fresh.length > 3 ? ', …' : ''}`);
    for (const path of relevant) this.changed.add(path);
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.options.onIndexChanged(), CHANGE_DEBOUNCE_MS);
  }

  private isSourceFile(path: string): boolean {
    return new RegExp(`\\.(${SOURCE_EXTENSIONS.join('|')})$`, 'i').test(path);
  }

  /**
   * Watchers for the folders the sources are in: the client's where it can (VS Code then also sees changes made in
   * its own editors), and always the server's own, since a client's watcher may miss changes made by other programs
   * (seen with code-server). Events from both land in one set of changed files, so a change is read once.
   */
  private watch(settings: SourceSettings, key: string): void {
    if (this.watchedKey === key) return;
    this.watchedKey = key;
    const roots = watchRoots(settings.patterns);
    if (this.clientWatches) {
      const files = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;
      const globPattern = (root: string) => (this.relativePatterns ? { baseUri: pathToFileURL(root).href, pattern: files } : `${root.split(sep).join('/')}/${files}`);
      const previous = this.clientRegistration;
      void previous?.then((registration) => registration?.dispose());
      this.clientRegistration = this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: roots.map((root) => ({ globPattern: globPattern(root), kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete })) })
        .catch((error: unknown) => {
          this.options.log(`the client cannot watch the sources (${String(error)})`);
          return undefined;
        });
    }
    for (const w of this.ownWatchers) w.close();
    this.ownWatchers = [];
    for (const root of roots) {
      try {
        const watcher = watch(root, { recursive: true }, (_event, file) => {
          if (file) this.filesChanged([{ uri: pathToFileURL(resolve(root, file.toString())).href, type: 2 }]);
        });
        watcher.on('error', () => watcher.close());
        this.ownWatchers.push(watcher);
      } catch (error) {
        this.options.log(`cannot watch ${root} (${(error as NodeJS.ErrnoException).code ?? String(error)}); changes there need "Re-index Sources"`);
      }
    }
  }

  dispose(): void {
    for (const w of this.ownWatchers) w.close();
  }
}

/** The folders to watch: a folder itself, a file's folder, a glob's part before its first wildcard. */
export function watchRoots(patterns: string[]): string[] {
  const roots = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    if (isDynamicPattern(pattern)) {
      const parts = pattern.split(/[\\/]/);
      const fixed = parts.slice(0, parts.findIndex((p) => isDynamicPattern(p)));
      roots.add(fixed.join(sep) || sep);
    } else roots.add(/\.[a-z]{2,8}$/i.test(pattern) ? dirname(pattern) : pattern);
  }
  // A folder inside another watched folder needs no watcher of its own.
  const sorted = [...roots].sort();
  return sorted.filter((r) => !sorted.some((o) => o !== r && r.startsWith(o + sep)));
}
