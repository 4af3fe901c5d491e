import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure } from '../types';
import type { CarriedContext, CarriedName } from './fact';
import { ORDINAL_MEMBER_POSITIONS, ORDINAL_MEMBER_PREPOSITIONS, ORDINAL_PRONOUN_FOLLOWERS, wordAlternation, wordCues } from '../context/lexicon';
import { HEDGE_WORD_PATTERN } from '../figures/vocabulary';
import { namesJoinedAsOneList } from './listJoiners';

type Member = { canonical: string; kind: CarriedName['kind']; containing?: string[] };

const ORDINAL = new RegExp(
  String.raw`(?<![\p{L}])(${ORDINAL_MEMBER_POSITIONS.map((p) => wordAlternation(p.words)).join('|')})(?![\p{L}])`,
  'giu',
);
const MAYBE_ORDINAL = wordCues(ORDINAL_MEMBER_POSITIONS.flatMap((p) => p.words));
const POSITION = new Map(ORDINAL_MEMBER_POSITIONS.flatMap((p) => p.words.map((w) => [w, p.position] as const)));
/** Where a member's phrase begins: the sentence's start, a clause's punctuation, or a preposition such as „für“. */
const OPENS_A_PHRASE = new RegExp(String.raw`(?:^|[.;:,(–—]|(?<![\p{L}])(?:${wordAlternation(ORDINAL_MEMBER_PREPOSITIONS)}))\s*$`, 'iu');
/**
 * What follows an ordinal that stands as a pronoun in either language: the end, clause punctuation, a figure (with its
 * hedge: "the second about €130 million"), „der beiden“/"of the two" or, in English, a verb or adverb opening its
 * predicate ("The first lost 7.82%", "the latter also fell").
 */
const PRONOUN_FOLLOWED_BY = String.raw`^\s*(?:$|[.,;:()–—\d€$£¥+\-−]|(?:${HEDGE_WORD_PATTERN})\s+[\d€$£¥+\-−]|(?:${wordAlternation(ORDINAL_PRONOUN_FOLLOWERS)})(?![\p{L}]))`;
/**
 * English nouns are lower case like its verbs, so a word not known to open a predicate (nor an "-ed" or "-ly" form) is
 * taken as the noun the ordinal determines: "The first hour", "The first reaction", "the second quarter".
 */
const ENGLISH_PRONOUN = new RegExp(String.raw`${PRONOUN_FOLLOWED_BY}|^\s*\p{L}+(?:ed|ly)(?![\p{L}])`, 'iu');
/**
 * German nouns are capitalised („Die erste Reaktion“, „Der erste Kursrutsch“); a lower-case word is a verb or adverb
 * („der erste kostete“, „der zweite rund …“) unless it is an adjective before a noun („die erste große Reaktion“).
 */
const GERMAN_PRONOUN = new RegExp(String.raw`${PRONOUN_FOLLOWED_BY}|^\s*\p{Ll}+(?<!(?:e|en|er|es|em))(?![\p{L}-])|^\s*\p{Ll}+(?![\p{L}-])(?!\s+\p{Lu})`, 'u');

/**
 * „Die Rechner heißen Fire-Flyer I und Fire-Flyer II. Der erste kostete rund 26 Millionen Euro, der zweite rund 130
 * Millionen Euro“, "Compare Nvidia and Microsoft. The former lost 7.82%, the latter 3.75%": a figure whose phrase opens
 * with an ordinal pronoun is the value of the member of that place in the list the ordinal counts, the names of one
 * kind joined as one list before the sentence's first ordinal, else the list an earlier sentence named. Without such a
 * list („Beide Rechner hat DeepSeek aus der Kasse von High-Flyer gebaut. Der erste …“ names no two computers), or where
 * a name stands between the ordinal and its figure („Der erste, Fire-Flyer I, kostete …“), the ordinal gives no owner.
 */
