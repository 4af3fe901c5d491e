import type { SentenceFacts } from '../analysis/analyzedSentence';
import { conceptOfWord } from '../context/concepts';
import { wordAlternation } from '../context/lexicon';
import { THAN_WORDS } from '../figures/vocabulary';
import { REFERENCE_WORDS } from '../facts/references';
import type { Figure, NameKind, NameMention } from '../types';
import type { DocumentDay } from '../facts/documentTime';
import type { CarriedName, Fact } from '../facts/fact';

// "halb so viel wie", "as much as the", "than", "what", "that of", "von": the words of a comparison before its name;
// "drei Prozentpunkte stärker als", "four points further than": a comparative before "als"/"than"; "a third of what",
// "ein Drittel dessen, was": a share of what the name did.
const COMPARISON = String.raw`(?:(?:as|so)\s+\p{L}+,?\s+(?:as|wie)|as|wie|(?:of\s+)?what|(?:\p{L}+\s+)?(?:${wordAlternation(THAN_WORDS)})|that\s+of|dessen,?\s+was|von|of)\s+`;
const ARTICLE = String.raw`(?:the|der|des|die|das|dem|den)\s+`;
const AFTER_COMPARISON = new RegExp(String.raw`^\s+${COMPARISON}(?:${ARTICLE})?$`, 'iu');
// "nearly 90,000 times R1's training bill": a multiple may name what it multiplies right after it.
const AFTER_MULTIPLE = new RegExp(String.raw`^\s+(?:${COMPARISON})?(?:${ARTICLE})?$`, 'iu');
// "so groß wie die Trainingskosten von R1", "as much as the training bill of GPT-4o", "so groß wie die von GPT-4o": the
// multiple names what of the name it multiplies (or, elliptically, the same thing again) before the name.
const AFTER_MULTIPLE_OF_WHAT = new RegExp(String.raw`^\s+(?:${COMPARISON})?${ARTICLE}((?:[\p{L}-]+\s+){0,2})(?:von|of|des|der|für|for)\s+(?:${ARTICLE})?$`, 'iu');

/**
 * The name a ratio or multiple compares with, right after it: "Broadcom verliert halb so viel wie Nvidia", "five times
 * as much as the Nasdaq 100". With `wordless`, also a name right after the multiple ("90,000 times R1's bill"); with
 * `ofWhat` (the attributes of the draft's fact) also one after words that name one of them ("so groß wie die
 * Trainingskosten von R1"): another thing of the name ("wie der Chef von Nvidia") is no value of the name's.
 */
export function comparandOf(figure: Figure, sentence: SentenceFacts, wordless = false, ofWhat: readonly string[] = [], carried?: CarriedName): NameMention | undefined {
  const between = wordless ? AFTER_MULTIPLE : AFTER_COMPARISON;
  return namedAfter(figure, sentence, between, ofWhat) ?? referredAfter(figure, sentence) ?? (carried && asMentionAfter(figure, carried));
}

/**
 * "Der Nasdaq 100 gab 3 Prozent ab. Nvidias Minus war zweieinhalbmal so groß wie das des Index", "… Nvidia's slide
 * about two and a half times the index's": the name of that kind an earlier sentence of the paragraph gave, where the
 * multiple's own sentence gives none but its subject.
 */
export function comparandCarried(figure: Figure, sentence: SentenceFacts, names: readonly CarriedName[]): CarriedName | undefined {
  if (figure.kind !== 'multiplier' || referredAfter(figure, sentence)) return undefined;
  const kind = referenceKindAfter(figure, sentence);
  if (!kind) return undefined;
  const candidates = names.filter((n) => n.kind === kind && !sentence.names.some((m) => m.entry.canonical === n.canonical));
  // A name that opens its sentence is its subject; one named later counts only with a figure of its own ("Broadcom fell
  // 6.58% and the Nasdaq 100 dropped 3%"), not where it was merely mentioned („der Dow Jones hielt sich“), and only as
  // the one name of its kind: after „Am Montag brach Nvidia um 7,82 Prozent ein, Microsoft verlor 3,75 Prozent“ or
  // „Am Montag fiel Nvidia um 7,82 Prozent, mehr als Microsoft“ either may be „der Konzern“.
  const subject = candidates.find((n) => !n.passing);
  if (subject) return subject;
  return candidates.length === 1 && candidates[0].ownFigure ? candidates[0] : undefined;
}

