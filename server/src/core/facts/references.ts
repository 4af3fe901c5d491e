import type { NameKind, NameMention } from '../types';
import { FOUNDER_WORDS } from '../names/founderWords';
import type { CarriedContext, CarriedName, ContextOrigin } from './fact';
import { REFERENCE_WORDS } from '../names/referenceWords';
import { PAST_COPULAS, PRESENT_COPULAS } from './tenseWords';

export { REFERENCE_WORDS } from '../names/referenceWords';

const WORD = /[\p{L}'’-]+/gu;

/**
 * Words that open a sentence pointing back to what its section is about, where the section says it in its heading
 * (glossary and encyclopedia entries): "It is worth …", "The company trained …", „Es kostete …“, „Das Unternehmen …“.
 */
const SECTION_OPENERS = [
  'it', 'its', 'they', 'their', 'the company', 'the firm', 'the start-up', 'the model', 'the index', 'the initiative', 'the project',
  'es', 'er', 'sie', 'sein', 'seine', 'ihr', 'ihre', 'das unternehmen', 'die firma', 'der konzern', 'das start-up', 'das modell', 'der index', 'die initiative', 'das projekt',
];
const OPENS_WITH_REFERENCE = new RegExp(`^[\\s*_>|-]*(?:${SECTION_OPENERS.map((w) => w.replace(/[-\s]/g, (c) => (c === '-' ? '-' : '\\s+'))).join('|')})(?![\\p{L}])`, 'iu');

/**
 * Whom a sentence that opens by pointing back is about, where its section's heading is one name ("## Project
 * Stargate") and the nearest names of that kind were only named in passing ("… launched at the same time as the DeepSeek
 * sell-off. It is worth …"): the entry's name. A name that opened a sentence before is still what "it" means.
 */
export function entrySubject(text: string, candidates: CarriedContext['names'], carried: CarriedContext): CarriedName | undefined {
  if (!OPENS_WITH_REFERENCE.test(text)) return undefined;
  const entry = carried.names.find((n) => n.entry && n.from === 'heading');
  if (!entry || !candidates.some((n) => n.canonical === entry.canonical)) return undefined;
  const nearer = candidates.filter((n) => n.from !== 'heading');
  const nearest = nearer.filter((n) => n.distance === nearer[0]?.distance);
  return nearest.every((n) => n.passing) ? entry : undefined;
}

/**
 * What an organisation can be named as that is no company, so "das Unternehmen", "the company" do not point to it:
 * "den Hedgefonds High-Flyer", "die Nachrichtenagentur Reuters", "the hedge fund High-Flyer". German compounds end in
 * one of them ("Staatsfonds", "Nachrichtenagentur").
 */
const OTHER_SORTS = ['fonds', 'fund', 'agentur', 'agency', 'regierung', 'government', 'ministerium', 'ministry', 'universität', 'university', 'akademie', 'academy', 'institut', 'institute', 'zeitung', 'newspaper', 'magazin', 'magazine', 'behörde', 'authority', 'börse', 'exchange', 'index'];

/** Whether a noun names an organisation as something other than a company ("Hedgefonds", "fund", "Nachrichtenagentur"). */
export function isOtherSort(noun: string): boolean {
  const word = noun.toLowerCase();
  return OTHER_SORTS.some((sort) => word === sort || (word.endsWith(sort) && /^\p{Lu}/u.test(noun)));
}

/** "der Chipkonzern", "den Softwareriesen", "des Chipherstellers": a German compound ending in a word for a company. */
const COMPANY_COMPOUND = /^\p{L}{3,}(?:konzerns?|unternehmens?|firma|riesen?|herstellers?)$/u;

/**
 * What every reference word and compound holds, case folded as `toLowerCase` can only match more: a clause without any
 * (most) refers back to nothing, without a word split off and lowered.
 */
const MAY_REFER = /firm|unternehmen|start-?up|konzern|company|gründer|founder|chef|ceo|index|model|chatbot|riese|hersteller|(?<![a-z])he(?![a-z])/iu;

/** The kinds of name the words of a clause refer back to, in order of first mention. */
export function referencedKinds(clause: string): NameKind[] {
  const kinds: NameKind[] = [];
  if (!MAY_REFER.test(clause)) return kinds;
  for (const m of clause.matchAll(WORD)) {
    const word = m[0].toLowerCase().replace('’', "'");
    const kind = REFERENCE_WORDS[word] ?? (COMPANY_COMPOUND.test(word) && /^\p{Lu}/u.test(m[0]) ? 'organisation' : undefined);
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * The name words of `kind` point back to: the nearest carried name of that kind, not one the story only contrasts
 * with ("The company also put out …" after "OpenAI, for its part, spent …") nor one named as another sort of thing;
 * further back than the paragraph before,
 * the last of its kind in the document, as weakly as a heading's.
 */
export function referentOf(kind: NameKind, carried: CarriedContext): { name: CarriedName; from: ContextOrigin } | undefined {
  // "das Unternehmen" after "den Hedgefonds High-Flyer" is no hedge fund.
  const fits = (n: CarriedName) => n.kind === kind && !n.otherSort;
  // Nor one only named as what something was measured against ("auf dem Niveau von OpenAI o1. Mit seinen 671 Milliarden
  // Parametern ist es …").
  const referent = carried.names.find((n) => fits(n) && !n.aside && !n.comparand) ?? carried.names.find((n) => fits(n) && !n.comparand) ?? carried.names.find(fits);
  if (referent) return { name: referent, from: 'reference' };
  const distant = kind === 'organisation' ? carried.lastCompany : carried.lastOfKind?.[kind];
  return distant ? { name: distant, from: 'heading' } : undefined;
}

/**
 * The person a sentence names as the founder: right after the word ("Its founder, Liang Wenfeng", "DeepSeek-Gründer
 * Liang Wenfeng", "der Gründer Liang Wenfeng") or set off after the name ("Liang Wenfeng, the founder of DeepSeek").
 */
export function founderNamed(text: string, names: readonly NameMention[]): NameMention | undefined {
  return names.find((n) => n.entry.kind === 'person' && (FOUNDER_RIGHT_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start)) || FOUNDER_SET_OFF_AFTER.test(text.slice(n.end, n.end + 30)) ||
    (FOUNDER_IS_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start)) && !NAME_GOES_ON.test(text.slice(n.end, n.end + 3)))));
}
// "The founder is Liang Wenfeng", but not "The founder was Li Qiang's guest" nor „… war Li Qiangs Gast“.
const FOUNDER_IS_BEFORE = new RegExp(`(?:${FOUNDER_WORDS.join('|')})\\s+(?:${[...PRESENT_COPULAS, ...PAST_COPULAS].join('|')})\\s+$`, 'iu');
const NAME_GOES_ON = /^(?:['’]s|s(?![\p{L}])|\p{L})/u;
const FOUNDER_RIGHT_BEFORE = new RegExp(`(?:${FOUNDER_WORDS.join('|')})(?:-|,?\\s+)$`, 'iu');
const FOUNDER_SET_OFF_AFTER = new RegExp(`^,\\s+(?:the\\s+|der\\s+|die\\s+)?(?:[\\p{L}-]+-)?(?:${FOUNDER_WORDS.join('|')})(?![\\p{L}])`, 'iu');
