import { sameNounPhrase } from '../text/sameNoun';
import { GENERIC_CONCEPTS } from '../context/lexicon';
import type { SentenceFacts } from '../analysis/analyzedSentence';
import { ATTRIBUTES, DIRECTED_MOVES, isACountrysAct, isOnce, isOneDays, isSpecific, isSumOfMoney, lookupKey, saysNoWhat, separated } from '../facts/attributes';
import type { Fact } from '../facts/fact';
import { attributeKey, clauseConceptKey, conceptKey, entityKey, type Narrowing, type Term } from '../facts/factIndex';
import { isDay, monthNumber, type DayOfFact } from '../facts/otherDays';
import { countriesOf } from '../facts/places';
import { isPiecesOwnDate } from '../facts/piecesOwnDate';
import { isPageStampDate } from '../facts/updateStamp';
import { isWireDateline } from '../facts/weekdays';
import { unconfirmedDay, type DocumentDay } from '../facts/documentTime';
import type { SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate, Figure, NameMention } from '../types';
import { comparandOf } from './comparand';
import { pairBetween } from './pairBetween';
import { outdoneSide } from './outdoneSide';
import { compareFigures, otherCurrency, sameUnitFamily, withinBound, type Agreement } from './agreement';
import { countedNoun, nounConcept } from '../figures/countedNoun';
import { isBareNumber } from '../figures/bareNumber';
import { conceptsOf, nameConcept } from '../context/concepts';
import { AS_HARD_AS, DURATION_UNITS, FRACTION_WORDS, PERCENT_OR_POINT_NOUN_STEMS, PERCENT_WORD_PATTERN } from '../figures/vocabulary';
import { matchDuration } from './matchDuration';
import { matchPeakOfSeveral } from './peakOfSeveral';
import { matchComparedSides } from './comparedSides';
import { isSumIntoSum } from './sumIntoSum';
import { evidenceKeptFor } from './keptEvidence';
import { comparesAnotherPair } from './comparedPair';
import { ageOfNoYear, agesOfOtherYears, sourceAgeThen } from '../facts/ageYear';
import { isOnceOfAnother } from './onceOfAnother';
import { isAnotherPairsScore } from './benchmarkScores';
import { asSpeedUpMatch, speedUpAsMultiplier } from './speedUp';
import { isAnotherDaysMove, isOtherWayOnAGuessedDay, isUndatedMoveOfAnotherDay, misdatesANearMove, nearMovesOfNamedDays, onAnUnnamedDay } from './anotherDaysMove';
import { asMatchOfTheRest, asShareLeftOver, isShareOfTheRest } from './complement';
import { matchCountOfTheRest } from './countOfTheRest';
import { deriveFigures } from '../figures/deriveFigures';
import { compatibleDates, daysApart } from '../figures/calendarDays';
import { areTwoVersionsOfOneFamily, namesAModelVersion } from '../names/versions';
import { contradictedByOneValue, type FigureEvidence, type FigureMatch } from './figureMatch';
import { sameValueOfWhom, sumStatedElsewhere, supportedBy } from './sumStatedElsewhere';
import { sayAlike } from './sayAlike';

export type { FigureEvidence, FigureMatch, FigureStatus } from './figureMatch';

const SAYS_LESS = /(?<![\p{L}])(?:sav\p{L}*|cheaper|less|lower|cut|günstiger|billiger|weniger|niedriger|erspar\p{L}*|spar\p{L}*)(?![\p{L}])/iu;

