import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Fact } from '../facts/fact';
import type { Figure } from '../types';
import { CHANGED_BY_PHRASES, EACH_YEAR_PHRASES, EARLIER_SELF_PHRASES, wordAlternation } from '../context/lexicon';

/** A multiplier said as growth: "verdoppelt", "verdreifacht", "doubled", "tripled". */
export const GROWTH = /^(?:ver(?:doppel|dreifach|vierfach|fünffach|zehnfach)|doubl|tripl|quadrupl)/i;

// "fast doppelt so viel wie ein Jahr zuvor", "mehr als dreimal so viel wie im Vorjahresquartal", "roughly three times
// what it was a year earlier", "twice last year's": what a multiple compares with is the same thing at an earlier time.
const ITS_PAST_AFTER = /^[^.;:!?]{0,50}?(?<![\p{L}])(?:(?:ein|einem|eine[mn]?)\s+Jahr\s+(?:zuvor|davor|früher|vorher)|(?:im|des|dem)\s+Vorjahr\p{L}*|Vorjahres\p{L}*|(?:a|one|the)\s+year\s+(?:earlier|before|ago)|(?:the\s+)?(?:previous|prior)\s+year(?:'s)?|(?:last|a\s+year\s+ago)\s+(?:year|quarter)?|year[- ](?:on|over)[- ]year)(?![\p{L}])/iu;

// "dreimal so viele wie sein Vorgänger", "fast dreimal so schnell wie vorher", "three times faster than before": the same
// thing at an earlier time, or the product line's earlier version.
const EARLIER_SELF_AFTER = new RegExp(String.raw`^[^.;:!?]{0,50}?(?<![\p{L}])(?:${wordAlternation(EARLIER_SELF_PHRASES)}|(?:sein\p{L}*|ihr\p{L}*|de[mns])\s+Vorgänger\p{L}*|(?:its|their|the)\s+predecessors?)(?![\p{L}])`, 'iu');
// "fielen jedes Jahr etwa um den Faktor vier", "fell by a factor of four every year": a rate, the thing against itself
// a year before.
const EACH_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(EACH_YEAR_PHRASES)})(?![\p{L}])`, 'iu');

function clauseAround(figure: Figure, text: string): string {
  const before = text.slice(0, figure.start);
  const opened = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. '));
  const after = text.slice(figure.end);
  const closes = after.search(/[.;:!?](?:\s|$)/);
  return text.slice(opened + 1, closes < 0 ? text.length : figure.end + closes);
}

// "beschleunigte die Verarbeitung um das 1,8-Fache", "sped it up by a factor of 1.8": a change by a factor is the thing
// against its own state before the change, as "wie vorher" says in words.
const CHANGED_BY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(CHANGED_BY_PHRASES)})\s+$`, 'iu');

function withItsPast(figure: Figure, text: string): boolean {
  const after = text.slice(figure.end);
  return GROWTH.test(figure.text) || ITS_PAST_AFTER.test(after) || EARLIER_SELF_AFTER.test(after) || EACH_YEAR.test(clauseAround(figure, text));
}

/** Whether a multiple is a change by that factor: its thing against itself, though a writer's "1,8-mal so schnell" may leave that unsaid. */
function changedByAFactor(figure: Figure, text: string): boolean {
  return CHANGED_BY_BEFORE.test(text.slice(Math.max(0, figure.start - 30), figure.start));
}

/** The names a fact gives as who it is about: its own names (not the ones they contain), places left out. */
function whoOf(fact: Fact): string[] {
  return (fact.primary?.length ? fact.primary : fact.entities).filter((e) => !fact.places?.includes(e));
}

const comparesTwo = (figure: Figure) => figure.kind === 'multiplier' || figure.kind === 'percentagePoint';

/**
 * A multiple or a gap compares two things: "fast doppelt so viel wie der Nasdaq 100" Nvidia's fall with the index's,
 * "fast doppelt so viel wie ein Jahr zuvor" Nvidia's revenue with its own of a year before. The one is no other value
 * of the other, and bears it out no more than a coincidence does, either way round ("verdoppelt", "than a year
 * earlier" against "wie Microsoft"). `comparative`: the draft's sentence says it compares ("so viel wie", "than").
 */
export function comparesAnotherPair(fact: Fact, sentence: SentenceFacts, comparative: boolean, candidate: Fact, candidateSentence: Pick<SentenceFacts, 'text'>): boolean {
  if (!comparesTwo(fact.figure) || !comparesTwo(candidate.figure) || candidate.figure.derivedFrom) return false;
  const past = withItsPast(fact.figure, sentence.text);
  // Read only here: a source sentence's text is decoded when first asked for.
  const candidatePast = withItsPast(candidate.figure, candidateSentence.text);
  // Two names compared ("Nvidia's drop was three times Microsoft's") are no growth of one of them ("verdreifacht").
  if (candidatePast && !past && (comparative || whoOf(fact).length > 1)) return true;
  return past && !candidatePast && !changedByAFactor(candidate.figure, candidateSentence.text) && !GROWTH.test(fact.figure.text) && whoOf(candidate).length > 1;
}
