import { brokenFileMessage, findConfigFile, readConfigFile, type ConfigFileContents } from './configFile';

/**
 * The config files a process has read, each read once until it changes on disk (the server calls `changed`). A file
 * that breaks after it was read keeps its last good settings, and the message says so; a fixed file is read again.
 */
export class ConfigFiles {
  private readonly nearest = new Map<string, string | undefined>();
  private readonly contents = new Map<string, ConfigFileContents>();
  private readonly lastGood = new Map<string, ConfigFileContents>();

  /** The config file that applies to drafts in `folder`: the nearest `.newsproof.json` at or above it. */
  configFor(folder: string): string | undefined {
    if (!this.nearest.has(folder)) this.nearest.set(folder, findConfigFile(folder));
    return this.nearest.get(folder);
  }

  read(file: string): ConfigFileContents {
    let contents = this.contents.get(file);
    if (!contents) {
      contents = readConfigFile(file);
      if (!contents.broken) this.lastGood.set(file, contents);
      else {
        const good = this.lastGood.get(file);
        if (good) contents = { ...good, problems: [brokenFileMessage(file, contents.why ?? 'is broken', true)], broken: true };
      }
      this.contents.set(file, contents);
    }
    return contents;
  }

  /** A config file was created, changed or deleted: it is read again, and the nearest file looked up again. */
  changed(file?: string): void {
    this.nearest.clear();
    if (file === undefined) this.contents.clear();
    else this.contents.delete(file);
  }
}