const FRACTION_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${[...FRACTION_WORDS.keys()].join('|')})(?![\p{L}])`, 'iu');

/** "ein Achtel", "five-sixths", "less than half": a share said as a fraction word, not as a percentage. */
function saysAFraction(figure: Figure): boolean {
  return figure.kind === 'percent' && FRACTION_WORD.test(figure.text);
}

function isSaving(figure: Figure): boolean {
  return figure.kind === 'percent' && !figure.shareOfSum && figure.derivedFrom?.every((f) => f.kind === 'money') === true;
}

/** A multiplier that compares two things ("14 times cheaper than", "14-mal günstiger als") may be a derived ratio. */
// White space may be a line break, and "mal" ends a German compound ("vierzehnmal so\nteuer").
// "four times as hard as Microsoft" compares as „viermal so stark wie Microsoft“ does.
const COMPARATIVE = new RegExp(String.raw`\b(than|als|cheaper|günstiger|billiger|teurer|costlier|expensive|fraction|bruchteil|less|weniger|more|mehr|so\s+viel|as\s+much|as\s+many|so\s+teuer)\b|\btimes\s+(?:the|that|what)\b|\btimes\s+as\s+(?:${AS_HARD_AS.join('|')})\s+as\b|(?<!\bnor|\bdies|\bmanch|\bein)mal\s+so\b`, 'i');

/**
 * Finds the source facts with the draft fact's key (same kind of value and attribute or entity, compatible entity
 * and time) and judges: supported when one of them states the same value, contradicted when none does, unsourced
 * when the sources hold no such fact. The same key at another time is another fact, never a contradiction.
 */
export function matchFigure(fact: Fact, sentence: SentenceFacts, index: SourceIndex): FigureMatch {
  const peakOfSeveral = matchPeakOfSeveral(fact, (one) => matchFigure(one, sentence, index));
  if (peakOfSeveral) return peakOfSeveral;
  if (fact.each) return matchEach(fact, fact.each, sentence, index);
  // "Fehlen die übrigen 8 Prozent", "the remaining 64%": what the share before it leaves over, of what that share is of
  // (its own words, "aus China", are read already: "die übrigen 64 Prozent kommen von anderswo" is no rest of a rest).
  // A share the sources know nothing of says nothing of its rest: the rest is then read as any other figure.
  for (const share of fact.restOf ?? []) {
    const rest = matchStated({ ...share, figure: asShareLeftOver(fact.figure) }, sentence, index);
    if (rest.status !== 'unsourced') return asMatchOfTheRest(rest);
  }
  // "Rund zwei Drittel stammen nicht aus China": the share the sources give China is the rest of the draft's.
  if (fact.attributes.includes('percentShare') && isShareOfTheRest(fact.figure, sentence)) return asMatchOfTheRest(matchStated({ ...fact, figure: asShareLeftOver(fact.figure) }, sentence, index));
  // "80 Prozent schneller": where no source states the percentage, the multiple a source gives decides.
  const stated = matchStated(fact, sentence, index);
  const rest = matchCountOfTheRest(fact, sentence, index, stated);
  if (rest) return rest;
  const speedUp = stated.status === 'unsourced' ? speedUpAsMultiplier(fact, sentence) : undefined;
  const asMultiple = speedUp ? matchStated({ ...fact, figure: speedUp }, sentence, index) : undefined;
  return asMultiple && asMultiple.status !== 'unsourced' ? asSpeedUpMatch(asMultiple) : stated;
}

/**
 * "Nvidia und Broadcom verloren jeweils 7,82 Prozent": the value is each name's, so it is checked for each of them. A
 * value one of them does not have is contradicted by that one's; otherwise it is borne out where any of them bears it.
 */
function matchEach(fact: Fact, each: NonNullable<Fact['each']>, sentence: SentenceFacts, index: SourceIndex): FigureMatch {
  const matches = each.map((m) => matchFigure({ ...fact, each: undefined, entities: m.entities, primary: [m.primary], entityFrom: 'list' }, sentence, index));
  if (contradictedByOneValue(matches)) return { ...matches[0], sharedByEvery: true };
  return matches.find((m) => m.status === 'contradicted') ?? matches.find((m) => m.status === 'supported') ?? matches[0];
}

function matchStated(read: Fact, sentence: SentenceFacts, index: SourceIndex): FigureMatch {
  const fact = ownDocumentDay(read, index);
  const { figure } = fact;
  // "BEIJING/NEW YORK, Jan 28 (Wire) - …": a wire story's dateline is the day it was filed, like "Published …": another
  // article's "NEW YORK, January 28, 2025 — …" bears out no event of the draft.
  // Nor does a page's stamp ("Sendung: Dienstag, 28. Januar 2025, 19:00 Uhr · Redaktion: Wirtschaft"): the day it airs.
  if (isPiecesOwnDate(figure, sentence.text) || (figure.kind === 'date' && (isWireDateline(sentence.text, figure.start, figure.end) || isPageStampDate(sentence.text, figure)))) return { status: 'unsourced', evidence: [], conflicts: [] };
  if (figure.durationUnit) return matchDuration(fact, index);
  // "Der Nasdaq 100 sackte um 3 Prozent ab. Nvidia fiel mehr als doppelt so stark wie der Index": a name an earlier
  // sentence gave, which the words after the comparison point to, is compared with only as the ratio of the two sides'
  // own values of the draft's move (and day); where the sources give no such pair, the multiple is read as before, as if
  // it named none, never against any ratio of that name's (another day's rises).
  // "Nvidia fell 7.82%. That was about two and a half times the Nasdaq 100's 3%.": so is a multiple of the move the
  // sentence before told, by the name after it.
  if (fact.comparedWith || fact.restates?.kind === 'percent') {
    const sides = matchComparedSides(fact, sentence, index);
    if (sides) return sides;
  }
  // "Mit diesem Budget ließe sich R1 knapp 14-mal trainieren", "could pay for it 6,000 times over": how many times one
  // sum goes into another is their ratio too.
  const derivable = figure.aggregate !== undefined || figure.kind === 'percent' || figure.kind === 'percentagePoint' || (figure.kind === 'multiplier' && (figure.comparative || figure.localConcepts.has('ratio') || /fache|fold/i.test(figure.text) || COMPARATIVE.test(sentence.text) || (fact.attributes.some(isSumOfMoney) && isSumIntoSum(figure, sentence))));
  const evidence = evidenceFor(fact, sentence, index, derivable);

  // "The $5.6 million model" says nothing of what: the very sum (or day) in a source, about whom the draft names if it
  // names anyone, bears it out, and nothing else can contradict it.
  if (evidence.length === 0 && fact.attributes.length === 0 && !figure.bound) {
    // A day is named by many sentences: one about what the draft's sentence is about bears it out, the newsletter's own
    // date ("The AI Brief — Tuesday, 28 January 2025") is not what a market report of that day states.
    // Two words in common say it as well as one that is not generic: "a Chinese start-up" on 27 January 2025 is the
    // source's "das chinesische KI-Start-up DeepSeek" of that day.
    const about = (c: { at: { facts: SentenceFacts } }) => figure.kind !== 'date' || sayAlike(sentence, c.at.facts);
    const same = sameValueOfWhom(fact, index).filter(about);
    if (same.length) return supportedBy(same);
  }
  // "nearly 90,000 times R1's training bill": a multiple of a value stated elsewhere, computed from the two sides.
  if (evidence.length === 0) return matchComparedSides(fact, sentence, index) ?? sumStatedElsewhere(fact, sentence, index) ?? { status: 'unsourced', evidence: [], conflicts: [] };
  // A draft that names who a fact is about is decided by the facts about them, when the sources have any: a rise of
  // nobody in particular in another article is no source for "der Index stieg um 52 %". A fact about them that names
  // no attribute ("Kelvo hat 48 Millionen Euro eingesammelt") bears the value out, but does not contradict it; nor
  // does a value derived from their figures ("36 % of 1,328 models": "knapp 480 Modelle"), nor one the source states
  // about no one it names (a motto quoted before "beschreibt das Unternehmen"), unless all the draft gives is a bound.
  // A fact that names no attribute is the weaker reading where a source fact of what the draft names weighs more (the
  // ratio of Nvidia's and Microsoft's falls for "Nvidia verlor dreimal so viel wie Microsoft", not Nvidia's sales).
  if (explicit(fact)) dropOtherMembers(fact, evidence);
  // A move the writer misdated by a day or two (its very value stated for a near day, only a rebound on the day they
  // name) is of the day the sources give it: that day's value bears it out, and the date is the finding.
  const misdated = isOneDays(fact.attributes) && misdatesANearMove(fact, evidence);
  if (misdated) evidence.splice(0, evidence.length, ...evidence.map((e): RankedEvidence => (e.when === 'same' ? { ...e, when: 'other' } : e)));
  const keys = new Set(fact.attributes.map(lookupKey));
  const ofWhat = evidence.filter((e) => e.fact.attributes.some((x) => keys.has(lookupKey(x))));
  const bestOfWhat = ofWhat.some((e) => e.agreement === 'agrees') ? 0 : Math.max(0, ...ofWhat.map((e) => e.score));
  const outweighed = (e: RankedEvidence) => e.fact.attributes.length === 0 && keys.size > 0 && e.score < SAME_FACT_SHARE * bestOfWhat;
  // Another time's fact is another fact: it narrows nothing down where the sources state one of the draft's own time
  // (the Nasdaq's fall against the Dow's on 7 January is no reading of "viermal so stark wie der Nasdaq 100" on the
  // 27th, where Nvidia's and others' falls of that day are).
  const ofTheSameTime = evidence.some((e) => e.when === 'same');
  const aboutTheSame = explicit(fact) ? evidence.filter((e) => isAboutTheSame(fact, e) && !outweighed(e) && !(ofTheSameTime && e.when === 'other')) : [];
  if (aboutTheSame.length) evidence.splice(0, evidence.length, ...aboutTheSame);
  else if (fact.entityFrom === 'paragraph') dropOthersOfAGuessedSubject(fact, evidence, keys);
  evidence.sort((a, b) => b.score - a.score);
  // When: facts stated for the draft's own time decide first. Failing those, facts whose time is not stated on one
  // side; a fact at another time is another fact: it decides nothing, unless it bears the value out (then a wrong
  // date beside the figure is the date's finding, not the figure's).
  const sameTimeStated = evidence.filter((e) => e.when === 'same');
  // A bound ("bis zu 10 %") borne out on another day is a coincidence, not a source; so is any value borne out on
  // another day than the one a draft is guessed to be about (the Nasdaq's 2.6 % of March 2023 for "+3 %" in a piece
  // about 27 January 2025): only a day the writer states can be the date's mistake rather than the figure's.
  // Nor a day the sources name, which is likely right: the Nasdaq's 2.6 % of 14 March 2023 does not bear out "legte
  // um 3 Prozent zu" on 27 January 2025, when the sources say it fell that day.
  // A day without its year ("an diesem Tag", 27 January) holds as well when the sources name that day.
  // A value's day named only for someone else ("Am 29. Januar legte Alibaba Qwen2.5-Max vor", for "The Nasdaq 100 fell
  // 3%" dated by a headline of 29 January) is no day the sources say what the draft names did anything on.
  const namedDay = (t: CalendarDate) => (index.facts.statesDay(t) || (t.year === undefined && t.month !== undefined && t.day !== undefined && index.facts.datesOn(t.month, t.day).length > 0)) &&
    (fact.entities.length === 0 || figure.kind === 'date' || figure.kind === 'year' || index.facts.datesDayFor(t, fact.entities) || valueOfTheirsOn(fact, t, index));
  const ownDayHolds = !misdated && (fact.timeFrom === 'document' || fact.timeFrom === 'heading' || (fact.time !== undefined && namedDay(fact.time)));
  // A move the draft states for no day is one of the days it names ("On Jan 27, the market woke up. 👇 … Microsoft:
  // -3.75%"): a source's move on another day ("Microsoft gained 2.9 percent on Tuesday", 28 January) may bear it out,
  // but it is no other value of it, however many such days the sources report (match/namedDays.ts). Nor is a
  // source's undated move the other way a value of a move on a day the sources say nothing of (anotherDaysMove.ts).
  const undecided = evidence.filter((e) => e.when === 'unknown' && !(isOneDays(fact.attributes) && isUndatedMoveOfAnotherDay(fact, ownDayHolds, e.fact)));
  const ofItsDay = sameTimeStated.length === 0 ? movesOfItsDay(fact, undecided, ownDayHolds) : [];
  const pool = sameTimeStated.length ? sameTimeStated : ofItsDay.length ? ofItsDay : undecided;
  const onNamedDays = pool.filter((e) => !onAnUnnamedDay(fact.days, e.fact));
  const nearMoves = nearMovesOfNamedDays(fact, onNamedDays, () => pool.filter((e) => onAnUnnamedDay(fact.days, e.fact)));
  const deciding = nearMoves.length ? [...onNamedDays, ...nearMoves].sort((a, b) => b.score - a.score) : onNamedDays;
  // Nor is a round figure of another scale ("rund eine Billion Dollar" in June 2023 for "590 Milliarden Dollar").
  const otherTime = sameTimeStated.length || ownDayHolds ? [] : evidence.filter((e) => e.when === 'other' && !e.figure.bound && !figure.bound && e.figure.scale === figure.scale);
  const verdict = decide(fact, deciding, otherTime);
  // "$2.19 … against $60 …, which makes R1 more than 25 times cheaper": a ratio the writer worked out from the
  // sentence's own figures is their arithmetic, right here; those figures have verdicts of their own.
  if (verdict?.status === 'contradicted' && derivable && ownArithmetic(figure, sentence)) return { status: 'unsourced', evidence: [], conflicts: [] };
  return verdict ?? matchComparedSides(fact, sentence, index) ?? sumStatedElsewhere(fact, sentence, index) ?? { status: 'unsourced', evidence: [], conflicts: [] };
}

/**
 * "Microsoft gab 3,57 Prozent nach" in a piece about 27 January (the day its clause states, or the one day of those its
 * document names that the sources give such a move on): where the sources state that move of whom the draft names for
 * that very day (Microsoft's -3,75 % of 27 January), that day's value decides; a value another article dates by its
 * year alone ("Microsoft fell 0.6 percent" in a round-up of 2025) is no nearer reading of it, however many words its
 * sentence shares. Of several named days with such a move (the fall of the 27th, the rebound of the 28th), none is the
 * draft's more than another.
 */
function movesOfItsDay(fact: Fact, undecided: RankedEvidence[], ownDayHolds: boolean): RankedEvidence[] {
  if (!explicit(fact) || !isOneDays(fact.attributes)) return [];
  // A piece's own day or a heading's is a guess that reaches the day before (a chat log of the 28th on the fall of the
  // 27th): only a day its clause states, or the days it names, say which day's move it is.
  const days = ownDayHolds && fact.time && statesItsTime(fact) ? [fact.time] : (fact.days ?? []);
  const own = DIRECTED_MOVES.filter((m) => fact.attributes.includes(m));
  const sameMove = (e: RankedEvidence) => own.length !== 1 || e.fact.attributes.includes(own[0]);
  const on = undecided.filter((e) => days.some((d) => sameDay(d, e.fact.time)) && isAboutTheSame(fact, e) && sameMove(e));
  return on.every((e) => sameDay(e.fact.time, on[0].fact.time)) ? on : [];
}

/**
 * A document's day dates a fact about someone as a guess the sources confirm only where they date a day's event of
 * theirs to it: a piece "Stand: 3. Februar 2025" whose Infineon and SoftBank "büßten bis zu 10 Prozent ein" is not
 * about 3 February because another article counts DeepSeek's downloads on that day. Unconfirmed, the guess tells the
 * fact from a source's only months apart (`documentWhen`), as it does where no source names the day at all.
 */
function ownDocumentDay(fact: Fact, index: SourceIndex): Fact {
  const day = fact.time as DocumentDay | undefined;
  if (fact.timeFrom !== 'document' || !day || day.unconfirmed || fact.entities.length === 0 || index.facts.datesADaysEventFor(day, fact.entities)) return fact;
  return { ...fact, time: unconfirmedDay(day) };
}

/**
 * Whether the sources give a value of what the draft's fact names, of its kind, for this day: the day a move or a sum
 * of theirs is dated to, by its sentence or its article's date ("Der Nasdaq 100 sackte um 3 % ab" on 27 January 2025);
 * not a value of another sort (a week's move against a day's).
 */
function valueOfTheirsOn(fact: Fact, day: CalendarDate, index: SourceIndex): boolean {
  const on = (t: CalendarDate | undefined) => t?.month === day.month && t?.day === day.day && (day.year === undefined || t?.year === undefined || t.year === day.year);
  // A week's move ("Der Nasdaq 100 beendete die Woche 0,5 Prozent tiefer") is no day's.
  return index.facts.candidates(fact, { whose: fact.entities }).some((c) => on(c.fact.time) && c.fact.entities.some((e) => fact.entities.includes(e)) && !separated(fact.attributes, c.fact.attributes));
}

/**
 * The evidence the verdict is made of. A draft fact whose verdict its agreeing facts may decide alone
 * (`agreeingMayDecide`) reads those first, with the facts about the names the best of them gives; when what was left
 * unread can change nothing (`decidesAlike`), that is its evidence. Otherwise every candidate of its narrowed lookup.
 */
function evidenceFor(fact: Fact, sentence: SentenceFacts, index: SourceIndex, derivable: boolean): RankedEvidence[] {
  return evidenceKeptFor(index, sentence, fact, derivable, () => readEvidence(fact, sentence, index, derivable));
}

/** `evidenceFor` read afresh (`evidenceKeptFor` says when a reading before serves). */
function readEvidence(fact: Fact, sentence: SentenceFacts, index: SourceIndex, derivable: boolean): RankedEvidence[] {
  const narrowing = narrowingOf(fact, sentence);
  if (agreeingMayDecide(fact)) {
    const agreeing = rankedEvidence(fact, sentence, index, derivable, { ...narrowing, agreeing: { orNaming: [] } });
    const best = bestAgreeing(agreeing);
    if (best) {
      const rivalsOf = best.fact.entities;
      const withRivals = rivalsOf.length ? rankedEvidence(fact, sentence, index, derivable, { ...narrowing, agreeing: { orNaming: rivalsOf } }) : agreeing;
      if (decidesAlike(fact, withRivals, scoreBound(fact, sentence, index, derivable, narrowing), rivalsOf)) return withRivals;
    }
  }
  return rankedEvidence(fact, sentence, index, derivable, narrowing);
}

/** Words that name the parts a sum is of: "die beiden Supercomputer", "both", "neben R1", "alongside R1", "plus". */
const PARTS_NAMED = /(?<![\p{L}])(?:beide[nm]?|both|zwei|two|neben|alongside|besides|plus|sowie)(?![\p{L}])|\+/iu;

/** The candidates of a lookup that state the same fact as the draft's, each with how it compares, in lookup order. */
function rankedEvidence(fact: Fact, sentence: SentenceFacts, index: SourceIndex, derivable: boolean, narrowing: Narrowing | undefined): RankedEvidence[] {
  const { figure } = fact;
  const evidence: RankedEvidence[] = [];
  const derived = derivable || figure.kind === 'count' ? index.derivedFacts.candidates(fact, narrowing) : [];
  // "36 % of the world's 1,328 models … That's ~580 models": a count below a whole the sources split by a share is a
  // part of it, of whom the draft names (China's 36 % × 1328 ≈ 478), not the whole.
  const parts = figure.kind === 'count' && !isTheWhole(figure, sentence.text) ? derived.filter((c) => isPartOf(figure, c.figure) && c.fact.entities.some((e) => fact.entities.includes(e))) : [];
  const wholes = new Set(parts.map((c) => c.figure.derivedFrom![1].value));
  // "Zusammen kosteten die beiden Supercomputer 156 Millionen Euro" is the sum of two source sums, not either of them:
  // so is a difference, an average, and a sum whose parts the sentence names or the sources' sums bear out. Else
  // "insgesamt" says no more than "in all" ("Das Training kostete insgesamt 6,6 Millionen Dollar"): compared as any amount.
  const ofParts = figure.aggregate !== undefined && (figure.aggregate !== 'sum' || PARTS_NAMED.test(sentence.text) ||
    derived.some((c) => c.figure.aggregate === figure.aggregate && compareFigures(figure, c.figure) === 'agrees'));
  const kindOf = (canonical: string) => index.names.lookup(canonical)?.kind;
  // What the draft's sentence says is read once, not once per candidate: a lookup at 2,000 sources reaches hundreds.
  const saysLess = SAYS_LESS.test(sentence.text);
  const comparative = COMPARATIVE.test(sentence.text);
  for (const candidate of [...index.facts.candidates(fact, narrowing), ...derived]) {
    // A sum of two the index derived is what no plain amount of a draft states; a total a source states ("insgesamt
    // 589 Milliarden Dollar") is a plain amount.
    const derivedAggregate = candidate.figure.derivedFrom ? candidate.figure.aggregate : undefined;
    if (derivedAggregate !== undefined && derivedAggregate !== figure.aggregate) continue;
    // An average of several moves ("im Schnitt acht Prozent") is no restatement of any one of them, though it may round alike.
    if (ofParts && derivedAggregate === undefined && (isAverageMove(figure) || compareFigures(figure, candidate.figure) !== 'agrees')) continue;
    if (derivedAggregate === 'mean' && isAverageMove(candidate.figure) && averageOfOthers(candidate.figure, sentence)) continue;
    const comparison = compareAsSameFact(fact, sentence.concepts, candidate.fact, candidate.at.facts.concepts, index.weight);
    // A count a writer may have computed bears a figure out; it never contradicts one ("1500 Modelle" is no wrong share),
    // unless it is the part the draft counts. A derived value about no one the draft names is too weak a reading to
    // contradict.
    // Nor does a number with a fraction count anything the source counts in whole units ("| Fire-Flyer II | 0.83 |", a
    // column's share, is no number of "die beiden Supercomputer").
    const weak = (candidate.figure.derivedFrom && comparison?.agreement !== 'agrees' && ((candidate.figure.kind === 'count' && !candidate.figure.aggregate && !parts.includes(candidate)) || !candidate.fact.entities.some((e) => fact.entities.includes(e))))
      || (comparison?.agreement !== 'agrees' && fractionOfWholeCount(figure, candidate.figure));
    if (comparison && comparison.agreement !== 'agrees' && parts.length && !candidate.figure.derivedFrom && candidate.figure.kind === 'count' && wholes.has(candidate.figure.value)) continue;
    // "7% of the $78 million", "more than a third of the world's AI models": a share of a whole is no other value of how
    // far one thing lies below or above another ("about 63 percent below o1-mini"), and that does not bear it out.
    if (comparison && isShare(fact) !== isShare(candidate.fact) && isGap(figure, sentence.text) !== isGap(candidate.figure, candidate.at.facts.text) && (isShare(fact) ? isGap(candidate.figure, candidate.at.facts.text) : isGap(figure, sentence.text))) continue;
    // "SoftBank will provide $30 billion" says nothing of what the sum is: it is no other value of OpenAI's valuation.
    // Nor does a value about someone only guessed from its paragraph ("0,5 Prozent" in a week's round-up) say what a
    // draft's value of anything is ("| Nvidia | … | Fund weight 4.1% |").
    const guessedWhose = candidate.fact.entityFrom === 'paragraph' || candidate.fact.entityFrom === 'heading' || candidate.fact.entityFrom === 'document';
    const saysNotWhat = candidate.fact.attributes.length === 0 && comparison?.agreement !== 'agrees' && (fact.attributes.some(isSpecific) || (guessedWhose && fact.attributes.length > 0));
    // Nor does a value whose subject is only guessed and which names nothing specific that it measures ("Das
    // Rechenzentrumsgeschäft trug 35,6 Milliarden Dollar bei" in a paragraph about Nvidia's quarter) say that the value
    // a draft states by name and by what it measures ("Nvidia verlor 59 Milliarden Dollar an Börsenwert") is wrong.
    if (guessedWhose && explicit(fact) && comparison?.agreement !== 'agrees' && fact.attributes.some(measures) && !candidate.fact.attributes.some(isSpecific)) continue;
    // Nor is a day of something that happens once whose subject the paragraph leaves open among several ("Mistral's
    // Codestral 25.01, released on 13 January", a name no source list knows, after a paragraph on GPT-4o and Qwen2)
    // another day of the release a draft names ("GPT-4o, May 2024"): a guess between two subjects is no subject.
    if (guessedWhose && explicit(fact) && comparison?.agreement !== 'agrees' && (figure.kind === 'date' || figure.kind === 'year') && candidate.fact.attributes.some(isOnce) && whoOf(candidate.fact).length > 1) continue;
    if (comparison && (figure.kind === 'date' || figure.kind === 'year') && isOnceOfAnother(fact, sentence, candidate.fact, candidate.at.facts, kindOf)) continue;
    // "An article on 28 January said that training R1 had cost …": a day another article merely names ("Am Dienstag (28.
    // Januar) dürfte sich zeigen, ob Schnäppchenjäger zugreifen"), with nothing happening on it and no word in common, is
    // no source for the day of what the draft says happened, nor another day of it.
    if (comparison && figure.kind === 'date' && fact.attributes.length > 0 && candidate.fact.attributes.length === 0 && !sayAlike(sentence, candidate.at.facts)) continue;
    // "R1 reached 92 percent on MATH-500" is not what o1 scores there ("o1 scores 96.4 percent on MATH-500"): a score is
    // its model's, and the benchmark both name is what is measured, not whom.
    if (comparison && scoresOfOtherModels(fact, sentence, candidate.fact, candidate.at.facts)) continue;
    if (comparison && isAnotherPairsScore(fact, sentence, candidate.fact, candidate.at.facts, kindOf)) continue;
    // "a third of the money went into compute", „ein Drittel des Geldes floss in Rechenzeit“: a part of one sum is named
    // by where it went; only a share of the same place says anything of it (36 % of the world's models says nothing).
    if (comparison && isPartOfASum(figure) && candidate.figure.noun !== figure.noun) continue;
    // "a saving of 93 percent" is how much less one sum is: it bears out a draft that says less, and contradicts none.
    const saving = isSaving(candidate.figure) && (comparison?.agreement !== 'agrees' || !saysLess);
    // "gut sieben Prozent von GPT-4o": the smaller sum as a share of the bigger bears out a draft's share; a percentage
    // that differs is some other share or change of the two, not a wrong one. Not a draft that says less and no share:
    // "7 Prozent günstiger", "a saving of 7 percent" say how much less, which the saving decides (93 %).
    const saysLessNotShare = !fact.attributes.includes('percentShare') && saysLess;
    const shareOfSum = candidate.figure.shareOfSum === true && (comparison?.agreement !== 'agrees' || saysLessNotShare);
    // "ein Achtel davon", "less than half of Nvidia's": one move as a share of another bears out what a fraction word
    // says, and nothing else (a move of 12 percent is no share of anything); it contradicts nothing.
    const shareOfMove = candidate.figure.shareOfMove === true && (comparison?.agreement !== 'agrees' || !saysAFraction(figure));
    // "dreimal so viel wie der Softwarekonzern" compares two things; "hat sich verdreifacht", "mehr als dreimal so viel
    // wie ein Jahr zuvor" one thing with its past.
    const anotherPair = comparison !== undefined && comparesAnotherPair(fact, sentence, comparative, candidate.fact, candidate.at.facts);
    // "Analysten rechnen mit einem Abschlag von bis zu zehn Prozent": a bound holds for any smaller value, so it bears
    // out only one of what it measures too; not one that says what else it measures ("Fund weight 4.1%"), nor one that
    // says nothing of what ("## Montag: 7,82 Prozent" by "weniger als der Hälfte der aktiven Parameter", "## Freitag: 40"
    // by "up to 50 messages a day"). Its own value it still may.
    if (candidate.figure.bound && !figure.bound && !measuresAlike(fact, candidate.fact) && compareFigures(figure, { ...candidate.figure, bound: undefined }) !== 'agrees') continue;
    // Nor does a value contradict one that says what it measures unless it says so too (see `saysWhatElse`).
    const otherWhat = comparison !== undefined && comparison.agreement !== 'agrees' && saysWhatElse(fact, candidate.fact, comparison.agreement);
    // A value the source states about no one it names ("The stock gained 65 percent in 2024", "Die Aktie von Intel
    // legte um 1,7 Prozent zu" where "Intel" is no known name) bears a value out at most: it is no other value of what
    // a draft says someone did.
    const aboutNoOne = comparison !== undefined && comparison.agreement !== 'agrees' && fact.entities.length > 0 && candidate.fact.entities.length === 0;
    // A country's count ("France saw about 260,000 downloads") is no other value of one a draft gives for no country.
    const otherCountry = comparison !== undefined && comparison.agreement !== 'agrees' && countedPerCountry(candidate.fact) && countriesOf(candidate.fact.entities).length > 0 && countriesOf(fact.entities).length === 0;
    // "4.7% of the growth fund" and "13 Prozent von Nvidias Umsatz" are shares of two wholes: neither says the other wrong,
    // nor bears it out.
    if (comparison && ofOtherWholes(figure, sentence.text, candidate.figure, () => candidate.at.facts.text)) continue;
    // "Zwei Jahre später folgte High-Flyer", "the day after": a span between two events is no count of anything; a
    // draft's span is checked as a duration or not at all.
    const span = comparison !== undefined && !candidate.figure.derivedFrom && spanOf(figure, () => sentence.text) !== spanOf(candidate.figure, () => candidate.at.facts.text);
    // "Broadcom verliert halb so viel wie Nvidia": the ratio of Broadcom's and Nvidia's falls, not of any two of the
    // source's figures whose ratio happens to fit.
    const otherPair = candidate.figure.derivedFrom !== undefined && (!ofTheNamedPair(figure, sentence, candidate.fact) || ofOtherOperands(figure, sentence, candidate.figure));
    // A value that says nothing of what it measures and whose subject is only guessed from a heading or the title
    // ("## Freitag: 40" under a title about DeepSeek), or that is a turn of phrase ("Jedes vierte Unternehmen nutzt
    // DeepSeek"), may be borne out; it is too weak a reading to be called wrong.
    // So is a bare count in a table cell ("| 8–12 | Solide. |" under "| Punkte | Urteil |") whose subject is only carried
    // from an earlier row or paragraph: a score band is no count of what the paragraph before is about.
    // A value that says only that it is an estimate ("- die höchste Schätzung: 20 Millionen" under "# DeepSeek") says
    // no more of what it measures than one that says nothing: DeepSeek's downloads estimated elsewhere do not say it wrong.
    const tooWeakToBeWrong = comparison !== undefined && comparison.agreement !== 'agrees' && saysNoWhat(fact.attributes) &&
      (fact.entityFrom === 'heading' || fact.entityFrom === 'document' || figure.everyNth === true || bareCountCarried(fact, sentence));
    if (comparison && !weak && !saysNotWhat && !tooWeakToBeWrong && !saving && !shareOfSum && !shareOfMove && !anotherPair && !otherWhat && !aboutNoOne && !otherCountry && !span && !otherPair) evidence.push({ ...candidate, ...comparison });
  }
  return evidence;
}

/** "| 8–12 |": a count without a noun, alone in its sentence, whose subject the sentences before gave it. */
function bareCountCarried(fact: Fact, sentence: SentenceFacts): boolean {
  return fact.entityFrom === 'paragraph' && fact.figure.kind === 'count' && !fact.figure.noun && isBareNumber(sentence.text);
}

/** A count of a share of a whole ("36 Prozent × 1328 ≈ 478") that a draft's smaller count of the same things may be. */
function isPartOf(figure: Figure, derived: Figure): boolean {
  const [share, whole] = derived.derivedFrom ?? [];
  return derived.kind === 'count' && share?.kind === 'percent' && whole?.kind === 'count' && figure.value < whole.value && (!figure.noun || !whole.noun || sameThings(figure.noun, whole.noun));
}

/**
 * "36% of the world's 1,238 AI models", "China's share of the world's 1,238 AI models", "Of the world's 1,238 AI
 * models, 36% come from China", "counts 1,238 AI models, and 36 percent of them": the count a share is of. After
 * "share of" or "Of the" only where the words say it is the world's („weltweit“): "Of the 580 AI models from China,
 * 40 percent …", „Der Anteil der 580 chinesischen Modelle …“ and "Of all 580 Chinese AI models" count a part.
 */
function isTheWhole(figure: Figure, text: string): boolean {
  const before = text.slice(0, figure.start);
  const after = text.slice(figure.end);
  return SHARE_BEFORE.test(before) || SHARE_OF_IT_AFTER.test(after) || SHARE_OF_THE_WORLDS_BEFORE.test(before) || (PARTITIVE_OF_THE_WORLDS.test(before) && PERCENT_LATER.test(after));
}
const SHARE_BEFORE = new RegExp(`(?:${PERCENT_WORD_PATTERN})\\s+(?:of|der|des|aller|von)\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu');
const THE_WORLDS = String.raw`(?:the\s+world['’]s|(?:den\s+)?weltweit(?:en)?)`;
const SHARE_OF_THE_WORLDS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:share|anteil)\s+(?:of|an|am)\s+${THE_WORLDS}\s+$`, 'iu');
const PARTITIVE_OF_THE_WORLDS = new RegExp(String.raw`(?:^|[.:;!?]\s+)[*_>#\s-]*(?:of|von|unter)\s+${THE_WORLDS}\s+$`, 'iu');
const PERCENT_LATER = new RegExp(`^[^.;!?]*?(?:${PERCENT_WORD_PATTERN})`, 'iu');
const SHARE_OF_IT_AFTER = new RegExp(`^[^.;]*?(?:${PERCENT_WORD_PATTERN})\\s+(?:of\\s+them|of\\s+those|davon|von\\s+ihnen)(?![\\p{L}])`, 'iu');

/** "Modelle" and "KI-Modelle", "AI models" and "KI-Modelle": the same things counted, in either language. */
function sameThings(a: string, b: string): boolean {
  const concept = (n: string) => nounConcept(n.split(/\s/).pop()!) ?? n;
  return concept(a) === concept(b);
}

/**
 * Which candidates the lookup may leave unread because `compareAsSameFact` rules them out before comparing anything:
 * for a draft fact that names its subject, those bound to someone else (`sameEntity`); for one that names no one
 * (and is no count, nor a date of something specific), those whose sentence shares neither a name nor two concepts
 * with the draft's. And for one whose clause names no subject, of a day: those of another day that cannot bear its
 * value out, which decide nothing for it (`dayOfFact`).
 */
export function narrowingOf(fact: Fact, sentence: SentenceFacts): Narrowing | undefined {
  if (explicit(fact) && !ofACountryUnnamed(fact, sentence.concepts)) return { whose: [...new Set([...fact.entities, ...(fact.primary ?? [])])] };
  const kind = fact.figure.kind;
  const day = dayOfFact(fact);
  // A count may be borne out by the same count of the same things, a date by a specific attribute alone.
  const byAttributes = kind === 'count' || ((kind === 'date' || kind === 'year') && fact.attributes.some(isSpecific));
  if (fact.entities.length === 0 && !byAttributes) return { sharing: sentence.concepts, ...(day ? { day } : {}) };
  return day ? { day } : undefined;
}

/**
 * A draft fact of a day whose clause names no subject, for which a source fact two months or more away from it is
 * another day's (`whenOf`, also against a source's guessed day: what it is about happens on a day). Such a fact
 * decides nothing for it unless it bears the value out: no other time counts where the draft names someone
 * (`isAboutTheSame` weighs them all), nor where it names no attribute (a sum or day the draft names alone is looked up
 * by its value when nothing else is a candidate).
 */
function dayOfFact(fact: Fact): DayOfFact | undefined {
  const { kind, durationUnit } = fact.figure;
  if (kind === 'date' || kind === 'year' || durationUnit || !isDay(fact.time) || !isOneDays(fact.attributes)) return undefined;
  // Two guesses of last resort tell nothing apart when the draft's is a day no source names (`documentWhen`).
  if (fact.timeFrom === 'document' && (fact.time as DocumentDay).unconfirmed) return undefined;
  return { month: monthNumber(fact.time), figure: fact.figure };
}

/**
 * Whether a source fact cannot say that a draft's value is wrong for want of a "what": a source value that names no
 * attribute ("Broadcom added 2.5 percent") is no other value of what a draft's names ("a fund's weight 1.3 %"); and a
 * draft value that names none is contradicted only by a value about every name it gives ("58 % | R1 | MATH-500" by
 * R1's MATH-500 score; not "OpenAI wandte für GPT-4o 78 Millionen auf" by "OpenAI's app was downloaded 19 million
 * times", nor "88 % | R1 | MATH-500" by Kimi's 96.2 % "released the same day as R1").
 * The same digits with another scale word are no coincidence: a value about the first name the draft ties its value
 * to says it wrong ("Project Stargate is worth $500 million and was an answer to China's progress" by the
 * 500-Milliarden-Dollar-Initiative), whatever other names the sentence gives.
 */
function saysWhatElse(draft: Fact, source: Fact, agreement: Agreement): boolean {
  if (draft.attributes.length) return source.attributes.length === 0;
  // Names carried from before ("Fire-Flyer I … Fire-Flyer II. In euros, … 130 billion") are candidates, not a list.
  if (!explicit(draft)) return false;
  const who = whoOf(draft);
  if (agreement === 'scale' && who.length > 0 && source.entities.includes(who[0])) return false;
  return !who.every((e) => source.entities.includes(e));
}

/**
 * Whether a ratio or difference of two source figures may be the one the draft states: where the draft names what it
 * compares with right after the comparison ("Broadcom verliert halb so viel wie Nvidia", "… than Microsoft"), one of
 * the two figures must be about that name (6,58 % ÷ 3,75 % is Broadcom's and Microsoft's, no ratio to Nvidia's).
 */
function ofTheNamedPair(figure: Figure, sentence: SentenceFacts, derived: Fact): boolean {
  if (!derived.sides) return true;
  const named = (n: NameMention) => [n.entry.canonical, ...(n.entry.containing ?? [])];
  const about = (side: string[], names: string[]) => side.some((e) => names.includes(e));
  // "lagged the Nasdaq 100 by 4.82 points": the side outdone is the comparand, and one the words do not name is unknown.
  const outdone = outdoneSide(figure, sentence);
  if (outdone === null) return false;
  const comparand = comparandOf(figure, sentence) ?? outdone;
  if (!comparand) {
    // "Zwischen Nvidia und Microsoft lagen fünf Prozentpunkte": both sides are named.
    const between = pairBetween(figure, sentence);
    if (!between) return true;
    const [a, b] = derived.sides;
    const [x, y] = between.map(named);
    return (about(a, x) && about(b, y)) || (about(a, y) && about(b, x));
  }
  // And the other figure about a name the sentence gives before it, when it gives one: the subject.
  const subject = sentence.names.filter((n) => n.end <= figure.start && n.entry.canonical !== comparand.entry.canonical).flatMap(named);
  const [a, b] = derived.sides;
  const fits = (x: string[], y: string[]) => about(x, named(comparand)) && (subject.length === 0 || about(y, subject));
  return fits(a, b) || fits(b, a);
}

/** Whether two facts say they measure the same thing: an attribute of the same key. */
function measuresAlike(a: Fact, b: Fact): boolean {
  const keys = new Set(a.attributes.map(lookupKey));
  return b.attributes.some((x) => keys.has(lookupKey(x)));
}

/** The names a fact gives as who it is about: its own names (not the ones they contain), places left out. */
function whoOf(fact: Fact): string[] {
  return (fact.primary?.length ? fact.primary : fact.entities).filter((e) => !fact.places?.includes(e));
}

/**
 * "Im HumanEval-Benchmark erreicht es 92 %, im MATH-500-Test 85 %": a source sentence that gives each of its figures
 * a name of its own distributes them; a draft naming one of those names ("im HumanEval-Test … 85 Prozent") is about
 * that member, and another member's value bears nothing out, however much of the sentence the draft shares.
 */
function dropOtherMembers(fact: Fact, evidence: RankedEvidence[]): void {
  const own = new Map(evidence.map((e) => [e, ownNames(e, evidence)]));
  const named = evidence.filter((e) => own.get(e)!.some((n) => fact.entities.includes(n)));
  if (named.length === 0) return;
  const otherMember = (e: RankedEvidence) => {
    const names = own.get(e)!;
    return names.length > 0 && !names.some((n) => fact.entities.includes(n)) && named.some((m) => sameSentence(m, e));
  };
  const kept = evidence.filter((e) => !otherMember(e));
  evidence.splice(0, evidence.length, ...kept);
}

/**
 * A subject carried from the paragraph's earlier sentences is the reader's guess, and the best there is (a heading's is
 * not as near: under it the sources' facts of others may be what a line is about): where the sources give a
 * value of what the draft measures for that very subject, a value they give for others only (the Nikkei's "rund 19
 * Prozent" in 2024, read as its chip makers', for the Nasdaq's "20 Prozent" that year) is another fact, however many
 * words its sentence shares. (Not a day: on one day many things happen, each of its own subject.)
 */
function dropOthersOfAGuessedSubject(fact: Fact, evidence: RankedEvidence[], keys: ReadonlySet<string>): void {
  if (fact.entities.length === 0 || fact.figure.kind === 'date' || fact.figure.kind === 'year') return;
  const whose = (e: RankedEvidence) => e.fact.entities.some((x) => fact.entities.includes(x));
  const theirs = evidence.some((e) => whose(e) && e.when !== 'other' && !e.figure.derivedFrom && e.fact.attributes.some((x) => keys.has(lookupKey(x))));
  if (!theirs) return;
  const kept = evidence.filter((e) => e.fact.entities.length === 0 || whose(e));
  evidence.splice(0, evidence.length, ...kept);
}

/** The names a figure's fact gives that the other figures of its sentence do not. */
function ownNames(e: RankedEvidence, evidence: RankedEvidence[]): string[] {
  const siblings = evidence.filter((o) => o.figure !== e.figure && sameSentence(o, e));
  if (siblings.length === 0) return [];
  return (e.fact.primary ?? []).filter((n) => !e.fact.places?.includes(n) && siblings.every((o) => !o.fact.entities.includes(n)));
}

function sameSentence(a: FigureEvidence, b: FigureEvidence): boolean {
  return a.at === b.at || (a.at.source === b.at.source && a.at.sentence.start === b.at.sentence.start);
}

function ownArithmetic(figure: Figure, sentence: SentenceFacts): boolean {
  const others = sentence.figures.filter((f) => f !== figure && f.end <= figure.start);
  return deriveFigures(others, sentence.text).some((d) => d.kind === figure.kind && compareFigures(figure, d) === 'agrees');
}

/**
 * "92% on HumanEval and 85% on MATH-500, nine points apart": a gap, ratio or sum worked out from two figures the
 * sentence states before it is the arithmetic of those two. Another article's pair whose result happens to fit (72.6 %
 * and 63.6 % of two other models, nine points apart) neither bears it out nor says it wrong.
 */
function ofOtherOperands(figure: Figure, sentence: SentenceFacts, derived: Figure): boolean {
  const operands = derived.derivedFrom!;
  // Figures of what the two measure, in their unit: "200 Millionen Yuan und eine Milliarde Yuan … also 150 Millionen
  // Euro" is no gap of the two yuan sums, so the source's sum in euros is not another pair's.
  const alike = (f: Figure, o: Figure) => f.kind === o.kind && f.currency === o.currency;
  const own = sentence.figures.filter((f) => f !== figure && f.end <= figure.start && !f.derivedFrom && operands.some((o) => alike(f, o)));
  if (own.length < 2) return false;
  const used = new Set<Figure>();
  return !operands.every((o) => {
    const mine = own.find((f) => !used.has(f) && alike(f, o) && compareFigures(f, o) === 'agrees');
    if (mine) used.add(mine);
    return mine !== undefined;
  });
}

/** A noun that makes a count one of percentages or points, which counts no averaged moves. */
const PERCENT_OR_POINT_NOUN = new RegExp(PERCENT_OR_POINT_NOUN_STEMS.join('|'), 'i');

const isAverageMove = (figure: Figure) => figure.aggregate === 'mean' && figure.kind === 'percent';

/**
 * "Nvidia und Broadcom verloren im Schnitt gut 7 Prozent": the average of the two the draft names, not of the three the
 * source lists; a draft that names some of the averaged but not all means another average, unless it counts them all
 * („Zwischen Nvidia und Microsoft liegen fünf Punkte, … die drei Konzerne … im Schnitt rund sechs Prozent“).
 */
function averageOfOthers(mean: Figure, sentence: SentenceFacts): boolean {
  const operands = mean.derivedFrom!.length;
  const named = new Set(sentence.names.map((n) => nameConcept(n.entry.canonical)));
  const namedOperands = mean.derivedFrom!.filter((f) => [...f.localConcepts].some((c) => named.has(c))).length;
  const countsThemAll = sentence.figures.some((f) => f.kind === 'count' && f.value === operands && f.scale === 0 && !f.noun?.match(PERCENT_OR_POINT_NOUN));
  return namedOperands > 0 && namedOperands < operands && !countsThemAll;
}
const isShare = (fact: Fact) => fact.attributes.includes('percentShare');
/** A share that names where the part went (`extractFigures`): "a third of the money went into compute". */
const isPartOfASum = (figure: Figure) => figure.kind === 'percent' && figure.noun !== undefined;

/** Words right after a percentage that make it a gap between two things: "63 percent below o1-mini", "30 Prozent mehr". */
const GAP_AFTER = /^\s*(?:below|above|under|over|cheaper|less|lower|higher|more|unter|über|günstiger|billiger|teurer|weniger|mehr|niedriger|höher)(?![\p{L}])/iu;

function isGap(figure: Figure, text: string): boolean {
  return (figure.kind === 'percent' || figure.kind === 'percentagePoint') && !figure.derivedFrom && GAP_AFTER.test(text.slice(figure.end));
}

/** Whether a source fact is about who and what the draft's explicit fact names, or only bears its value out. */
function isAboutTheSame(fact: Fact, e: RankedEvidence): boolean {
  // A bound that a value lies within ("up to $500 billion" for "$78 billion") says nothing of whose or what it is.
  const agrees = e.agreement === 'agrees' && !(e.figure.bound && !fact.figure.bound);
  if (e.figure.derivedFrom && !agrees) return false;
  const keys = new Set(fact.attributes.map(lookupKey));
  const who = e.fact.entities.some((x) => fact.entities.includes(x)) || (e.fact.entities.length === 0 && agrees && !fact.figure.bound);
  // A draft that says nothing of what ("Das Modell V3 folgte im Dezember 2024") is borne out by a source that says
  // it came out then as much as by one that does not say either.
  const what = e.fact.attributes.some((x) => keys.has(lookupKey(x))) || ((e.fact.attributes.length === 0 || keys.size === 0) && agrees);
  return who && what;
}

function decide(fact: Fact, deciding: RankedEvidence[], otherTime: RankedEvidence[]): FigureMatch | undefined {
  const { figure } = fact;
  // A value stated for one of the names the draft gives ("200 Millionen und eine Milliarde Yuan, Fire-Flyer II … Fire-
  // Flyer I") bears it out, however the rest of its sentence weighs.
  // (A value derived from two of a source's figures is no value stated for anyone: 72.6 − 63.6 of two distilled models.)
  const forANamed = (e: RankedEvidence) => explicit(fact) && !figure.bound && !e.figure.derivedFrom && figure.kind !== 'date' && figure.kind !== 'year' && e.agreement === 'agrees' && (e.fact.primary?.length ? e.fact.primary : e.fact.entities).some((x) => fact.entities.includes(x));
  const sameFact = deciding.filter((e) => e.score >= SAME_FACT_SHARE * deciding[0].score || forANamed(e));
  // An exact value decides before a bound ("bis zu 10 %" does not bear out 3,75 % where the source says -7,82 %).
  const exact = sameFact.filter((e) => !e.figure.bound);
  // A date of an event that happens once is borne out by any source that dates that event so, however prominently.
  // It must date every such event the best candidate and the draft share ("2023, a year before the founding" is the
  // year of the export curbs, not of the founding).
  const onceOf = (f: Fact) => f.attributes.filter(isOnce);
  const wanted = deciding.length ? onceOf(deciding[0].fact).filter((a) => fact.attributes.includes(a)) : [];
  const once = (figure.kind === 'date' || figure.kind === 'year') && wanted.length
    ? deciding.filter((e) => e.agreement === 'agrees' && !sameFact.includes(e) && wanted.every((a) => e.fact.attributes.includes(a)))
    : [];
  const agreeing = [...(exact.length ? exact : sameFact), ...once, ...otherTime].filter((e) => e.agreement === 'agrees');
  agreeing.sort((a, b) => Number(Boolean(a.figure.bound)) - Number(Boolean(b.figure.bound)));
  if (agreeing.length === 0) {
    // An undated market value may be any day's: only a source value that gives no day either can contradict it
    // ("589 Milliarden Dollar Börsenwert" is not 6 January's level). (An undated share move is the story's day's.)
    // Nor is a day's move contradicted by a move its source dates to no day at all ("Broadcom gab 4,9 Prozent nach" in
    // an article that names no year), which may be any day's.
    const contradicting = !fact.time && figure.kind === 'money' && fact.attributes.includes('valuation') ? deciding.filter((e) => !e.fact.time)
      : isDay(fact.time) && isOneDays(fact.attributes) ? deciding.filter((e) => e.fact.time !== undefined) : deciding;
    if (contradicting.length === 0) return undefined;
    // Another article may state the draft's value for the same event, less prominently: then the sources disagree.
    const best = contradicting[0];
    const otherSource = contradicting.find((e) => e.agreement === 'agrees' && e.at.source !== best.at.source && isSameEvent(figure, e.figure) && isSameEvent(figure, best.figure) && sameTime(e.fact, best.fact));
    if (!otherSource) return { status: 'contradicted', evidence: strip(contradicting), conflicts: [] };
    // "On Monday, January 27, 2025, shares tumbled after R1 …": a day another article gives R1's release is no rival of
    // the day the sell-off is dated to; the sources disagree only where both date one event the draft names.
    return { status: 'supported', evidence: strip([otherSource]), conflicts: ofOneEvent(fact, best, otherSource) ? strip([best]) : [] };
  }
  const conflicts = sameFact.filter(conflictsWith(fact, agreeing));
  const more = deciding.filter((e) => e.agreement === 'agrees' && !agreeing.includes(e));
  return { status: 'supported', evidence: strip([...agreeing, ...more]), conflicts: strip(conflicts) };
}

/**
 * Whether a candidate states otherwise what the agreeing evidence (the best first) states: sources disagree only about
 * the same thing, a shared name, the same event, the same time, and not where the same source also agrees.
 */
function conflictsWith(fact: Fact, agreeing: RankedEvidence[]): (e: RankedEvidence) => boolean {
  const { figure } = fact;
  const agreeingSources = new Set(agreeing.map((e) => e.at.source));
  const best = agreeing[0];
  // A release day rivals the best one's only where it names the model that one names, or no one that one does not:
  // Zuckerberg's "first announced on January 24", beside DeepSeek's name, is no other day of R1's release; "Am 27.
  // Januar 2025 sorgte DeepSeek für Schlagzeilen" is another day of the news R1 made.
  const models = whoOf(best.fact).filter(namesAModelVersion);
  return (e) => e.agreement !== 'agrees' && !agreeingSources.has(e.at.source) && isSameEvent(figure, e.figure) && sameTime(best.fact, e.fact) && e.fact.entities.some((x) => best.fact.entities.includes(x)) && ofOneEvent(fact, best, e)
    && (models.length === 0 || models.some((m) => e.fact.entities.includes(m)) || whoOf(e.fact).every((x) => best.fact.entities.includes(x)));
}

/**
 * Whether two source facts that give a draft's date one day each date the same event of the draft's words: for a date, a
 * rival must share an event (a release, a fall, a share price's day) with the other among those the draft names. "On 27
 * January 2025 the release of R1 triggered a sell-off", borne out as the day of the sell-off, is not contradicted by
 * "Kimi k1.5, released on 20 January, the same day as R1" in another article: that dates a release. Other figures'
 * rivals are told apart by `isSameEvent` alone.
 */
function ofOneEvent(fact: Fact, one: RankedEvidence, other: RankedEvidence): boolean {
  if (fact.figure.kind !== 'date' && fact.figure.kind !== 'year') return true;
  const eventKeys = (f: Fact) => f.attributes.filter((a) => isOnce(a) || isOneDays([a])).map(lookupKey);
  const drafts = new Set(eventKeys(fact));
  const ones = eventKeys(one.fact).filter((k) => drafts.has(k));
  return ones.length === 0 || eventKeys(other.fact).some((k) => ones.includes(k));
}

/**
 * A draft fact whose verdict its agreeing source facts decide whenever there are any, whatever else its lookup holds
 * but the facts about the names they give: no source fact can be stated for its time (`whenOf` says "same" to none:
 * it has no time, or only the piece's guessed day) and none of another time counts (`otherTime`), it names no subject
 * of its own (whose evidence `isAboutTheSame` and `dropOtherMembers` weigh against each other), and it is no date
 * (whose events `decide` reads apart). Then a source fact that cannot agree with it changes its verdict only as the
 * best score that makes a candidate the same fact, or as a rival of the best agreeing one (`conflictsWith`), which
 * names a name the best one names.
 */
function agreeingMayDecide(fact: Fact): boolean {
  const { kind } = fact.figure;
  return !explicit(fact) && kind !== 'date' && kind !== 'year' && (!fact.time || fact.timeFrom === 'document');
}

/** The evidence `decide` would take for the best agreeing one, if any: the first exact value that agrees, by score. */
function bestAgreeing(evidence: RankedEvidence[]): RankedEvidence | undefined {
  return [...evidence].sort((a, b) => b.score - a.score).find((e) => e.when === 'unknown' && e.agreement === 'agrees' && !e.figure.bound);
}

/**
 * No candidate's score (`compareAsSameFact`) exceeds this for a draft fact no source fact can share a stated time with
 * (`agreeingMayDecide`), as its lookup files them, none read: the weights of the concepts its sentence shares with the
 * draft's and of those its clause may share with the figure's (its sentence's and its clause's own, `searchKeysOf`),
 * the names and attributes it shares, and the day guessed alike. (A hair above, so that sums added in another order
 * stay below it.)
 */
export function scoreBound(fact: Fact, sentence: SentenceFacts, index: SourceIndex, derivable: boolean, narrowing: Narrowing | undefined): number {
  const terms: Term[] = [
    ...[...sentence.concepts].map((c) => ({ keys: [conceptKey(c)], weight: index.weight(c) })),
    ...[...fact.figure.localConcepts].map((c) => ({ keys: [conceptKey(c), clauseConceptKey(c)], weight: 2 * index.weight(c) })),
    ...fact.entities.map((e) => ({ keys: [entityKey(fact, e)], weight: 1 })),
    ...fact.attributes.map((a) => ({ keys: [attributeKey(fact, a)], weight: 1 })),
  ];
  const most = Math.max(index.facts.most(fact, narrowing, terms), derivable || fact.figure.kind === 'count' ? index.derivedFacts.most(fact, narrowing, terms) : 0);
  return (most + 1) * (1 + 1e-9) + 1e-9;
}

/**
 * Whether `decide` gives the same verdict, evidence and conflicts from `evidence` (the candidates that may agree with
 * a draft fact of `agreeingMayDecide` and those naming one of `rivalsOf`, the names of the best of them) as from every
 * candidate of the lookup, of which the ones left out cannot agree, name none of `rivalsOf` and score at most `bound`.
 * What they could change is the best score among the facts deciding, which sets which are the same fact
 * (`SAME_FACT_SHARE`): it must not change whether the agreeing ones and the rivals are, and the best agreeing one, an
 * exact value, must be.
 */
function decidesAlike(fact: Fact, evidence: RankedEvidence[], bound: number, rivalsOf: readonly string[]): boolean {
  const deciding = [...evidence].sort((a, b) => b.score - a.score).filter((e) => e.when === 'unknown');
  if (deciding.length === 0 || evidence.some((e) => e.when === 'same')) return false;
  const [low, high] = [SAME_FACT_SHARE * deciding[0].score, SAME_FACT_SHARE * Math.max(deciding[0].score, bound)];
  const surelySame = (e: RankedEvidence) => e.score >= high;
  const decided = (e: RankedEvidence) => surelySame(e) || e.score < low;
  const agreeing = deciding.filter((e) => e.agreement === 'agrees');
  const exact = agreeing.filter((e) => !e.figure.bound && surelySame(e));
  if (exact.length === 0 || !agreeing.every(decided) || !exact[0].fact.entities.every((e) => rivalsOf.includes(e))) return false;
  return deciding.filter(conflictsWith(fact, exact)).every(decided);
}

type RankedEvidence = FigureEvidence & { when: When };

/** A specific attribute that says what is measured: "a share of" says only that a value is part of something. */
const measures = (attribute: string) => isSpecific(attribute) && attribute !== 'percentShare';

/** An agreeing source figure this close to the best score still counts as the same fact. */
const SAME_FACT_SHARE = 0.6;

function strip(evidence: RankedEvidence[]): FigureEvidence[] {
  return evidence.map(({ when: _, ...e }) => e);
}

/** Whether two facts are stated for the same time, another time, or one of them does not say. */
export type When = 'same' | 'other' | 'unknown';

export interface SameFactComparison {
  /** Whether both facts are stated for the same time; another time weighs against, the same stated time for. */
  when: When;
  score: number;
  agreement: Agreement;
  shared: Set<string>;
}

/**
 * Whether fact `b` (in a sentence with concepts `bConcepts`) can state the same fact as `a`, and if so how strongly
 * and whether they agree. Undefined: a different fact, never to be compared. Same fact: same kind of value and unit,
 * no disagreement on who, what or when, and a shared entity or attribute (both, or else a shared name or two shared
 * concepts in the sentences).
 */
export function compareAsSameFact(a: Fact, aConcepts: Set<string>, b: Fact, bConcepts: Set<string>, weight: (concept: string) => number): SameFactComparison | undefined {
  const fa = a.figure;
  const fb = b.figure;
  if (!sameUnitFamily(fa, fb) || !sameCountedThing(fa, fb)) return undefined;
  if (fa.range && fb.range && fa.range !== fb.range) return undefined;
  // "knocked $600 billion off Nvidia's market value" is not what it "climbed back to" on another day, nor what Meta
  // spends on chips.
  const [aSum, bSum] = [sumKind(a), sumKind(b)];
  if (aSum && bSum && aSum !== bSum) return undefined;
  const sharedEntities = a.entities.filter((e) => b.entities.includes(e));
  // A subject carried from an earlier sentence is a reader's guess: it adds weight, and it rules a fact out only
  // against a fact that names its own subject ("der Index" stieg um 52 % is not SoftBank's rise of the paragraph);
  // one guessed from a heading or far back never does.
  // Export curbs a draft dates beside a chip or its buyer ("Nvidia A100 chips he stockpiled before the 2022 export
  // curbs") are still the curbs a source dates beside the country that imposed them, unless the draft names a country.
  if (explicit(a) && b.entities.length && b.entityFrom !== 'heading' && !sameEntity(a, b) && !(ofACountryUnnamed(a, aConcepts) && b.attributes.some(isACountrysAct) && bConcepts.has(HIT_BY_THE_ACT))) return undefined;
  // "58 % for DeepSeek R1 on MATH-500" is not about DeepSeek V3's 90.2 % there: another version is another model.
  if (otherVersions(a, b)) return undefined;
  // An app's downloads, users and chart places are counted per country: the top of the UK App Store is not the US's.
  // (Elsewhere a country is as often who as where: "das chinesische Start-up" is no place of the fall.)
  if (countedPerCountry(a) || countedPerCountry(b)) {
    const [aCountries, bCountries] = [countriesOf(a.entities), countriesOf(b.entities)];
    if (aCountries.length && bCountries.length && !aCountries.some((c) => bCountries.includes(c))) return undefined;
  }
  const isDate = fa.kind === 'date' || fa.kind === 'year';
  // "Das V3-Modell war im November 2024 veröffentlicht worden" is not dated by the release of R1-Lite-Preview, though
  // DeepSeek made both: the day a model came out is that model's.
  if (isDate && otherModels(a, b)) return undefined;
  const timeOf = whenOf(a, b, isDate);
  if (a.attributes.some(isSpecific) && b.attributes.some(isSpecific) && !sharesASpecific(a.attributes, b.attributes)) return undefined;
  if (separated(a.attributes, b.attributes)) return undefined;
  // "Nvidia hatte 0,59 Billionen Dollar an Wert verloren" names a move and no what: a day's move of a share price or a
  // market value. A revenue, a cost, downloads (what does not move from day to day) are no other value of it, nor the
  // other way round, whatever move their sentence reports ("einen Umsatz von 69,6 Milliarden Dollar, ein Plus von 12 Prozent").
  if (aMoveAndAnotherWhat(a.attributes, b.attributes) || aMoveAndAnotherWhat(b.attributes, a.attributes)) return undefined;
  const bKeys = new Set(b.attributes.map(lookupKey));
  const sharedAttributes = a.attributes.filter((x) => bKeys.has(lookupKey(x)));
  const shared = intersect(aConcepts, bConcepts);
  // Facts about different things ("99 % of success", "92 % in a benchmark") share an attribute, unless one of them
  // names none at all; then one shared generic word ("grew") is no shared fact: it takes a shared name or two concepts.
  if (sharedAttributes.length === 0 && a.attributes.length && b.attributes.length) return undefined;
  // A date is specific enough to be recognised by what happened alone: "die Börse geriet am 27. Januar in Panik". But
  // what happened to no one the draft names, on another day, is no one's in particular: "the annual meeting will be
  // held on 24 April" is not Liang's meeting with Li Qiang on 20 January, unless more than the event's word is shared.
  const someoneElses = a.entities.length === 0 && b.entities.length > 0 && shared.size < 2 && compareFigures(fa, fb) === 'differs';
  const enoughForADate = isDate && sharedAttributes.some(isSpecific) && !someoneElses;
  // An age of another year than the draft's own is that year's: "damals 39 Jahre alt" in May 2024 is no value of "der
  // 40-jährige Liang" in a piece about January 2025.
  if (agesOfOtherYears(a, b) || ageOfNoYear(a, b)) return undefined;
  const agreement = compareFigures(fa, fb) === 'differs' && oneBirth(a, b) ? 'agrees' : compareFigures(fa, fb);
  // "| Co-founders of that | two other engineers |": the same count of the same people, with a word for what they did,
  // bears a value out where the row names no one.
  const countedAlike = agreement === 'agrees' && fa.kind === 'count' && sharedAttributes.length >= 2 && sharedAttributes.some((x) => x.startsWith('noun:'));
  if ((sharedAttributes.length === 0 || sharedEntities.length === 0) && !enoughForADate && !countedAlike) {
    const sharesName = sharedEntities.length > 0 || [...shared].some((c) => c.startsWith('name:'));
    // Two attributes in common say as much as a name ("99 Prozent des Erfolgs" in a motto nobody is named beside).
    if (!sharesName && shared.size < 2 && !(b.entities.length === 0 && sharedAttributes.length >= 2)) return undefined;
  }
  // A subject the reader guessed from context bears a value out, but it is no ground to call a value wrong that a
  // source states about someone else ("The smallest has 1.5 billion parameters" is not Alibaba's Qwen3 with 8 billion).
  // A place is where, not who; and a name the draft's sentence gives beside the guess may be what the fact is about
  // ("Seine beiden Supercomputer kosteten 200 Milliarden Yuan … Fire-Flyer I").
  const guessedWho = a.entities.some((e) => !a.places?.includes(e));
  if (agreement !== 'agrees' && !explicit(a) && guessedWho && b.entities.length && !sameEntity(a, b) && ![...shared].some((c) => c.startsWith('name:'))) return undefined;
  // Two guesses that share one word for what make no contradiction: "a $2.4m budget" after a bullet on Nvidia is not
  // the cost of a model that a paragraph about Nvidia's customers mentions.
  if (agreement !== 'agrees' && !explicit(a) && guessedWho && b.entities.length && b.entityFrom === 'paragraph' && sharedAttributes.length < 2 && !(fa.range && fa.range === fb.range) && ![...shared].some((c) => c.startsWith('name:'))) return undefined;
  if (agreement === 'differs' && (fa.kind !== fb.kind || otherCurrency(fa, fb) || !plausiblySameFact(fa, fb))) return undefined;
  // A bound far from a value it still holds for ("mehr als das Fünffache" and 13.9) neither bears it out nor is wrong.
  if (agreement === 'differs' && withinBound(fa, fb)) return undefined;
  const local = intersect(fa.localConcepts, fb.localConcepts);
  // A date differs from another only about an event that happens once (a founding, a release): a share price falls
  // on many days, and "Nvidia fell on 3 March" is another fall, not a wrong date for the one on 27 January.
  if (isDate && agreement === 'differs' && !sharedAttributes.some(isOnce)) return undefined;
  // Nor is a model's day (its release, its breakthrough) contradicted by a day of its maker's ("DeepSeek sorgte am 27.
  // Januar für Schlagzeilen" for "R1 brachte am 20. Januar den Durchbruch"): the company's day is another event of its.
  if (isDate && agreement === 'differs' && modelAndMaker(a, b) && sharedAttributes.filter(isOnce).every(isAModelsEvent)) return undefined;
  const otherWayOnAGuessedDay = agreement === 'differs' && isOtherWayOnAGuessedDay(a, b);
  const when = timeOf === 'same' && otherWayOnAGuessedDay ? 'unknown' : timeOf;
  // A day only guessed (the piece's date) still prefers the source's fact of that very day to one of the day after,
  // unless that fact goes the other way.
  const guessedSameDay = when === 'unknown' && sameDay(a.time, b.time) && !otherWayOnAGuessedDay;
  const timeWeight = when === 'other' ? -3 : when === 'same' ? 2 : guessedSameDay ? 1 : 0;
  return { when, score: 2 * weigh(local, weight) + weigh(shared, weight) + sharedEntities.length + sharedAttributes.length + timeWeight, agreement, shared };
}


/**
 * A fact of nothing but a move (`isOneDays`, no specific attribute) against one that says what it measures, and that is
 * not a day's. ("a quarter of its value", a share of something, says no what: "after gaining a quarter of its value".)
 */
function aMoveAndAnotherWhat(move: readonly string[], other: readonly string[]): boolean {
  return move.length > 0 && !move.some(isSpecific) && isOneDays(move) && other.some(measures) && !isOneDays(other);
}

function sameDay(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  return Boolean(a?.day && b?.day && a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year));
}

