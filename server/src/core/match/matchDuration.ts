import { lookupKey as attributeKey, DIRECTED_MOVES, happensOnADay, isOnce, isOneDays, separated } from '../facts/attributes';
import type { Fact } from '../facts/fact';
import type { DurationAnchor } from '../facts/durationAnchor';
import type { SourceFigure, SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate, Figure } from '../types';
import type { FigureEvidence, FigureMatch } from './figureMatch';
import { areTwoVersionsOfOneFamily } from '../names/versions';
import { compatibleDates, daysApart, daysWithinMonths, type DaySpan } from '../figures/calendarDays';

/**
 * A model's breakthrough is when it came out, as writers count days from it ("eine Woche zuvor hatte DeepSeek R1
 * vorgestellt" from "Am 20. Januar gelang … mit R1 der weltweite Durchbruch"); for its date, the two stay apart.
 */
const lookupKey = (concept: string) => (concept === 'news' ? 'release' : attributeKey(concept));

/**
 * "Das Treffen fand drei Tage vor dem Kurssturz statt", "two days after": a duration is checked against the dates
 * the sources give the two events it names, also when they are in two articles. The events are the source dates
 * that share an attribute with the draft's sentence (the meeting, the fall); a pair of them that covers two different
 * attributes gives the source's duration.
 */
export function matchDuration(read: Fact, index: SourceIndex): FigureMatch {
  const match = matchDurationAt(read, index);
  // "R1 kam am 20. Januar. Drei Tage nach der Veröffentlichung fiel Nvidia": a date carried from the sentences before is
  // often the very event the words count from, not the clause's own ("Am 27. Januar fiel Nvidia. Das war eine Woche nach
  // dem Start von R1"); where it gives no pair, the two events the words name do.
  if (match.status === 'unsourced' && read.timeFrom === 'paragraph' && read.anchor) return matchDurationAt({ ...read, time: undefined, timeFrom: undefined }, index);
  return match;
}

