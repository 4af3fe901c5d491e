import { FUNCTION_WORDS } from '../names/wordLists';
import { isVariantWord } from '../names/versions';
import { MONTHS } from '../text/months';

/** "2.0", "3.5", "3", "4": how a product's version is numbered. */
const VERSION = /^(?:\d\.\d|\d{1,2})$/;
/** The capitalised word right before, one space apart: "Gemini 2.0", "Claude 3.5", "Llama 4". */
const NAME_BEFORE = /(?:^|[\s(|/„“"'‘])(\p{Lu}[\p{L}\d-]*)[ ]$/u;
/** The capitalised word right after, one space apart ("2.0 Flash", "3 Opus"), or glued by a hyphen ("2.5-Max"). */
const VARIANT_AFTER = /^([ -])(\p{Lu}\p{Ll}*)(?![\p{L}\d])/u;
/** Words a number after them ranks or numbers, not versions: "Platz 1 Pro", "Top 3 Mini", "Phase 2 Preview". */
const NUMBERING = /^(?:rang|platz|position|nummer|nr|no|top|rank|place|spot|number|seite|page|kapitel|chapter|phase|stufe|level|teil|part|folge|episode|staffel|season|runde|round|tag|day|woche|week|quartal|quarter|q)$/iu;

/**
 * "Gemini 2.0 Flash", "Claude 3.5 Sonnet", "Claude 3 Opus", "Qwen 2.5-Max": a version number between a capitalised
 * name and a word that names a model's variant (names/versions.ts) is part of the product's name, whether or not any
 * source knows the name; no figure. A number before any other word stays one: "Google 4 Satelliten", "Nvidia 3
 * Rechenzentren", "Nvidia 7.82 Percent". Glued to the variant by a hyphen, only a decimal version is one ("2.5-Max").
 */
export function isVersionInName(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (!VERSION.test(written)) return false;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = VARIANT_AFTER.exec(text.slice(end, end + 40));
  // "Plus" is a German noun and an English conjunction before it is a variant: "Nvidia 3 Plus" is no name.
  if (!before || !after || !isVariantWord(after[2]) || after[2] === 'Plus') return false;
  if (after[1] === '-' && !written.includes('.')) return false;
  // A headline in title case ("DeepSeek Releases 7 Small Models") capitalises every word: a whole version followed by
  // another capitalised word is a count there.
  if (!written.includes('.') && /^\s+\p{Lu}/u.test(text.slice(end + after[0].length, end + after[0].length + 3))) return false;
  const first = before[1].toLowerCase();
  return !FUNCTION_WORDS.has(first) && !MONTHS.has(first) && !NUMBERING.test(first);
}