/** "of the growth fund", "der weltweit 1328 KI-Modelle", "von Nvidias Umsatz": the whole a share is of, to its clause's end. */
// A relative clause after it says what the whole is too ("der 78 Millionen Dollar, die OpenAI für GPT-4o ausgab").
const WHOLE_AFTER = /^\s*(?:of|der|des|von)\s+[^,.;:!?()\u2013\u2014]{1,80}(?:,\s*(?:die|der|das|den|dem|that|which)\s[^,.;:!?()\u2013\u2014]{1,80})?/iu;

/** The words for what a share is of, where the words after it say ("4.7% of the growth fund": fund); else none. */
function wholeOf(figure: Figure, text: string): Set<string> {
  if (figure.kind !== 'percent' || figure.derivedFrom) return new Set();
  const whole = WHOLE_AFTER.exec(text.slice(figure.end));
  return whole ? conceptsOf(whole[0], 0, whole[0].length, []) : new Set();
}

/**
 * Two shares, each of a whole the words name, and no word for the one names the other. The source's text is asked
 * last and only for a share: reading it reads the whole source, which a lazily loaded index leaves unread till then.
 */
function ofOtherWholes(a: Figure, aText: string, b: Figure, bText: () => string): boolean {
  if (b.kind !== 'percent' || b.derivedFrom) return false;
  const aWhole = wholeOf(a, aText);
  if (aWhole.size === 0) return false;
  const bWhole = wholeOf(b, bText());
  return bWhole.size > 0 && ![...aWhole].some((c) => bWhole.has(c));
}

