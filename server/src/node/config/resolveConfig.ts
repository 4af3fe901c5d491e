import { DEFAULT_SETTINGS, type NewsproofSettings } from '../settings';
import type { ConfigFiles } from './configFiles';

/** The settings that apply to one draft, and where they came from. */
export interface ResolvedConfig {
  settings: NewsproofSettings;
  /** The nearest `.newsproof.json` at or above the draft's folder, if there is one. */
  configFile?: string;
  /** What is wrong in that file: each a message that says what to change. */
  problems: string[];
}

/** The layers under and over the config file; each has its `sources` made absolute already. */
export interface ConfigLayers {
  /** The VS Code settings: under the file, so the editor shows what the CLI in CI shows. */
  editor?: Partial<NewsproofSettings>;
  /** Command-line flags: over everything. */
  overrides?: Partial<NewsproofSettings>;
  /** `--sources`: added to the file's sources, not replacing them. */
  extraSources?: string[];
}

/**
 * The settings for drafts in `folder`, in this order of precedence: command-line flags, then the nearest
 * `.newsproof.json`, then the VS Code settings, then the defaults. `rules` merge per rule; other options replace.
 */
export function resolveConfig(files: ConfigFiles, folder: string, layers: ConfigLayers = {}): ResolvedConfig {
  const configFile = files.configFor(folder);
  const fromFile = configFile ? files.read(configFile) : { settings: {}, problems: [] };
  const settings = mergeSettings([DEFAULT_SETTINGS, layers.editor ?? {}, fromFile.settings, layers.overrides ?? {}]);
  if (layers.extraSources?.length) settings.sources = [...settings.sources, ...layers.extraSources];
  return { settings, ...(configFile ? { configFile } : {}), problems: fromFile.problems };
}

function mergeSettings(layers: Array<Partial<NewsproofSettings>>): NewsproofSettings {
  const merged = { ...DEFAULT_SETTINGS };
  for (const layer of layers) Object.assign(merged, layer, { rules: { ...merged.rules, ...layer.rules } });
  return merged;
}
