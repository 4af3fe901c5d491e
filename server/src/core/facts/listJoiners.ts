import { categoryOf } from '../names/kindEvidence';
import { ARTICLES, LIST_MEMBER_DESCRIPTOR_PREPOSITIONS, LIST_MEMBER_NOUNS, LIST_MEMBER_PREPOSITIONS } from '../names/wordLists';

/** When names stand as the members of one list: the words between them (no sentence reading, so any module may ask). */

/** Words that join the members of one list: commas, "and", "und", "sowie", "or", "oder", "&", a slash ("HumanEval / MATH-500"). */
// A genitive or a hyphen may end each member: "Nvidias, Microsofts und Broadcoms Aktien", "Nvidia-, Microsoft- und …".
export const JOINER = /^(?:['’]?s(?![\p{L}])|-)?(?:\s*(?:\([^()]*\))?\s*(?:,|;|&|\/|\band\b|\bund\b|\bsowie\b|\bor\b|\boder\b|\bas well as\b|\bplus\b)\s*(?:(?:the|die|der|das|den|dem)\s+)?)+$/iu;

/**
 * The mentions that are members of a list: two or more names of one kind (not places) joined as one („Fire-Flyer I und
 * Fire-Flyer II“, "Nvidia and Microsoft"), each run in the order named. What a later ordinal („der zweite“, "the
 * latter") counts.
 */
export function namesJoinedAsOneList<M extends { start: number; end: number; entry: { canonical: string; kind: string } }>(text: string, names: readonly M[]): M[][] {
  const runs: M[][] = [];
  for (const m of names) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.entry.kind === m.entry.kind && joinsOneList(text.slice(last.end, m.start))) run.push(m);
    else runs.push([m]);
  }
  return runs.filter((run) => run[0].entry.kind !== 'place' && new Set(run.map((m) => m.entry.canonical)).size >= 2);
}

const MEMBER_NOUN = new RegExp(String.raw`(?:${LIST_MEMBER_NOUNS.join('|')})(?:s|es|e|n|en)?$`, 'iu');
const MEMBER_PREPOSITIONS = new Set(LIST_MEMBER_PREPOSITIONS);
const DESCRIPTOR_PREPOSITIONS = new Set(LIST_MEMBER_DESCRIPTOR_PREPOSITIONS);
const JOINING_WORDS = new Set([',', ';', '&', 'and', 'und', 'sowie', 'or', 'oder', 'plus', 'as', 'well']);

/** "Chipkonzern", "test", "maker", "Start-up": a noun that says what the name beside it is. */
const isMemberNoun = (word: string) => MEMBER_NOUN.test(word) || categoryOf(word) !== undefined;
/** "software", "coding", "kalifornischen": a lower-case word before such a noun, that is no joiner, article or preposition. */
const isModifier = (word: string) => /^\p{Ll}[\p{L}-]*$/u.test(word) && !JOINING_WORDS.has(word) && !ARTICLES.has(word) && !MEMBER_PREPOSITIONS.has(word);

/**
 * The words between two members of one list: a joiner (`JOINER`), or a joiner with what a writer puts before each member
 * ("der Chipkonzern Nvidia und der Softwarekonzern Microsoft", "bei Nvidia und bei Microsoft", "im Programmiertest HumanEval
 * und im Mathematiktest MATH-500") or after it ("the HumanEval coding test and the MATH-500 maths test"): a preposition,
 * an article, and a noun that says what the member is, with up to two lower-case words before it. A verb or any other
 * word between the names still makes two statements ("Nvidia fell and the chipmaker Broadcom …").
 */
export function joinsOneList(between: string): boolean {
  if (JOINER.test(between)) return true;
  const words = between.replace(/[,;&]/g, ' $& ').split(/\s+/).filter(Boolean);
  // Before the next member: "… und [im] [Programmiertest]", "… and [the] [software giant]".
  let end = words.length;
  if (end > 0 && isMemberNoun(words[end - 1])) {
    end--;
    for (let k = 0; k < 2 && end > 0 && isModifier(words[end - 1]); k++) end--;
  }
  if (end > 0 && ARTICLES.has(words[end - 1].toLowerCase())) end--;
  if (end > 0 && MEMBER_PREPOSITIONS.has(words[end - 1].toLowerCase())) end--;
  // After the member before: "HumanEval [coding test] and …", "Nvidia [aus Santa Clara] und …".
  let start = descriptorLength(words, end);
  for (let k = 0; start === 0 && k < 3 && k < end; k++) {
    if (isMemberNoun(words[k]) && words.slice(0, k).every(isModifier)) {
      start = k + 1;
      break;
    }
    if (!isModifier(words[k])) break;
  }
  const joiners = words.slice(start, end);
  return joiners.length > 0 && joiners.length < words.length && JOINER.test(` ${joiners.join(' ')} `);
}

/** A word of a short phrase after a member: „Santa“, „Programmieren“, "coding"; no joiner, no value. */
const isDescriptorWord = (word: string) => /^\p{L}[\p{L}\d.'’-]*$/u.test(word) && !JOINING_WORDS.has(word.toLowerCase()) && !ARTICLES.has(word.toLowerCase());

/**
 * How many words a short prepositional phrase right after the member before takes up: „[aus Santa Clara] und“,
 * „[fürs Programmieren] und“, "[of the Bay Area] and": the preposition, an article, and up to three words that are no
 * joiner. 0 when the words start otherwise: a verb right after a name ("Nvidia fell in January and …") makes two
 * statements.
 */
function descriptorLength(words: string[], end: number): number {
  if (words.length === 0 || !DESCRIPTOR_PREPOSITIONS.has(words[0].toLowerCase())) return 0;
  let k = 1;
  if (k < end && ARTICLES.has(words[k].toLowerCase())) k++;
  const phraseStart = k;
  while (k < end && k - phraseStart < 3 && isDescriptorWord(words[k])) k++;
  return k > phraseStart && k < end ? k : 0;
}