const PER_COUNTRY = new Set(['downloads', 'users', 'chart']);

const RELATIVE_IN_SPAN = /\b(?:after|before|später|zuvor|danach|darauf)\b/i;
const BEFORE_SPAN = /(?:seit|since|the|for)\s+$/i;
const AFTER_SPAN = /^\s*(?:später|zuvor|danach|davor|vorher|darauf|after|before|later|earlier|ago)\b/i;

/**
 * A count of days, weeks, months or years between two events ("Zwei Jahre später", "seit zwei Jahren", "the day
 * after") that was not read as a duration: no amount of anything ("zwei bis drei Jahre Vorsprung" is one).
 */
function spanOf(figure: Figure, textOf: () => string): 'duration' | 'span' | undefined {
  if (figure.durationUnit) return 'duration';
  return isRelativeSpan(figure, textOf) ? 'span' : undefined;
}

function isRelativeSpan(figure: Figure, textOf: () => string): boolean {
  if (figure.kind !== 'count') return false;
  const words = (countedNoun(figure) ?? figure.text).toLowerCase().split(/[\s-]+/);
  if (!words.some((w) => DURATION_UNITS.has(w))) return false;
  // (The sentence's text is asked for only now: a lazily read source is not read for a figure that counts no time.)
  const text = textOf();
  const after = text.slice(figure.end);
  return RELATIVE_IN_SPAN.test(figure.text) || BEFORE_SPAN.test(text.slice(0, figure.start)) || AFTER_SPAN.test(after) || AFTER_SPAN.test(after.replace(/^\s*\p{L}+/u, ''));
}

