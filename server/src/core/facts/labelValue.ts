import type { NameMention } from '../types';
import { IDENTITY_LABEL_WORDS, LIST_JOINERS } from '../context/lexicon';

/** A short label at the start of an item, its colon in or after bold markup: „**Sitz:**“, "- Predecessor:". */
const YEAR = /^(?:19|20)\d\d$/u;
const LEADING_LABEL = /^[\s*_>#|-]*([\p{Lu}][\p{L}-]*(?:\s+[\p{L}-]+){0,2})[*_]*\s*:[*_]*\s*$/u;

/**
 * „**Sitz:** Santa Clara, Kalifornien“, „**Vorgänger:** V3, Dezember 2024“, "- **Headquarters:** Santa Clara",
 * "- Predecessor: V3": a name given as the value of a label that names a relation of the entry is that relation's
 * value, not what the entry's next items („**Gegründet:** 1993“) are about; those are the heading's. Not where the
 * label names what the entry itself is called („**Modell:** R1“), nor where a sentence follows the label („**Claim:**
 * DeepSeek trained R1 for …“): a value is names, years and the words joining them. Within its own block the value is
 * still what the sentences after it go on about („Answer: Broadcom. It dropped 6.58%“).
 */
export function isLabelValue(text: string, name: NameMention): boolean {
  const label = LEADING_LABEL.exec(text.slice(0, name.start))?.[1];
  if (!label) return false;
  const words = label.toLowerCase().split(/\s+/);
  if (words.some((w) => IDENTITY_LABEL_WORDS.has(w))) return false;
  // „H800 (für China gedrosselt) und A100“: an aside in parentheses is no part of the value's own words.
  const value = text.slice(name.start).replace(/\([^)]*\)/gu, ' ');
  // "For the record: Nvidia −7.82%, Broadcom −6.58%": a name followed by its own figure is that figure's subject; only a
  // year may date the value („V3, Dezember 2024“).
  return value.split(/[\s,;.]+/u).map((w) => w.replace(/^[*_"„“]+|[*_"“”]+$/gu, '')).filter((w) => w.length > 0).every((w) => /^\p{Lu}/u.test(w) || YEAR.test(w) || LIST_JOINERS.has(w.toLowerCase()));
}