function matchDurationAt(read: Fact, index: SourceIndex): FigureMatch {
  // A document's day is no date for a duration to start from; nor is a heading's, where the words name both events
  // ("## 28. Januar 2025 / Eine Woche vor dem Kurssturz hatte DeepSeek R1 vorgestellt", "The sell-off came a week after
  // the launch"): the day the piece appeared is neither, and another article's event of that day would become one end.
  // Nor is a date carried from the sentences before where the words name both ends ("V3 kam im Dezember 2024. Von der
  // Gründung bis R1 vergingen anderthalb Jahre"), not where they say which way ("eine Woche später" counts from it).
  const bothEndsNamed = read.timeFrom === 'paragraph' && !read.anchor && read.figure.durationSign === undefined && read.attributes.filter(isEvent).length >= 2;
  const fact: Fact = read.timeFrom === 'document' || (read.timeFrom === 'heading' && read.anchor) || bothEndsNamed ? { ...read, time: undefined, timeFrom: undefined } : read;
  const unit = fact.figure.durationUnit!;
  // The event the words after "nach"/"after" name is one of the two ("drei Tage nach dem Start von R1").
  const keys = new Set([...fact.attributes, ...(fact.anchor?.attributes ?? [])].map(lookupKey));
  const moves = movesOf(fact);
  // "Am 20. Januar kam R1. Eine Woche später, am 27. Januar 2025, …": from the day named before to the clause's own.
  if (fact.since && fact.time) return betweenTwoDays(fact, keys, moves, index);
  let asDate: Fact = { ...fact, figure: { ...fact.figure, kind: 'date' } };
  // "Zwischen High-Flyer und DeepSeek liegen acht Jahre", "Between V3 and R1 lies a month": two things named with no
  // event and no other end between them lie apart by their starts, a firm's founding and a model's release.
  const starts = [...keys].some(isEvent) || fact.anchor || fact.time ? [] : startsOfTheNamed(fact, index);
  if (starts.length) {
    for (const a of starts) keys.add(lookupKey(a));
    asDate = { ...asDate, attributes: [...fact.attributes, ...starts] };
  }
  // "DeepSeek folgte acht Jahre später, im Juli 2023": a clause that says only that its subject came later, on a date of
  // its own, tells what happened by that date: what the sources say happened to its subject that month (DeepSeek's
  // founding), not in that year (the export curbs of 2022 are no event of a "Juli 2022").
  if (![...keys].some(isEvent) && fact.time?.month !== undefined && fact.timeFrom === 'clause') {
    const what = new Set<string>();
    for (const e of index.facts.candidates(asDate)) {
      if (happens(e) && dateOf(e).month === fact.time.month && anchored(fact, e) && aboutTheDraftsNames(fact, e)) for (const a of e.fact.attributes) if (isEvent(a)) what.add(a);
    }
    for (const a of what) keys.add(lookupKey(a));
    if (what.size) asDate = { ...asDate, attributes: [...fact.attributes, ...what] };
  }
  // The events: source dates that share an attribute with the sentence, and the one on the draft's own date
  // ("Am 20. Januar traf Liang den Premier; sieben Tage später brach die Börse ein").
  const events = [
    ...index.facts.candidates(asDate).filter((e) => (e.figure.kind === 'date' || e.figure.kind === 'year') && ((happens(e) && e.fact.attributes.some((a) => keys.has(lookupKey(a)))) || onDraftsDate(fact, e))),
    ...movesAsEvents(keys, index),
  ];
  // "2023" beside "Juli 2023" for DeepSeek's founding: months are counted from the month the sources give.
  for (let k = events.length - 1; k >= 0; k--) if (vaguerThanAnother(events[k], events)) events.splice(k, 1);
  // Between two things named with no event, each one's start is its own: not a sentence that only mentions it beside
  // another's launch ("Alibaba released Qwen2.5-Max, … outperforms DeepSeek V3"), and of several, its first.
  if (starts.length) keepEachOnesFirstStart(events, namedThings(fact), starts.map(lookupKey), index);
  // What else happened on the draft's date: "Den Durchbruch brachte am 20. Januar R1; am Tag darauf traf sich Liang …".
  if (fact.time?.month && fact.time.day) {
    const known = new Set(events);
    for (const e of index.facts.datesOn(fact.time.month, fact.time.day)) if (!known.has(e) && onDraftsDate(fact, e)) events.push(e), known.add(e);
  }
  // What each event is to the draft, worked out once: thousands of source dates make millions of pairs.
  const sharedKeys = events.map((e) => shared(e, keys, moves));
  // "Eine Woche danach verlor Nvidia 59 Milliarden Dollar an Börsenwert": a move of a market value is one event, not a
  // fall and a market value that a record of another day could make two.
  const oneEvent = events.map((e, k) => oneMoveOfOneMeasure(fact, e, sharedKeys[k]));
  const anchorKeys = new Set((fact.anchor?.attributes ?? []).map(lookupKey));
  const ownKeys = new Set(fact.attributes.filter((a) => !fact.anchor?.attributes.includes(a)).map(lookupKey));
  // "The sell-off came a week after the breakthrough": one end is what the clause says happened (the sell-off), beside
  // what the words after "after" name; V3's release and R1's are two of the latter, no span of the sell-off's. Unless
  // the clause's event is of the same kind as the one it counts from, another's ("founded seven years after High-Flyer").
  const ownEvents = fact.anchor ? new Set(fact.attributes.filter((a) => isEvent(a) && !fact.anchor!.attributes.includes(a)).map(lookupKey)) : new Set<string>();
  const onDate = events.map((e) => onDraftsDate(fact, e));
  // "On 21 January Liang met Li Qiang, a day after the launch", where the sources put the meeting on 20 January: a day
  // on which the sources date nothing the draft names is its own error (a date-mismatch); the duration is still
  // checked, from the events of whom the draft speaks.
  const anchoredByDay = events.map((e) => anchored(fact, e));
  const dayOfNothing = fact.time?.day !== undefined && !anchoredByDay.some(Boolean);
  // "DeepSeek folgte acht Jahre später, im Juni 2023", where the sources give July: a month or year of the clause's own
  // on which nothing the draft names happened is its own error; the duration still spans its subject's event.
  const monthOfNothing = fact.time !== undefined && fact.time.day === undefined && datesItsOwnEvent(fact) && !anchoredByDay.some(Boolean);
  // So where the words name the other end too ("DeepSeek wurde im Juli 2022 gegründet, anderthalb Jahre vor dem
  // Durchbruch"), but only from the event the wrong date slipped from: its clause's own thing's, one part of the date
  // off. "In June 2024 DeepSeek released V2, eleven months after the founding" dates an event the sources do not know.
  const slipOfTheOtherEnd = fact.time !== undefined && fact.time.day === undefined && datesItsOwnEventBesideTheOther(fact) && !anchoredByDay.some(Boolean);
  const isAnchored = slipOfTheOtherEnd ? events.map((e) => slippedFrom(fact, e)) : dayOfNothing || monthOfNothing ? events.map((e) => anchored({ ...fact, time: undefined }, e)) : anchoredByDay;
  const isSeparated = events.map((e) => separated(fact.attributes, e.fact.attributes));
  // "18 months after the company's founding": a founding the words name by no name is that of whom the draft speaks,
  // not another company's in another article.
  const fits = events.map((e) => (fact.anchor ? fitsTheAnchor(fact.anchor, e) && !someoneElsesOnce(fact, fact.anchor, e) : false));
  const oneOfAnother = (named: number, other: number) => fits[named] && !fits[other] && sharedKeys[other].some((k) => anchorKeys.has(k));
  const mostSpecific = events.map((e) => (fact.anchor ? namesTheMostSpecific(fact.anchor, e) : false));
  // "Von der Gründung bis zum Durchbruch mit R1": without words after "vor"/"after", the clause's own most specific name
  // tells its event (R1's breakthrough of 20 January) from its company's headlines a week later.
  const primaryOwn = (fact.primary ?? []).filter((n) => !fact.places?.includes(n));
  const namesThePrimary = events.map((e) => !fact.anchor && (e.fact.primary ?? []).some((n) => primaryOwn.includes(n)));
  const relevant = events.map((e, k) => onDate[k] || aboutTheDraftsNames(fact, e));
  const namesTheDrafts = events.map((e) => e.fact.entities.some((n) => fact.entities.includes(n)));
  // Whom its own sentence names: Meta reaffirming its budget "a week" after "the DeepSeek scare" of the sentence before
  // is no event of DeepSeek's.
  const isTheDrafts = events.map((e) => namesItsOwnOnes(e) && (e.fact.primary?.length ? e.fact.primary : e.fact.entities).some((n) => !e.fact.places?.includes(n) && fact.entities.includes(n)));
  // One of the two must be the event the draft is talking about (`isAnchored`): a pair of others is never looked at.
  const twoThingsNoDay = !fact.time && [...keys].filter(isEvent).length >= 2;
  const anchoredOnes = events.flatMap((_, k) => (isAnchored[k] ? [k] : []));
  // A span of days counts from an event the draft's date picks out in the draft's year where its source leaves the year
  // out: a "27 January" on the draft's 27 January 2025 is no day of 2024, eleven months before another article's
  // February 2024. (A span of months or years is counted from the years the sources give.)
  const inTheDraftsYear = (k: number) => {
    const date = dateOf(events[k]);
    return unit < 30 && onDate[k] && date.year === undefined && fact.time?.year !== undefined ? { ...date, year: fact.time.year } : date;
  };
  const pairs: Array<{ a: SourceFigure; b: SourceFigure; days: DaySpan; relevance: number }> = [];
  const consider = (i: number, j: number) => {
    const [a, b] = [events[i], events[j]];
    const [sharedA, sharedB] = [sharedKeys[i], sharedKeys[j]];
    // On such a day, the clause's own event is another than the one its words count from ("the launch"), and happened to
    // whom the clause names: "A headline on 29 January, two days after the sell-off" is timed by a day the sources do
    // not know, not by two sell-offs or by R1's news.
    if (dayOfNothing && (!fact.anchor || fits[i] === fits[j] || !aboutTheDraftsNames(fact, events[fits[i] ? j : i]))) return;
    // One of the two is what the duration's own clause says happened ("sieben Tage später brach die Börse ein": a
    // fall), not just another thing of the draft's date.
    if (sharedA.length === 0 && sharedB.length === 0) return;
    if (ownEvents.size && !sharedA.some((k) => ownEvents.has(k)) && !sharedB.some((k) => ownEvents.has(k)) && !oneOfAnother(i, j) && !oneOfAnother(j, i)) return;
    const covered = sharedA.length + sharedB.filter((k) => !sharedA.includes(k)).length;
    // Two events: two different things that happened, or the same thing happening to two names ("acht Jahre
    // später", from High-Flyer's founding to DeepSeek's).
    const [eventA, eventB] = [oneEvent[i], oneEvent[j]];
    const twoThings = eventA.length + eventB.filter((k) => !eventA.includes(k)).length >= 2 && !sameKeys(eventA, eventB);
    // A shared place or founder does not make them one event: a name of the draft's that only one of them has does
    // tell them apart ("Eight years before DeepSeek, … High-Flyer").
    // The other name's event is one the draft names too, or one the same article sets beside it: "Sieben Jahre lagen
    // zwischen den beiden Gründungen" are DeepSeek's and High-Flyer's, not Scale AI's of 2016 in another article.
    // Neither is a move the other way: Microsoft's shares rising is no event of "the sell-off" beside R1's launch.
    // And where the words name two things and no day, a pair of one of them is not the span: "between R1's launch and
    // the sell-off" is no span between two firms' announcements.
    const twoNames = !movesOnlyTheOtherWay(a, moves) && !movesOnlyTheOtherWay(b, moves) && !twoThingsNoDay
      && ((!(a.fact.primary ?? []).some((n) => (b.fact.primary ?? []).includes(n)) && (namesTheDrafts[i] || namesTheDrafts[j]))
        || (fact.entities.some((n) => a.fact.entities.includes(n) !== b.fact.entities.includes(n)) && sharedA.length > 0 && sharedB.length > 0))
      && ((isTheDrafts[i] && isTheDrafts[j]) || a.at.source === b.at.source);
    // Or: one on the draft's date, the other about what the sentence says happened then.
    // "Am 20. Januar … Zwei Wochen später brachen die Kurse ein": the event lies after the draft's date, not before.
    const anchor = onDate[i] ? i : onDate[j] ? j : undefined;
    const eventAt = [i, j].find((x) => x !== anchor && !onDate[x] && sharedKeys[x].length > 0);
    // "Zwei Tage später traf sich Liang mit Li Qiang": what happened after the draft's date happened to whom its clause
    // names, not to someone else that week.
    const fromDate = anchor !== undefined && eventAt !== undefined && !(namesItsOwn(fact) && !relevant[eventAt] && sharedKeys[eventAt].some(isOnce));
    if (!twoThings && !twoNames && !fromDate) return;
    // Whatever made them a pair, one on the draft's date is where the duration starts from.
    const other = anchor === undefined ? undefined : anchor === i ? j : i;
    // "R1 broke through on 20 January. The sell-off came a week after the breakthrough": a day carried from the sentence
    // before is the day of the event the words after "after" name, where that event is what happened then; the clause's
    // own event (the sell-off) is the other end, the other way.
    const fromTheCarriedDay = fact.anchor !== undefined && fact.timeFrom === 'paragraph' && anchor !== undefined && other !== undefined && !onDate[other] && fits[anchor] && sharedKeys[other].some((k) => ownEvents.has(k));
    if (anchor !== undefined && other !== undefined && !onDate[other] && !rightWay(fact, events[anchor], events[other], fromTheCarriedDay ? -1 : 1)) return;
    // "im Juli 2023 …, acht Jahre nach dem Start des Hedgefonds": where the draft's own date (a month, for years) is that of
    // one of the two, the other lies the way the words say too (not V3's release of December 2024).
    const timed = fact.time && fact.timeFrom === 'clause' && anchor === undefined && isAnchored[i] !== isAnchored[j] ? (isAnchored[i] ? i : j) : undefined;
    if (timed !== undefined && !rightWay(fact, events[timed], events[timed === i ? j : i], datesItsOwnEvent(fact) ? -1 : 1)) return;
    // An update of a model is another event than its launch; "after the R1 launch" names the other event: a release,
    // of R1.
    const offTheDate = [i, j].filter((x) => !onDate[x]);
    if (offTheDate.some((x) => isSeparated[x])) return;
    // The event after "vor"/"after" may be on the draft's own date too: "met Li Qiang on 20 January, a week before R1's
    // breakthrough", when the sources put both on 20 January.
    const named = fromTheCarriedDay ? [anchor!] : fact.anchor ? (offTheDate.length ? offTheDate : [i, j]).filter((x) => fits[x]) : [];
    if (fact.anchor && named.length === 0) return;
    // "Der Durchbruch kam drei Tage vor dem Kurssturz": beside the sell-off the words after "vor" name, a rally that shares
    // only the sell-off's share price is not what the clause says happened.
    if (fact.anchor && [i, j].some((x) => !named.includes(x) && movesTheOtherWay(fact.anchor!, events[x]) && sharedKeys[x].every((k) => anchorKeys.has(k) && !ownKeys.has(k)))) return;
    const days = daysBetween(inTheDraftsYear(i), inTheDraftsYear(j), unit);
    if (days === undefined || !couldMean(fact.figure, days)) return;
    // "Eine Woche danach verlor Nvidia …", "A week later, Nvidia lost …" with no day of its own and no event named: two
    // things of one day are not what a span that says which way lies between.
    if (days.high === 0 && signOf(fact) !== undefined && !fact.anchor && !fact.time) return;
    // Events on the draft's date or about the names it gives are what it talks about; others only share a word
    // with it (SoftBank's jump on 22 January, "announced", is not "the R1 launch").
    // "R1's breakthrough" is R1's more than DeepSeek's headlines a week later.
    // "Nach dem Ausverkauf am Vortag …" under 28 January: an event a day the right way off the draft's date is what a
    // duration with a direction measures, before two other things of that same day.
    const theRightWay = fact.figure.durationSign !== undefined && !fact.anchor && anchor !== undefined && other !== undefined && !onDate[other];
    const relevance = covered + 2 * (Number(relevant[i]) + Number(relevant[j])) + (named.some((x) => mostSpecific[x]) || namesThePrimary[i] || namesThePrimary[j] ? 1 : 0) + (theRightWay ? 3 : 0);
    pairs.push({ a, b, days, relevance });
  };
  // Pairs in the order i < j, as the ranking below keeps the first of equals.
  for (let i = 0; i < events.length; i++) {
    if (isAnchored[i]) for (let j = i + 1; j < events.length; j++) consider(i, j);
    else for (const j of anchoredOnes) if (j > i) consider(i, j);
  }
  if (pairs.length === 0) return { status: 'unsourced', evidence: [], conflicts: [] };
  // Of two pairs that fit as well, the one whose events more sources date so is the writer's: the sell-off of 27
  // January that every article names, not a Seoul listing resuming on 31 January that one mentions. An agreeing pair
  // wins only a tie that remains, so that another article's event never turns a wrong duration right.
  // (The draft's own date is given: only the other event, the one the duration reaches, is weighed.)
  // Worked out once per pair: each count scans the events.
  const attested = new Map<object, number>();
  const attestation = (p: { a: SourceFigure; b: SourceFigure }) => {
    let n = attested.get(p);
    if (n === undefined) attested.set(p, (n = [p.a, p.b].filter((x) => !onDraftsDate(fact, x)).reduce((sum, x) => sum + attestedBy(x, events, keys, moves), 0)));
    return n;
  };
  // The one shown of pairs still equal is the one whose event of the draft's own date is about whom the draft names:
  // "Das war 2022, zwei Jahre vor der Gründung von DeepSeek" counts from the export curbs DeepSeek's article dates to
  // 2022, not from ChatGPT's launch in another article of that year. A date tells when, not which of that day's events;
  // where the draft gives none, a name alone does not choose between other days. (It only orders: an agreeing pair still
  // wins the tie.)
  const ofTheDrafts = (p: { a: SourceFigure; b: SourceFigure }) => [p.a, p.b].filter((x) => onDraftsDate(fact, x) && aboutTheDraftsNames(fact, x)).length;
  pairs.sort((x, y) => y.relevance - x.relevance || attestation(y) - attestation(x) || ofTheDrafts(y) - ofTheDrafts(x));
  const best = pairs.filter((p) => p.relevance === pairs[0].relevance && attestation(p) === attestation(pairs[0]));
  const agreeing = best.filter((p) => agrees(fact.figure, p.days));
  const chosen = agreeing.length ? agreeing : best;
  const evidence = chosen.slice(0, 1).map((p) => derivedEvidence(p.a, p.b, p.days, fact.figure, agreeing.length > 0));
  return { status: agreeing.length ? 'supported' : 'contradicted', evidence, conflicts: [] };
}