const countedPerCountry = (fact: Fact) => fact.attributes.some((x) => PER_COUNTRY.has(x));

/** A sum is a change where the words say "by"/"off", a level where they say "to" or nothing moved; unknown otherwise. */
function sumKind(fact: Fact): 'change' | 'level' | undefined {
  // "DeepSeek got by on $72 million less", „kam mit 72 Millionen Dollar weniger aus“: how far one sum lies below another
  // is a difference of two levels, whichever of the two the sentence is about; "less" makes it no change.
  if (fact.figure.kind !== 'money' || fact.figure.aggregate === 'difference') return undefined;
  if (fact.figure.change === 'by') return 'change';
  if (fact.figure.change === 'to' || !fact.attributes.some((x) => lookupKey(x) === 'change')) return 'level';
  return undefined;
}

/**
 * Both facts name a model of one family in another version ("DeepSeek R1", "DeepSeek V3"; "R1-Lite-Preview", which
 * names no maker), neither the other's.
 */
function otherVersions(a: Fact, b: Fact): boolean {
  // A value derived from two figures ("78 ÷ 3 ≈ 26" of GPT-4's and Llama 2's costs) has no subject of its own: the
  // names of both sides count.
  const named = (f: Fact) => f.primary ?? (f.figure.derivedFrom ? f.entities : []);
  const bNames = named(b).filter((y) => !a.entities.includes(y));
  return named(a).some((x) => !b.entities.includes(x) && bNames.some((y) => areTwoVersionsOfOneFamily(x, y)));
}

