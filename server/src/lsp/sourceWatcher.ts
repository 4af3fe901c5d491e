import { watch, type FSWatcher } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification, WatchKind, type ClientCapabilities, type Connection, type FileEvent,
} from 'vscode-languageserver/node';
import { isDynamicPattern } from 'tinyglobby';
import type { LogLine } from '../core/i18n/serverMessages';
import { SOURCE_EXTENSIONS } from '../node/sources/listSourceFiles';

const SOURCE_FILE = new RegExp(`\\.(${SOURCE_EXTENSIONS.join('|')})$`, 'i');

/** Re-reading waits this long after the last change on disk, so a folder copied in is read once. */
const CHANGE_DEBOUNCE_MS = 150;

/**
 * Watches the folders the sources are in and says which source files were created, changed or deleted on disk. The
 * client watches the files when it can (`workspace/didChangeWatchedFiles`, registered here); otherwise the server
 * watches them itself. The check workers then re-read only those files.
 */
export class SourceWatcher {
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
      log: (line: LogLine) => void;
      /** Source files changed on disk (a burst of changes at once): read them again, check the drafts again. */
      onChanged: (paths: string[]) => void;
    },
  ) {}

  initialize(capabilities: ClientCapabilities): void {
    this.clientWatches = Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    this.relativePatterns = Boolean(capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport);
  }

  /** Source files created, changed or deleted on disk (workspace/didChangeWatchedFiles, given by the server): re-read those, then let the drafts be checked again. */
  filesChanged(changes: FileEvent[]): void {
    const relevant = changes.map((c) => (c.uri.startsWith('file:') ? fileURLToPath(c.uri) : undefined)).filter((p): p is string => Boolean(p && this.isSourceFile(p)));
    if (!relevant.length) return;
    const fresh = relevant.filter((path) => !this.changed.has(path));
    if (fresh.length) this.options.log((say) => say.sourceFilesChanged(fresh));
    for (const path of relevant) this.changed.add(path);
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      const paths = [...this.changed];
      this.changed.clear();
      this.options.onChanged(paths);
    }, CHANGE_DEBOUNCE_MS);
  }

  private isSourceFile(path: string): boolean {
    return SOURCE_FILE.test(path);
  }

  /**
   * Watchers for the folders the sources are in (absolute paths, folders or globs): the client's where it can (VS Code
   * then also sees changes made in its own editors), and always the server's own, since a client's watcher may miss
   * changes made by other programs (seen with code-server). Events from both land in one set, so a change is read once.
   */
  watch(patterns: string[]): void {
    const key = JSON.stringify(patterns);
    if (this.watchedKey === key) return;
    this.watchedKey = key;
    const roots = watchRoots(patterns);
    if (this.clientWatches) {
      const files = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;
      const globPattern = (root: string) => (this.relativePatterns ? { baseUri: pathToFileURL(root).href, pattern: files } : `${root.split(sep).join('/')}/${files}`);
      const previous = this.clientRegistration;
      void previous?.then((registration) => registration?.dispose());
      this.clientRegistration = this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: roots.map((root) => ({ globPattern: globPattern(root), kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete })) })
        .catch((error: unknown) => {
          this.options.log((say) => say.clientCannotWatchSources(String(error)));
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
        this.options.log((say) => say.cannotWatchSources(root, (error as NodeJS.ErrnoException).code ?? String(error)));
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