/** A name carried from before, as if the words that point to it named it right after the multiple. */
function asMentionAfter(figure: Figure, carried: CarriedName): NameMention {
  return { start: figure.end, end: figure.end, text: carried.canonical, entry: { canonical: carried.canonical, kind: carried.kind, aliases: [], containing: carried.containing } };
}

function namedAfter(figure: Figure, sentence: SentenceFacts, between: RegExp, ofWhat: readonly string[]): NameMention | undefined {
  return sentence.names.find((n) => {
    if (n.start < figure.end) return false;
    const words = sentence.text.slice(figure.end, n.start);
    if (between.test(words)) return true;
    const what = ofWhat.length ? AFTER_MULTIPLE_OF_WHAT.exec(words) : null;
    if (!what) return false;
    const named = what[1].split(/\s+/).filter(Boolean);
    return named.length === 0 || named.some((w) => { const c = conceptOfWord(w); return c !== undefined && ofWhat.includes(c); });
  });
}

// "so stark wie der Index", "as hard as the index": the comparison's words, then a word for a kind of name; "so groß
// wie das des Index" leaves out what of it is compared, "eight times the index's" the comparison's words.
const REFERENCE_AFTER_COMPARISON = new RegExp(String.raw`^\s+(${COMPARISON})?(?:${ARTICLE})?${ARTICLE}([\p{L}'’-]+)(?![\p{L}])`, 'iu');

/**
 * "Der Nasdaq 100 sackte um 3 % ab, Nvidia fiel zweieinhalbmal so stark wie der Index": a word for a kind of name
 * after the comparison points back to the sentence's last name of that kind before the multiple, other than the one
 * right before it (that one is the multiple's subject: "Nvidia fiel …").
 */
function referredAfter(figure: Figure, sentence: SentenceFacts): NameMention | undefined {
  const kind = referenceKindAfter(figure, sentence);
  if (!kind) return undefined;
  const before = sentence.names.filter((n) => n.end <= figure.start);
  const subject = before[before.length - 1];
  return before.filter((n) => n.entry.kind === kind && n.entry.canonical !== subject?.entry.canonical).pop();
}

/** The kind of name the words after a comparison point to ("wie der Index", "the index's"); never a person's. */
function referenceKindAfter(figure: Figure, sentence: SentenceFacts): NameKind | undefined {
  const word = REFERENCE_AFTER_COMPARISON.exec(sentence.text.slice(figure.end));
  const kind = word && (word[1] || figure.kind === 'multiplier') ? REFERENCE_WORDS[word[2].toLowerCase().replace('’', "'")] : undefined;
  return kind === 'person' ? undefined : kind;
}

const MOVES = { fall: 'down', rise: 'up' } as const;

/**
 * Whether a ratio of two source figures is of the move and day a multiple with a carried comparand tells of: "Der
 * Nasdaq 100 sackte um 3 Prozent ab. Broadcom fiel mehr als doppelt so stark wie der Index" is the ratio of that day's
 * falls, not of the rises another article gives Broadcom and the index on another day. The words that point back say
 * only which name; the move must be the draft's, and where the draft gives a day (or its document names its days),
 * one of those. A multiple that tells no move is not paired with a carried name at all.
 */
export function ofTheDraftsMoveAndDay(draft: Fact, derived: Fact): boolean {
  const own = (Object.keys(MOVES) as Array<keyof typeof MOVES>).filter((m) => draft.attributes.includes(m));
  if (own.length !== 1) return false;
  const other = own[0] === 'fall' ? 'rise' : 'fall';
  const operands = derived.figure.derivedFrom ?? [];
  if (operands.some((f) => f.direction !== undefined && f.direction !== MOVES[own[0]])) return false;
  if (derived.attributes.includes(other) && !derived.attributes.includes(own[0])) return false;
  if (!derived.attributes.includes(own[0]) && !operands.every((f) => f.direction === MOVES[own[0]])) return false;
  // The document's day where no source confirms it („Kurssturz am 28. Januar“ in a piece about the 27th) is a guess of
  // last resort, not the sentence's day: the days the document names decide instead.
  const guessed = draft.timeFrom === 'document' && (draft.time as DocumentDay | undefined)?.unconfirmed === true;
  const days = draft.time?.day !== undefined && !guessed ? [draft.time] : (draft.days ?? []);
  if (days.length === 0) return true;
  const time = derived.time;
  return time?.day !== undefined && days.some((d) => d.day === time.day && d.month === time.month && (d.year === undefined || time.year === undefined || d.year === time.year));
}