/**
 * One fact names a model in its own sentence, the other only others (its maker): both say whom they are about, and
 * it is not the same one. (A fact whose subject is guessed from the paragraph may be either's.)
 */
function modelAndMaker(a: Fact, b: Fact): boolean {
  if (!explicit(a) || !explicit(b)) return false;
  const model = (f: Fact) => whoOf(f).some(namesAModelVersion);
  return model(a) !== model(b) && whoOf(a).length > 0 && whoOf(b).length > 0;
}
const isAModelsEvent = (attribute: string) => ATTRIBUTES[attribute]?.fits.includes('model') === true;

/**
 * Two benchmark scores whose sentences each name a model of theirs that the other fact is not about: two models'
 * scores. (A model only carried into a fact from elsewhere is no model its sentence names.)
 */
function scoresOfOtherModels(a: Fact, aSentence: SentenceFacts, b: Fact, bSentence: SentenceFacts): boolean {
  if (!a.attributes.includes('benchmark') || !b.attributes.includes('benchmark')) return false;
  const ownModels = (f: Fact, s: SentenceFacts, other: Fact) =>
    s.names.filter((n) => n.entry.kind === 'model' && f.entities.includes(n.entry.canonical) && !other.entities.includes(n.entry.canonical));
  const aOwn = ownModels(a, aSentence, b);
  const bOwn = ownModels(b, bSentence, a);
  if (aOwn.length > 0 && bOwn.length > 0) return true;
  // "Im MATH-500-Test erreicht es 85 % – Werte, die mit Top-Modellen wie OpenAI o1 mithalten" against "OpenAI's o1
  // scores 96 percent on MATH-500": a sentence that names the other's model and keeps it out of its score, which is
  // another model's (one its words point back to, "es"), is a rival's score, not that model's.
  // (A gap or a value derived from two scores is between them, whoever else its sentence names.)
  if ([a, b].some((f) => f.figure.derivedFrom !== undefined || f.figure.kind === 'percentagePoint')) return false;
  const keptOut = (own: NameMention[], s: SentenceFacts, f: Fact) => own.some((n) => s.names.some((m) => m.entry.canonical === n.entry.canonical) && !f.entities.includes(n.entry.canonical));
  const anotherModel = (f: Fact, other: Fact) => f.entities.some((e) => namesAModelVersion(e) && !other.entities.includes(e));
  return (aOwn.length > 0 && keptOut(aOwn, bSentence, b) && anotherModel(b, a)) || (bOwn.length > 0 && keptOut(bOwn, aSentence, a) && anotherModel(a, b));
}