/**
 * A duration from the day an earlier sentence named to the clause's own day: the sources must date something that
 * happened on each of the two days, and on the later one what the clause says happened (the fall); the two days,
 * not any two events that share a word with the sentence, are what is counted. Two events of the clause's own day are
 * no pair: they would make any such duration wrong by its own length.
 */
function betweenTwoDays(fact: Fact, keys: Set<string>, moves: string[], index: SourceIndex): FigureMatch {
  const unsourced: FigureMatch = { status: 'unsourced', evidence: [], conflicts: [] };
  const [since, until] = [fact.since!, fact.time!];
  const on = (day: CalendarDate, e: SourceFigure) => {
    const d = dateOf(e);
    return d.day === day.day && d.month === day.month && (d.year === undefined || day.year === undefined || d.year === day.year);
  };
  const datesOn = (day: CalendarDate) => index.facts.datesOn(day.month!, day.day!).filter((e) => happens(e) && on(day, e));
  // What the clause says happened on its day (a fall); where its words name nothing that happens ("Nvidia falls 7.82%"
  // in a timeline's present tense), what happened that day to whom it names.
  const saysWhat = [...keys].some((k) => isOnce(k) || isOneDays([k]) || MOVES.some((m) => lookupKey(m) === k));
  const clauses = [...datesOn(until), ...movesAsEvents(saysWhat ? keys : new Set(MOVES.map(lookupKey)), index).filter((e) => on(until, e))]
    .filter((e) => (saysWhat ? shared(e, keys, moves).length > 0 : aboutTheDraftsNames(fact, e)));
  const before = datesOn(since).filter((e) => !separated(fact.attributes, e.fact.attributes));
  // What happened on the clause's day to whom the clause names, where it names anyone: „Eine Woche zuvor, am 13. Januar,
  // war R1 erschienen“ is R1's release, not export rules another article dates to 13 January.
  const [a, b] = [before[0], clauses.find((e) => aboutTheDraftsNames(fact, e)) ?? (namesItsOwn(fact) ? undefined : clauses[0])];
  if (!a || !b) return unsourced;
  const days = daysBetween(dateOf(a), dateOf(b), fact.figure.durationUnit!);
  if (days === undefined) return unsourced;
  const agreesWith = agrees(fact.figure, days);
  return { status: agreesWith ? 'supported' : 'contradicted', evidence: [derivedEvidence(a, b, days, fact.figure, agreesWith)], conflicts: [] };
}

