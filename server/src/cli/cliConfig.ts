import { dirname, resolve } from 'node:path';
import type { RuleSettings } from '../core';
import { ConfigFiles } from '../node/config/configFiles';
import { resolveConfig, type ResolvedConfig } from '../node/config/resolveConfig';
import type { NewsproofSettings } from '../node/settings';

/** What the command line says about configuration: it wins over every `.newsproof.json`. */
export interface CliConfigOptions {
  language?: NewsproofSettings['language'];
  rules?: RuleSettings;
  /** `--sources`, relative to the working directory. */
  sources?: string[];
  bundledSources?: NewsproofSettings['bundledSources'];
}

/**
 * The configuration of each draft of a run: the nearest `.newsproof.json` above the draft (not the working
 * directory's), with the flags on top, so a draft gives the same findings from wherever the CLI is started.
 */
export class CliConfig {
  private readonly files = new ConfigFiles();
  private readonly overrides: Partial<NewsproofSettings>;
  private readonly extraSources: string[];

  constructor(readonly cwd: string, options: CliConfigOptions = {}) {
    this.overrides = {
      ...(options.language ? { language: options.language } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
      ...(options.bundledSources ? { bundledSources: options.bundledSources } : {}),
    };
    this.extraSources = (options.sources ?? []).map((s) => (s.startsWith('!') ? s : resolve(cwd, s)));
  }

  forDraft(file: string): ResolvedConfig {
    return this.forFolder(dirname(resolve(this.cwd, file)));
  }

  forFolder(folder: string): ResolvedConfig {
    return resolveConfig(this.files, resolve(this.cwd, folder), { overrides: this.overrides, extraSources: this.extraSources });
  }
}

/** A config's identity for grouping drafts: drafts under the same file (or none) with the same flags share their sources. */
export function configKey(config: ResolvedConfig): string {
  return config.configFile ?? '';
}
