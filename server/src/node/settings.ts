import type { GlossaryName, LanguageSetting, RuleSettings } from '../core';
import { parseRuleLevel, suggestion } from './config/vocabulary';

/** The options shared by the VS Code settings (`newsproof.*`) and the workspace file `.newsproof.json`. */
export interface NewsproofSettings {
  enable: boolean;
  /** Source files, folders (read recursively) or globs; relative paths resolve against the workspace folder (or the config file's folder). */
  sources: string[];
  /** Globs of files under `sources` that are never read ("**\/drafts/**", "*.tmp.html"). */
  sourcesExclude: string[];
  /** Whether the bundled DeepSeek articles are used besides `sources` (default: only when `sources` is empty). */
  bundledSources: 'auto' | 'always' | 'never';
  language: LanguageSetting;
  rules: RuleSettings;
  names: GlossaryName[];
  maxHoverQuotes: number;
  /** Milliseconds after the last keystroke before a draft is checked; 0 checks at once. */
  checkDelay: number;
}

export const DEFAULT_SETTINGS: NewsproofSettings = {
  enable: true,
  sources: [],
  sourcesExclude: [],
  bundledSources: 'auto',
  language: 'auto',
  rules: {},
  names: [],
  maxHoverQuotes: 3,
  checkDelay: 250,
};

/** Options a file or the editor may set besides those above: the editor reads `quietWhileTyping`; `$schema` names the JSON schema. */
const OTHER_OPTIONS = ['quietWhileTyping', '$schema'];
export const OPTION_NAMES: readonly string[] = [...Object.keys(DEFAULT_SETTINGS), ...OTHER_OPTIONS];

/**
 * Reads untrusted settings (JSON from disk or the client) into valid ones. Every problem becomes a message that
 * says what to change; the valid rest is still used.
 */
export function parseSettings(raw: unknown, origin: string): { settings: Partial<NewsproofSettings>; problems: string[] } {
  const problems: string[] = [];
  const settings: Partial<NewsproofSettings> = {};
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems: [`${origin}: expected an object with Newsproof options.`] };
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!OPTION_NAMES.includes(key)) problems.push(`${origin}: unknown option "${key}"; ${suggestion(key, OPTION_NAMES, 'options')}`);
  if (r.enable !== undefined) {
    if (typeof r.enable === 'boolean') settings.enable = r.enable;
    else problems.push(`${origin}: "enable" must be true or false.`);
  }
  if (r.sources !== undefined) {
    if (Array.isArray(r.sources) && r.sources.every((s) => typeof s === 'string')) settings.sources = r.sources as string[];
    else problems.push(`${origin}: "sources" must be a list of file or folder paths or globs.`);
  }
  if (r.sourcesExclude !== undefined) {
    if (Array.isArray(r.sourcesExclude) && r.sourcesExclude.every((s) => typeof s === 'string')) settings.sourcesExclude = r.sourcesExclude as string[];
    else problems.push(`${origin}: "sourcesExclude" must be a list of globs.`);
  }
  if (r.bundledSources !== undefined) {
    if (r.bundledSources === 'auto' || r.bundledSources === 'always' || r.bundledSources === 'never') settings.bundledSources = r.bundledSources;
    else problems.push(`${origin}: "bundledSources" must be "auto", "always" or "never".`);
  }
  if (r.language !== undefined) {
    if (r.language === 'auto' || r.language === 'de' || r.language === 'en') settings.language = r.language;
    else problems.push(`${origin}: "language" must be "auto", "de" or "en".`);
  }
  if (r.rules !== undefined) {
    if (typeof r.rules === 'object' && r.rules && !Array.isArray(r.rules)) {
      settings.rules = {};
      for (const [code, value] of Object.entries(r.rules)) {
        const { level, problem } = parseRuleLevel(code, value, origin);
        if (level) settings.rules[code] = level;
        if (problem) problems.push(problem);
      }
    } else problems.push(`${origin}: "rules" must map rule codes to off, error, warning, information or hint.`);
  }
  if (r.names !== undefined) {
    if (Array.isArray(r.names)) {
      settings.names = [];
      for (const n of r.names) {
        if (typeof n === 'string') settings.names.push({ name: n });
        else if (n && typeof n === 'object' && typeof (n as GlossaryName).name === 'string') settings.names.push(n as GlossaryName);
        else problems.push(`${origin}: each entry of "names" must be a name or an object with a "name".`);
      }
    } else problems.push(`${origin}: "names" must be a list.`);
  }
  if (r.maxHoverQuotes !== undefined) {
    if (Number.isInteger(r.maxHoverQuotes) && (r.maxHoverQuotes as number) > 0) settings.maxHoverQuotes = r.maxHoverQuotes as number;
    else problems.push(`${origin}: "maxHoverQuotes" must be a positive whole number.`);
  }
  if (r.checkDelay !== undefined) {
    if (Number.isInteger(r.checkDelay) && (r.checkDelay as number) >= 0) settings.checkDelay = r.checkDelay as number;
    else problems.push(`${origin}: "checkDelay" must be a whole number of milliseconds, 0 or more.`);
  }
  return { settings, problems };
}