/**
 * Whether a source date is when something happened: a founding, a release, a meeting, a day's move. "2019 verwaltete
 * High-Flyer erstmals mehr als zehn Milliarden Yuan" says how big the fund was then; no duration counts from it.
 */
function happens(event: SourceFigure): boolean {
  return event.fact.attributes.some((a) => isOnce(a) || isOneDays([a]));
}

/** A firm starts with its founding, a model with its release: where the clause names two or more of them, and nothing else. */
function startsOfTheNamed(fact: Fact, index: SourceIndex): string[] {
  const named = namedThings(fact);
  if (named.length < 2) return [];
  const kinds = named.map((n) => index.names.lookup(n)?.kind);
  if (kinds.every((k) => k === 'organisation')) return ['founding'];
  if (kinds.every((k) => k === 'model')) return ['release'];
  return [];
}

/** The things a clause names as such, not where: "V3", "R1", "High-Flyer". */
function namedThings(fact: Fact): string[] {
  return (fact.primary ?? []).filter((n) => !fact.places?.includes(n));
}

/**
 * Keeps, of the start events, only each named thing's own and of those its earliest. A start is a thing's own where the
 * fact names that thing and no other of its kind: a release of Qwen2.5-Max that names V3 as what it beats is no start
 * of V3 (a firm beside a model, its maker, is no rival). Where the sources date one thing's start twice (an
 * announcement, a later mention), the first is when it started; a later one would make a true span wrong.
 */
