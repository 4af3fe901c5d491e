import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileEvent } from 'vscode-languageserver/node';
import type { LogLine } from '../core/i18n/serverMessages';
import { CONFIG_FILE } from '../node/config/configFile';

/** Re-reading waits this long after the last change, so an editor's save (truncate, write) is read once. */
const CHANGE_DEBOUNCE_MS = 100;

/**
 * Watches for `.newsproof.json` being created, changed or deleted in the folders a draft's config is looked up in: the
 * draft's folder and every folder above it. The client's watcher (`**\/.newsproof.json`, sent as
 * workspace/didChangeWatchedFiles) reports too, and the server's own watchers catch what a client's may miss.
 */
export class ConfigWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly onChanged: (files: string[]) => void, private readonly log: (line: LogLine) => void) {}

  /** Watches `folder` and the folders above it (each once, without their subfolders). */
  watchFrom(folder: string): void {
    for (let dir = resolve(folder); ; dir = dirname(dir)) {
      if (!this.watchers.has(dir)) this.watchFolder(dir);
      if (dirname(dir) === dir) return;
    }
  }

  /** The config files among files changed on disk are taken; the rest (sources, say) are returned. */
  take(changes: FileEvent[]): FileEvent[] {
    const rest: FileEvent[] = [];
    for (const change of changes) {
      const path = change.uri.startsWith('file:') ? fileURLToPath(change.uri) : undefined;
      if (path && basename(path) === CONFIG_FILE) this.fileChanged(path);
      else rest.push(change);
    }
    return rest;
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private watchFolder(dir: string): void {
    try {
      const watcher = watch(dir, (_event, file) => {
        if (file?.toString() === CONFIG_FILE) this.fileChanged(join(dir, CONFIG_FILE));
      });
      watcher.on('error', () => watcher.close());
      this.watchers.set(dir, watcher);
    } catch (error) {
      // Remembered all the same: the client's watcher may still report it, and trying again at every draft is no use.
      this.watchers.set(dir, { close() {} } as FSWatcher);
      this.log((say) => say.cannotWatchConfig(dir, CONFIG_FILE, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
  }

  private fileChanged(path: string): void {
    this.changed.add(path);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const files = [...this.changed];
      this.changed.clear();
      this.onChanged(files);
    }, CHANGE_DEBOUNCE_MS);
  }
}
