import { sourcePaths, usesBundledSources } from '../node/files';
import type { NewsproofSettings } from '../node/settings';
import { listSourceFiles } from '../node/sources/listSourceFiles';
import type { CliConfig } from './cliConfig';

/** `newsproof check --print-config <draft>`, in ESLint's style: what applies to this draft, and where it came from. */
export interface PrintedConfig {
  /** The nearest .newsproof.json above the draft, or null (defaults and flags only). */
  configFile: string | null;
  /** The settings in force: the file's with the flags on top; `sources` absolute. */
  settings: NewsproofSettings;
  /** Whether the bundled DeepSeek articles are among the sources. */
  bundledSources: boolean;
  /** The source files a check of this draft reads (before a front matter `sources:` narrows them). */
  sourceFiles: string[];
  /** What is wrong in the config or the sources. */
  problems: string[];
}

export function printConfig(draft: string, configs: CliConfig): PrintedConfig {
  const config = configs.forDraft(draft);
  const listed = listSourceFiles(sourcePaths(config.settings, configs.cwd), config.settings.sourcesExclude, configs.cwd);
  return {
    configFile: config.configFile ?? null,
    settings: config.settings,
    bundledSources: usesBundledSources(config.settings),
    sourceFiles: listed.files,
    problems: [...config.problems, ...listed.problems],
  };
}