function keepEachOnesFirstStart(events: SourceFigure[], named: string[], startKeys: string[], index: SourceIndex): void {
  const kindOf = (n: string) => index.names.lookup(n)?.kind;
  const ownerOf = (e: SourceFigure): string | undefined => {
    if (!e.fact.attributes.some((a) => startKeys.includes(lookupKey(a)))) return undefined;
    const who = (e.fact.primary ?? []).filter((n) => !e.fact.places?.includes(n));
    const mine = named.filter((n) => who.includes(n));
    return mine.length === 1 && who.every((n) => n === mine[0] || kindOf(n) !== kindOf(mine[0])) ? mine[0] : undefined;
  };
  const owners = events.map(ownerOf);
  const dates = events.map(dateOf);
  const keep = events.map((_, k) => owners[k] !== undefined && !owners.some((o, j) => j !== k && o === owners[k] && before(dates[j], dates[k])));
  for (let k = events.length - 1; k >= 0; k--) if (!keep[k]) events.splice(k, 1);
}

/** Whether date `a` lies wholly before date `b`, as far as both say: "Dezember 2024" before "20. Januar 2025". */
function before(a: CalendarDate, b: CalendarDate): boolean {
  if (a.year === undefined || b.year === undefined) return false;
  if (a.year !== b.year) return a.year < b.year;
  if (a.month === undefined || b.month === undefined) return false;
  if (a.month !== b.month) return a.month < b.month;
  return a.day !== undefined && b.day !== undefined && a.day < b.day;
}

function isEvent(attribute: string): boolean {
  return isOnce(attribute) || isOneDays([attribute]) || MOVES.includes(attribute);
}

function someoneElsesOnce(fact: Fact, anchor: DurationAnchor, event: SourceFigure): boolean {
  return anchor.names.length === 0 && anchor.attributes.some((a) => isOnce(a) && event.fact.attributes.includes(a)) && !aboutTheDraftsNames(fact, event);
}

/** An event dated by its year alone that another event dates by its month: the same founding of the same company. */
function vaguerThanAnother(event: SourceFigure, events: SourceFigure[]): boolean {
  const date = dateOf(event);
  if (date.year === undefined || date.month !== undefined) return false;
  const who = event.fact.primary?.length ? event.fact.primary : event.fact.entities;
  return events.some((o) => {
    const d = dateOf(o);
    return o !== event && d.year === date.year && d.month !== undefined && o.fact.attributes.some((a) => isOnce(a) && event.fact.attributes.includes(a)) && who.some((e) => o.fact.entities.includes(e));
  });
}

/** How many sources date an event on this event's day, for what it shares with the draft's words. */
function attestedBy(event: SourceFigure, events: SourceFigure[], keys: Set<string>, moves: string[]): number {
  const date = event.figure.date ?? { year: event.figure.value };
  const what = shared(event, keys, moves);
  const sameDay = (e: SourceFigure) => {
    const d = e.figure.date ?? { year: e.figure.value };
    return compatibleDates(d, date) && d.day === date.day && d.month === date.month;
  };
  return new Set(events.filter((e) => sameDay(e) && (what.length === 0 || shared(e, keys, moves).some((k) => what.includes(k)))).map((e) => e.at.source)).size;
}

const MOVES = DIRECTED_MOVES;