function otherModels(a: Fact, b: Fact): boolean {
  const aModels = (a.primary ?? []).filter(namesAModelVersion);
  const bModels = (b.primary ?? []).filter(namesAModelVersion);
  return aModels.length > 0 && bModels.length > 0 && !aModels.some((x) => b.entities.includes(x)) && !bModels.some((y) => a.entities.includes(y));
}

/** One names what the other is about: "DeepSeek" and "DeepSeek R1" can be; "DeepSeek R1" and "DeepSeek V3" can't. */
function sameEntity(a: Fact, b: Fact): boolean {
  // Two facts that each name someone who is not a place are not made one by the country they share ("Nvidia …, USA"
  // and "die USA beschränkten … DeepSeek").
  if (namesWho(a) && namesWho(b)) return whoNamedBy(a, b, true) || whoNamedBy(b, a, true);
  return whoNamedBy(a, b, false) || whoNamedBy(b, a, false);
}

// `sameEntity` and `sharesASpecific` are asked of every pair of facts compared, the draft's with the sources' and with
// its own (millions of pairs in a 1 MB draft): loops, where lists filtered afresh at each call made some 60 MB of
// garbage per check.

/** An attribute that says what is measured, in both lists. */
function sharesASpecific(a: readonly string[], b: readonly string[]): boolean {
  for (let k = 0; k < a.length; k++) if (isSpecific(a[k]) && b.includes(a[k])) return true;
  return false;
}

/** Whom a fact is about, places included: its primary names where it has some, else all its entities. */
const primaryOrAll = (f: Fact) => (f.primary?.length ? f.primary : f.entities);

const isPlaceOf = (f: Fact, entity: string) => f.places?.includes(entity) === true;

/** The fact names someone who is not a place. */
function namesWho(f: Fact): boolean {
  const who = primaryOrAll(f);
  for (let k = 0; k < who.length; k++) if (!isPlaceOf(f, who[k])) return true;
  return false;
}

/** One of whom `f` is about is an entity of `g` (`notWhere`: a name that is a place of neither). */
function whoNamedBy(f: Fact, g: Fact, notWhere: boolean): boolean {
  const who = primaryOrAll(f);
  for (let k = 0; k < who.length; k++) {
    const e = who[k];
    if (notWhere && (isPlaceOf(f, e) || isPlaceOf(g, e))) continue;
    if (g.entities.includes(e)) return true;
  }
  return false;
}

/**
 * A country's act (`isACountrysAct`) that the draft dates in its own phrase (`datesItsAct`: „die Exportbeschränkungen
 * von 2021“, not „Nvidia entwickelte 2023 … als Antwort auf die Exportbeschränkungen“) beside no country, in a sentence
 * about the chips it hits: whom it names (Nvidia, the A100, a buyer), the act only hits. Another authority's export work ("Das BAFA hat im Jahr
 * 2024 14 Anträge bearbeitet") or a ban on something else (an app) is no act on the chips.
 */
function ofACountryUnnamed(fact: Fact, concepts: ReadonlySet<string>): boolean {
  return fact.datesItsAct === true && fact.attributes.some(isACountrysAct) && countriesOf(fact.entities).length === 0 && concepts.has(HIT_BY_THE_ACT);
}
/** What the export curbs the sources tell of are on: chips. */
const HIT_BY_THE_ACT = 'chip';