export function ordinalMembers(facts: SentenceFacts, carried: Pick<CarriedContext, 'names' | 'previousSentence'>): Map<Figure, Member> {
  const out = new Map<Figure, Member>();
  if (!MAYBE_ORDINAL.test(facts.text)) return out;
  const ordinals = [...facts.text.matchAll(ORDINAL)].filter((m) => OPENS_A_PHRASE.test(facts.text.slice(0, m.index)) && standsAsPronoun(m[0], facts.text.slice(m.index! + m[0].length)));
  if (ordinals.length === 0) return out;
  const list = listInSentence(facts, ordinals[0].index!) ?? listBefore(carried);
  // „Der erste, Fire-Flyer I, soll 200 Millionen Yuan gekostet haben, der zweite …“ after two people were named: a name
  // of the sentence that is no member says the ordinals count something else.
  if (!list || facts.names.some((n) => n.entry.kind !== 'place' && !list.some((m) => m.canonical === n.entry.canonical))) return out;
  for (const figure of facts.figures) {
    const ordinal = ordinals.filter((m) => m.index! + m[0].length <= figure.start).pop();
    if (!ordinal) continue;
    const from = ordinal.index! + ordinal[0].length;
    // The figure is the ordinal's own: no other figure, name or clause's punctuation between them („der zweite kostete
    // mit etwa 150 Millionen Euro“; not "the first for coding and the second for maths, are 92% and 86%").
    if (facts.figures.some((f) => f !== figure && f.start >= from && f.end <= figure.start)) continue;
    if (facts.names.some((n) => n.start >= from && n.end <= figure.start)) continue;
    if (/[,;:()]/.test(facts.text.slice(from, figure.start))) continue;
    // "The first reaction was a drop of 7.82% for Nvidia", „… 7,82 Prozent bei Nvidia“: a name after the figure in its
    // own clause owns it, whatever the ordinal counts.
    const clauseEnd = ownClauseEnd(facts.text, figure.end, ordinals);
    if (facts.names.some((n) => n.entry.kind !== 'place' && n.start >= figure.end && n.end <= clauseEnd)) continue;
    const position = POSITION.get(ordinal[0].toLowerCase().replace(/\s+/g, ' '))!;
    const member = position === -1 ? list[list.length - 1] : list[position - 1];
    if (member) out.set(figure, member);
  }
  return out;
}

/** Whether the ordinal stands as a pronoun for a member, not as the determiner of a noun, given the text after it. */
function standsAsPronoun(ordinal: string, after: string): boolean {
  return (/^the\s/i.test(ordinal) ? ENGLISH_PRONOUN : GERMAN_PRONOUN).test(after);
}

/** Where the clause of a figure ends: the next clause punctuation, the next ordinal, or the sentence's end. */
function ownClauseEnd(text: string, from: number, ordinals: RegExpMatchArray[]): number {
  const punctuation = text.slice(from).search(/[,;:()–—]/);
  const nextOrdinal = ordinals.find((m) => m.index! >= from)?.index ?? text.length;
  return Math.min(punctuation === -1 ? text.length : from + punctuation, nextOrdinal);
}

/** The names of one kind joined as one list right before the sentence's first ordinal: „Von Nvidia und Microsoft verlor der erste …“. */
function listInSentence(facts: SentenceFacts, firstOrdinal: number): Member[] | undefined {
  const run = namesJoinedAsOneList(facts.text, facts.names.filter((n) => n.end <= firstOrdinal)).pop();
  if (!run) return undefined;
  const members: Member[] = [];
  for (const n of run) if (!members.some((m) => m.canonical === n.entry.canonical)) members.push(n.entry);
  return members;
}

/**
 * The list the sentence before named: its names of the one kind it joined two or more of as one list. Where it named
 * nothing („Der Standard rechnet dieselben Summen in Euro um.“, "The chips went into two machines."), the nearest earlier
 * sentence of the paragraph, or the block before, that named something.
 */
function listBefore(carried: Pick<CarriedContext, 'names' | 'previousSentence'>): Member[] | undefined {
  let named: readonly CarriedName[] = carried.previousSentence;
  if (named.length === 0) {
    const nearest = carried.names.find((n) => n.from === 'paragraph');
    named = nearest ? carried.names.filter((n) => n.from === 'paragraph' && n.distance === nearest.distance) : [];
  }
  const listed = named.filter((n) => n.listed);
  const kinds = [...new Set(listed.map((n) => n.kind))];
  return kinds.length === 1 ? listed : undefined;
}