/**
 * A share price's fall or rise on a day is an event too, dated by the day its sentence speaks of ("Innerhalb weniger
 * Stunden stürzten die Kurse … ab" after "Am 27. Januar 2025 …"): "a week before the crash". One per sentence.
 */
function movesAsEvents(keys: Set<string>, index: SourceIndex): SourceFigure[] {
  const attributes = MOVES.filter((m) => keys.has(lookupKey(m)));
  if (attributes.length === 0) return [];
  // A share price's or market value's move: a cloud business growing 31 % is no sell-off or rally.
  const ofShares = (move: SourceFigure) => move.fact.attributes.some((a) => a === 'stock' || a === 'valuation');
  const sentences = new Set<unknown>();
  const events: SourceFigure[] = [];
  for (const move of index.facts.candidates({ figure: { kind: 'percent' } as Figure, entities: [], attributes })) {
    const { time, timeOf, timeFrom } = move.fact;
    if (!time?.day || !time.month || !timeOf || timeFrom === 'document' || sentences.has(move.at) || !ofShares(move)) continue;
    sentences.add(move.at);
    events.push({ ...move, figure: { ...timeOf, kind: 'date', date: time } });
  }
  return events;
}

/** Whether the draft's clause or sentence names whom it is about, not a place only and not names carried from before. */
function namesItsOwn(fact: Fact): boolean {
  return fact.entities.some((e) => !fact.places?.includes(e)) && (fact.entityFrom === 'clause' || fact.entityFrom === 'sentence');
}

/** Whether an event's names are its own sentence's, not carried from one before it. */
function namesItsOwnOnes(event: SourceFigure): boolean {
  const from = event.fact.entityFrom;
  return from === 'clause' || from === 'sentence' || from === 'list' || from === 'reference';
}

/** The anchor's own name, not one it contains: "R1's breakthrough" names DeepSeek R1 before DeepSeek. */
function namesTheMostSpecific(anchor: DurationAnchor, event: SourceFigure): boolean {
  const specific = anchor.names.filter((n) => !anchor.names.some((m) => m !== n && m.includes(n)));
  return specific.some((n) => event.fact.entities.includes(n));
}

/**
 * Counted in days, not in rounded units: "zwei Wochen" are not the seven days between two events, even "gut zwei
 * Wochen"; "eine Woche" may be six days, "rund zehn Jahre" nine years. A fortnight is told as closely as two weeks
 * are: half a week, not half its own length, so that it is no week either.
 */
function agrees(duration: Figure, days: DaySpan): boolean {
  const unit = duration.durationUnit!;
  const claimed = duration.value * unit;
  // "kein Jahr", "keine zwei Jahre", "less than a year", "more than two years": a bound says which side the span lies on.
  if (duration.bound === 'upper') return days.low < claimed;
  if (duration.bound === 'lower') return days.high > claimed;
  // "ein halbes Jahr", "a year and a half": a span told in halves of a month or a year is told to half that unit, or
  // half a year would be borne out by anything up to a year.
  const grain = unit < 30 ? Math.min(unit, 7) : Number.isInteger(duration.value) ? unit : unit / 2;
  // "gut zwölf Jahre" are twelve or a little more, not the ten between 2015 and 2025; „knapp zwei Jahre“ two or a little less.
  if (duration.lean === 'above' && days.high < claimed - grain / 2) return false;
  if (duration.lean === 'below' && days.low > claimed + grain / 2) return false;
  return offBy(claimed, days) <= Math.max(grain / 2, duration.approximate ? claimed / 4 : 0);
}

/** How many days a claimed duration lies outside what the two dates allow. */
function offBy(claimed: number, days: DaySpan): number {
  return claimed < days.low ? days.low - claimed : claimed > days.high ? claimed - days.high : 0;
}

/**
 * A writer who says "a week" may be a day or three weeks off, but does not mean two events 227 days apart: those are
 * other events than the draft's (a sell-off of another September).
 */
function couldMean(duration: Figure, days: DaySpan): boolean {
  const claimed = duration.value * duration.durationUnit!;
  return offBy(claimed, days) <= Math.max(2 * claimed, 14);
}

function signOf(fact: Fact): 1 | -1 | undefined {
  return fact.figure.durationSign ?? fact.anchor?.sign;
}

function rightWay(fact: Fact, anchor: SourceFigure, event: SourceFigure, turn: 1 | -1 = 1): boolean {
  const order = dayNumber(event, anchor) - dayNumber(anchor, event);
  const sign = signOf(fact);
  return !sign || order === 0 || Math.sign(order) === sign * turn;
}

/** A date as a sortable number, its year taken from the other date where it gives none. */
function dayNumber(x: SourceFigure, other: SourceFigure): number {
  const d = dateOf(x);
  const year = d.year ?? dateOf(other).year ?? 0;
  return year * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}

/**
 * "Eight years later, in July 2023, DeepSeek was founded", „Im Juli 2023, acht Jahre später, folgte DeepSeek“: the date
 * of a duration's own clause that says only which way ("später", "later") is when that clause's event happened, on
 * whichever side of the duration it stands, so the event the words count from lies the other way from it.
 */
function datesItsOwnEvent(fact: Fact): boolean {
  return !fact.anchor && fact.figure.durationSign !== undefined && fact.timeOf !== undefined && fact.timeFrom === 'clause';
}

/**
 * "V3 came out in November 2024, three months before R1", „DeepSeek wurde im Juli 2022 gegründet, anderthalb Jahre vor dem
 * Durchbruch“: a month or year in the duration's own clause, before it, whose words name the other event, dates the
 * clause's own event, one end of the span. One after it dates what comes next: "started DeepSeek eight years after his
 * hedge fund, and that R1 followed V3, released in December 2023, …".
 */