function explicit(fact: Fact): boolean {
  return fact.entities.length > 0 && (fact.entityFrom === 'clause' || fact.entityFrom === 'sentence' || fact.entityFrom === 'list' || fact.entityFrom === 'reference');
}

/**
 * Same time, another time, or unknown. A date carried from a paragraph's start or a heading ("Newsletter, 29
 * January") is a reader's guess: it confirms a time, but it does not make a fact another one.
 */
function whenOf(a: Fact, b: Fact, isDate: boolean): When {
  if (isDate || !a.time || !b.time) return 'unknown';
  // A day's move is no year's ("Am 29. Januar legte Microsoft um 4 Prozent zu" against "Im Jahr 2024 hatte die Aktie
  // rund 12 Prozent zugelegt"), whichever year the day without its year falls in. (A day only carried from the
  // paragraph may be the wrong guess for a clause that says "im Jahr davor".)
  if (!sharesAPart(a.time, b.time)) return isOneDays(a.attributes) && ((dayAndYear(a.time, b.time) && statesItsTime(a)) || (dayAndYear(b.time, a.time) && statesItsTime(b))) ? 'other' : 'unknown';
  // Where a clause states a year alone for its move („2024 hatte er noch ein Viertel zugelegt“, "the 25% the Nasdaq 100
  // gained in 2024"), that is the year's move: another fact than any day's or month's of that year (Nvidia's 3.5 % of 18
  // June 2024, however that day is known).
  if (compatibleDates(a.time, b.time) && (aYearsMoveAndADays(a, b) || aYearsMoveAndADays(b, a))) return 'other';
  if (a.timeFrom === 'document' || b.timeFrom === 'document') return documentWhen(a, b);
  // A share price's move "in 2025" is not stated for 27 January 2025: a day's fact is the same time only to the day.
  if (compatibleDates(a.time, b.time)) return isOneDays(a.attributes) && (a.time.day === undefined) !== (b.time.day === undefined) ? 'unknown' : 'same';
  const stated = (f: Fact) => f.timeFrom === 'clause' || f.timeFrom === 'sentence' || f.timeFrom === 'reference';
  // A market value on 7 February is not the one lost on 27 January: a day carried from a paragraph or a heading dates
  // what happens on a day well enough, within a few days (a newsletter of 29 January is about the fall of the 27th).
  const apart = daysApart(a.time, b.time);
  // "Am 28. Januar stieg Nvidia dreimal so stark wie Microsoft": a ratio the source's values give is of their day only;
  // a draft that states another day for its own compares two values of that day.
  const derivedOfAnotherDay = apart !== undefined && apart > 0 && ((b.figure.derivedFrom !== undefined && stated(a)) || (a.figure.derivedFrom !== undefined && stated(b)));
  if (isOneDays(a.attributes) && apart !== undefined && (apart > DAY_SLACK || isAnotherDaysMove(a, b, apart) || derivedOfAnotherDay)) return 'other';
  // Otherwise two guessed times tell facts apart only months apart (a live blog's "27. Januar 2025" from a source's
  // loss stated for 3 September 2024).
  if (stated(b) || monthsApart(a.time, b.time) > 1) return 'other';
  return 'unknown';
}

/**
 * A document's day is a guess of last resort, only for what happens on a day (a share price, a market value): it never
 * confirms a time, and it tells a fact from another stated for a day months apart ("am 3. September 2024 … 279
 * Milliarden Dollar" is not the loss of a draft about 27 January 2025).
 */
function documentWhen(a: Fact, b: Fact): When {
  const guessed = a.timeFrom === 'document' ? a : b;
  const other = guessed === a ? b : a;
  // "the index fell 3%, after gaining 25% in 2024": a value the draft's clause states for a year is no value of a day
  // a source's article is dated to in another year (Microsoft's 4.5 % on 29 January 2025). Only the draft's year is
  // stated here: a draft's guessed day says nothing against a year a source states.
  if (guessed === b && statesItsTime(a) && a.time!.year !== undefined && b.time!.year !== undefined && a.time!.year !== b.time!.year) return 'other';
  const apart = daysApart(a.time!, b.time!);
  // Two guesses of last resort tell facts apart only months apart, and only when the draft's is a day the sources
  // name: a market report of 27 January 2025 is not about the sell-off of an article from 3 September 2024.
  const bothGuessed = other.timeFrom === 'document';
  if (bothGuessed && (guessed.time as DocumentDay).unconfirmed) return 'unknown';
  // An undated value in a piece about 27 January is that day's, or the next's as it was written up, as one in a piece of
  // the 28th may be the day before's ("NVDA hat heute 17 % verloren" posted late on the 27th); not a value stated for
  // the Friday before, nor for 27 January in a piece about the 24th.
  // A day no source confirms (a timeline's most named day) is as weak a guess: it tells facts apart only months apart.
  const weak = (guessed.time as DocumentDay).unconfirmed === true;
  // Two pieces about days more than a day apart: a report on Friday 24 January is not about Monday's sell-off.
  const far = apart === undefined || weak ? monthsApart(a.time!, b.time!) > 1 : apart > 1;
  // A day apart, a move the other way that a source dates to its own day is that day's (the rebound after the fall),
  // as where the draft states its day (`isAnotherDaysMove`).
  if (isOneDays(guessed.attributes) && isAnotherDaysMove(a, b, apart)) return 'other';
  return (isOneDays(guessed.attributes) || isOneDays(other.attributes)) && other.time?.day !== undefined && far ? 'other' : 'unknown';
}

/** A piece about 27 January may report a value of the day after; a week later is another day's value. */
const DAY_SLACK = 3;

/** How many months lie between two dates: across the year where only one gives it, 0 where neither does. */
function monthsApart(a: CalendarDate, b: CalendarDate): number {
  // "am 16. April" with no year against 27 January (2025): three months apart, whichever year it was.
  if (a.year === undefined || b.year === undefined) {
    // "30. Dezember" and "2. Januar 2025" are a month apart, across the turn of the year.
    const d = a.month !== undefined && b.month !== undefined ? Math.abs(a.month - b.month) : 0;
    return Math.min(d, 12 - d);
  }
  return Math.abs((a.year - b.year) * 12 + ((a.month ?? b.month ?? 1) - (b.month ?? a.month ?? 1)));
}

/** Sources disagree about a fact only when both say when, and it is the same time (dates are their own time). */
function sameTime(a: Fact, b: Fact): boolean {
  if (a.figure.kind === 'date' || a.figure.kind === 'year') return true;
  if (!a.time || !b.time || !sharesAPart(a.time, b.time) || !compatibleDates(a.time, b.time)) return false;
  // A day's move that its source dates only to a year or a month ("Alphabet fell 0.6 percent" under a paragraph that
  // names 2025) may be any day's: it is no rival of a move stated for 27 January 2025.
  return !((isOneDays(a.attributes) || isOneDays(b.attributes)) && (a.time.day === undefined) !== (b.time.day === undefined));
}

/** `year` states a year alone in its own clause or sentence for its move; `day` is dated to a month or a day of it. */
function aYearsMoveAndADays(year: Fact, day: Fact): boolean {
  return statesItsTime(year) && year.time?.year !== undefined && year.time.month === undefined && day.time?.month !== undefined && isOneDays(year.attributes);
}

function statesItsTime(f: Fact): boolean {
  return f.timeFrom === 'clause' || f.timeFrom === 'sentence' || f.timeFrom === 'reference';
}

/** A day given without its year ("29 January"), and a year given alone ("2024"). */
function dayAndYear(day: CalendarDate, year: CalendarDate): boolean {
  return day.day !== undefined && day.month !== undefined && year.year !== undefined && year.month === undefined;
}

/** "22 January" and "2024" say nothing about each other: no part of the date is stated by both. */
function sharesAPart(a: CalendarDate, b: CalendarDate): boolean {
  return (['year', 'month', 'day'] as const).some((k) => a[k] !== undefined && b[k] !== undefined);
}

function weigh(concepts: Set<string>, weight: (concept: string) => number): number {
  let total = 0;
  for (const c of concepts) total += weight(c);
  return total;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}

/** A bare count with a fraction ("0.83") against a whole count of things ("beiden", "1328 KI-Modelle"). */
function fractionOfWholeCount(draft: Figure, source: Figure): boolean {
  return draft.kind === 'count' && source.kind === 'count' && draft.scale === 0 && source.scale === 0 && !Number.isInteger(draft.value) && Number.isInteger(source.value);
}

/** A count of versions is no count of chips: counted nouns must mean the same thing when both are known. */
function sameCountedThing(draft: Figure, source: Figure): boolean {
  const draftNoun = countedNoun(draft);
  const sourceNoun = countedNoun(source);
  if (draft.kind !== 'count' || !draftNoun || !sourceNoun) return true;
  const a = draftNoun.split(' ').map(nounConcept).filter(Boolean);
  const b = sourceNoun.split(' ').map(nounConcept).filter(Boolean);
  // „18 Monate“ and „24 Monaten“: one noun in two cases.
  if (a.length === 0 || b.length === 0) return sameNounPhrase(draftNoun, sourceNoun);
  // "zwei Kollegen", "zwei weiteren Ingenieuren": people counted by their role are people.
  const people = (c: string | undefined) => c === 'engineer' || c === 'staff' || c === 'colleague';
  return a.some((c) => b.includes(c)) || (a.some(people) && b.some(people));
}

/** Values a factor of ten or more apart are about different things, unless only the scale word differs. */
function plausiblySameFact(draft: Figure, source: Figure): boolean {
  if (draft.kind === 'date' || draft.kind === 'year') return true;
  const d = Math.abs(draft.value);
  const s = Math.abs(source.value);
  if (d === 0 || s === 0) return false;
  // Exactly ten times is a zero dropped or added ("€13 million" for 130 Millionen Euro): a slip, not another fact.
  const ratio = Math.max(d, s) / Math.min(d, s);
  return ratio < 10 || Math.abs(ratio - 10) < 1e-9;
}

/**
 * Sources that disagree must disagree about the same event: the figures share a word for what happened (news,
 * founding, a fall) in their own clauses, and dates are of the same shape ("27. Januar 2025" and "20. Januar" can
 * disagree about a day; "Juli 2023" is about something else).
 */
function isSameEvent(draft: Figure, source: Figure): boolean {
  if (draft.kind === 'date' && (draft.date?.day === undefined) !== (source.date?.day === undefined)) return false;
  return [...intersect(draft.localConcepts, source.localConcepts)].some((c) => !c.startsWith('name:') && !GENERIC_CONCEPTS.has(c));
}

/**
 * "Als Liang 2015 High-Flyer gründete, war er 30", "Liang was 38 when he founded DeepSeek in July 2023" against "der
 * 40-jährige Liang" of an article of January 2025: an age its sentence dates and one of another year are the same
 * person's where they give one birth year (each one of two: the birthday may be still to come); a hedged age
 * ("mit rund 30") a year more either way. Only ever bears an age out: an age the sentence does not date, or told as of
 * now, is compared as it stands.
 */
function oneBirth(a: Fact, b: Fact): boolean {
  const then = sourceAgeThen(a, b);
  if (!then || a.figure.bound || a.figure.range || b.figure.bound || b.figure.range || b.figure.approximate) return false;
  // The same birth year, give or take the birthday: b's age as of a's year is a's, one year either way.
  return Math.abs(then.value - a.figure.value) <= 1 + (a.figure.approximate ? 1 : 0);
}