function datesItsOwnEventBesideTheOther(fact: Fact): boolean {
  return fact.anchor !== undefined && fact.timeOf !== undefined && fact.timeFrom === 'clause' && fact.timeOf.end <= fact.figure.start;
}

/**
 * Whether a source event is the one a duration's clause misdates: the same thing's (a name of the clause's own, not of
 * the words after "vor"/"after"), no other event those words name, and dated as the draft's date with one part of it
 * wrong ("November 2024" for V3's December 2024, "Juli 2022" for DeepSeek's founding in July 2023).
 */
function slippedFrom(fact: Fact, event: SourceFigure): boolean {
  const own = (fact.primary ?? []).filter((n) => !fact.places?.includes(n) && !fact.anchor!.names.includes(n));
  if (!own.some((n) => (event.fact.primary ?? []).includes(n)) || fitsTheAnchor(fact.anchor!, event)) return false;
  const [date, told] = [dateOf(event), fact.time!];
  if (date.year === undefined || told.year === undefined) return false;
  // One part slipped, the other is right: the month in the right year, or the year of the right month (or of a date
  // that gives no month), a year off at most. "June 2024" is no slip of R1's January 2025.
  if (date.month === undefined || told.month === undefined || date.month === told.month) return Math.abs(date.year - told.year) <= 1;
  return date.year === told.year;
}

function onDraftsDate(fact: Fact, event: SourceFigure): boolean {
  // "Das war 2022, ein Jahr bevor er DeepSeek gründete": years are counted from the draft's year.
  if (fact.figure.durationUnit! >= 365 && fact.time?.year !== undefined && fact.time.month === undefined) return (event.figure.date?.year ?? (event.figure.kind === 'year' ? event.figure.value : undefined)) === fact.time.year;
  const date = event.figure.date;
  // "Im Juli 2023 … galten da schon seit zwei Jahren": a span that lasted up to a month is counted from that month's event.
  if (fact.since === undefined && fact.figure.durationSign === -1 && fact.figure.durationUnit! >= 30 && fact.time?.year !== undefined && fact.time.month !== undefined && fact.time.day === undefined && !fact.anchor) return date?.year === fact.time.year && date.month === fact.time.month && date.day === undefined;
  return Boolean(fact.time?.day && fact.time.month && date?.day === fact.time.day && date.month === fact.time.month && (date.year === undefined || fact.time.year === undefined || date.year === fact.time.year));
}

/** Whether an event can be what the words after "vor"/"after" name: what happened, and to whom, where they say. */
function fitsTheAnchor(anchor: DurationAnchor, event: SourceFigure): boolean {
  const keys = new Set(anchor.attributes.map(lookupKey));
  if (keys.size && !event.fact.attributes.some((a) => keys.has(lookupKey(a)))) return false;
  // A fall is not the day shares rose: "two weeks before the sell-off" is not Microsoft's rise of 3 January.
  const opposite = (a: string, b: string) => anchor.attributes.includes(a) && !anchor.attributes.includes(b) && event.fact.attributes.includes(b) && !event.fact.attributes.includes(a);
  if (opposite('fall', 'rise') || opposite('rise', 'fall')) return false;
  if (anchor.names.length === 0) return true;
  // "a week after R1" names R1, not every event of DeepSeek, the name R1's contains (its headlines on 27 January).
  const own = anchor.names.filter((n) => !anchor.names.some((m) => m !== n && m.includes(n)));
  return !namesAnotherVersion(event, anchor.names, anchor.names) && event.fact.entities.some((e) => own.includes(e));
}

/** The event is about a model of one family with `models` in another version, one that `known` does not name. */
function namesAnotherVersion(event: SourceFigure, models: string[], known: string[]): boolean {
  return (event.fact.primary ?? []).some((e) => !known.includes(e) && models.some((m) => areTwoVersionsOfOneFamily(m, e)));
}

/**
 * An event about someone the draft names: a shared country is where, not who ("US-Börsenschluss"), and another version
 * of the draft's model is another model ("DeepSeek V3" is not "the R1 launch").
 */
function aboutTheDraftsNames(fact: Fact, event: SourceFigure): boolean {
  const who = fact.entities.filter((e) => !fact.places?.includes(e));
  if (who.length === 0) return fact.entities.length === 0 || event.fact.entities.some((e) => fact.entities.includes(e));
  // "the breakthrough of DeepSeek R1" is DeepSeek's too.
  const eventWho = event.fact.entities.filter((e) => !event.fact.places?.includes(e));
  return !namesAnotherVersion(event, fact.primary ?? [], fact.entities) && eventWho.some((e) => who.includes(e));
}

function anchored(fact: Fact, event: SourceFigure): boolean {
  const date = event.figure.date ?? { year: event.figure.value };
  if (fact.time) return (['year', 'month', 'day'] as const).some((k) => fact.time![k] !== undefined && date[k] !== undefined) && compatibleDates(fact.time, date);
  // "R1 came out on 20 January. The sell-off came three days after the launch": a clause that names nobody is about
  // the event its words count from, the one of the thing named after "after"/"nach".
  if (fact.entities.length === 0 && fact.anchor?.names.length) return fitsTheAnchor(fact.anchor, event);
  return event.fact.entities.some((e) => fact.entities.includes(e));
}

/**
 * What an event shares with the draft's words. A fall and a rise are both a change, but "drei Tage vor dem Kurssturz"
 * names no day on which shares rose: a move the other way is not the one the draft names.
 */
function shared(event: SourceFigure, keys: Set<string>, moves: string[]): string[] {
  const otherWay = movesOnlyTheOtherWay(event, moves);
  // Nor is the share price that rose the one whose fall the draft names: "Kursrückgang" shares nothing with Microsoft's
  // shares rising on 30 January.
  return [...new Set(event.fact.attributes.filter((a) => !(otherWay && (MOVES.includes(a) || happensOnADay(a)))).map(lookupKey).filter((k) => keys.has(k)))];
}

/** An event of a rise where the draft names only a fall, or the other way round. */
function movesOnlyTheOtherWay(event: SourceFigure, moves: string[]): boolean {
  const its = event.fact.attributes.filter((a) => MOVES.includes(a));
  return moves.length === 1 && its.length > 0 && !its.includes(moves[0]);
}

/** An event of a rise where the words after "vor"/"after" name a fall, or the other way round. */
function movesTheOtherWay(anchor: DurationAnchor, event: SourceFigure): boolean {
  const named = MOVES.filter((m) => anchor.attributes.includes(m));
  const its = event.fact.attributes.filter((a) => MOVES.includes(a));
  return named.length === 1 && its.length > 0 && !its.includes(named[0]);
}

/** The draft's moves, its clause's and those of the words after "vor"/"after": a fall, a rise or both. */
function movesOf(fact: Fact): string[] {
  return MOVES.filter((m) => fact.attributes.includes(m) || fact.anchor?.attributes.includes(m));
}

/**
 * Keys an event shares with the draft, with a market value or share price told as one with the clause's own move of it:
 * "verlor an Börsenwert" is one event, whose two words a record of another day and the fall do not make two things.
 * Only where the clause names no other end ("eine Woche danach", "a week later"): words after "nach"/"after" may name
 * the measure's record themselves ("three weeks after its record high"), read or not. And not for an event of the other
 * move: a day the value rose is another thing than the fall.
 */
function oneMoveOfOneMeasure(fact: Fact, event: SourceFigure, keys: string[]): string[] {
  const ownMoves = MOVES.filter((m) => fact.attributes.includes(m) && !fact.anchor?.attributes.includes(m));
  const ownMeasure = fact.attributes.filter((a) => happensOnADay(a) && !fact.anchor?.attributes.includes(a));
  if (ownMoves.length === 0 || ownMeasure.length === 0 || fact.figure.durationAnchor) return keys;
  const eventMoves = event.fact.attributes.filter((a) => MOVES.includes(a));
  if (eventMoves.length > 0 && !eventMoves.some((m) => ownMoves.includes(m))) return keys;
  return [...new Set(keys.map((k) => (ownMeasure.includes(k) ? lookupKey('fall') : k)))];
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** An event's date, with the year its fact is read in where the text leaves it out ("20. Januar" after "Dezember 2024"). */
function dateOf(event: SourceFigure): CalendarDate {
  const date = event.figure.date ?? { year: event.figure.value };
  const time = event.fact.time;
  return date.year === undefined && time?.year !== undefined && time.month === date.month ? { ...date, year: time.year } : date;
}

/**
 * Days between two dates, when both say enough for the unit: a month for days (a span of them, where a date gives no
 * day: "a week before R1" from V3's "Dezember 2024"), a year for years.
 */
function daysBetween(a: CalendarDate, b: CalendarDate, unit: number): DaySpan | undefined {
  const exactly = (days: number | undefined) => (days === undefined ? undefined : { low: days, high: days });
  // "18 months after the founding" (July 2023 → January 2025), "zweieinhalb Jahre": counted in months where both give one.
  const months = a.year !== undefined && b.year !== undefined && a.month !== undefined && b.month !== undefined ? Math.abs((a.year - b.year) * 12 + a.month - b.month) : undefined;
  if (unit >= 365) return exactly(months !== undefined ? (months / 12) * 365 : a.year !== undefined && b.year !== undefined ? Math.abs(a.year - b.year) * 365 : undefined);
  if (unit >= 30) return exactly(months !== undefined ? months * 30 : undefined);
  // "20. Januar → 27. Januar": days within one year, whichever it was.
  if (a.day !== undefined && b.day !== undefined) return exactly(daysApart(a, b, 2000));
  return daysWithinMonths(a, b);
}

/**
 * The source's duration as a figure: "20. Januar → 27. Januar 2025 = 7", made from the two dates; where a date gives
 * only its month, the span in the draft's unit ("Dezember 2024 → 20. Januar = 3–7", in weeks), approximate: no one
 * number to put in.
 */
function derivedEvidence(a: SourceFigure, b: SourceFigure, days: DaySpan, draft: Figure, agrees: boolean): FigureEvidence {
  const unit = draft.durationUnit!;
  // Seven days are half a fortnight: rounded to one, they would read as the fortnight the draft claims.
  const round = (x: number) => (unit === 14 ? Math.round(x * 2) / 2 : Math.round(x));
  let [low, high] = [round(days.low / unit), round(days.high / unit)];
  // "Juli 2023 → 20. Januar" is a year and a half: neither one year nor two is the span, so no number to put in.
  const exact = days.low / unit;
  if (unit !== 14 && days.low === days.high && Math.abs(exact - Math.round(exact)) >= 0.25) [low, high] = [Math.floor(exact), Math.ceil(exact)];
  const claimed = draft.value * unit;
  const value = round(Math.min(Math.max(claimed, days.low), days.high) / unit);
  // Earlier date first: "20. Januar → 27. Januar 2025 = 7".
  const [first, second] = dayNumber(a, b) <= dayNumber(b, a) ? [a, b] : [b, a];
  const figure: Figure = {
    ...draft, text: `${first.figure.text} → ${second.figure.text} = ${low === high ? value : `${low}–${high}`}`, mantissa: value, scale: 0, value, precision: 1, approximate: low !== high,
    derivedFrom: [first.figure, second.figure],
  };
  return { ...first, figure, score: 1, agreement: agrees ? 'agrees' : 'differs', shared: new Set() };
}
