import { APPOSITIVE_PARTICIPLES, APPOSITIVE_RELATIVE_VERBS, CLAUSE_WORDS, EXISTS_SINCE, EVENT_OF_A_NAMED_THING, LEXICON, MODEL_ITEM, MORE_EXACTLY, POINTING_BACK, POINTING_BACK_VERBS, SUMMING_UP_VERBS, wordAlternation, wordCues } from '../context/lexicon';
import { linkRestsOfShares } from './restOfShare';
import { comparandCarried } from '../match/comparand';
import { chatLabelEnd } from '../text/chatStamp';
import { NEGATION } from '../text/negation';
import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { CalendarDate, Figure, NameKind, NameMention, Span } from '../types';
import { conceptOfWord, conceptsOf, separatedVerbConcepts } from '../context/concepts';
import { asideClauses, statementAround } from '../analysis/analyzedSentence';
import { labelledItems } from '../analysis/labelledItems';
import { sidePhrasesWithCompany } from '../analysis/ungovernedMoves';
import { PLACE_CONCEPTS, REGION_WORDS } from './places';
import { countedNoun, nounConcept } from '../figures/countedNoun';
import { countsItsLabel, labelNouns } from '../analysis/valueLabel';
import { nounPhraseKey } from '../text/sameNoun';
import { ATTRIBUTES, isAttribute, isAttributeOf, isOnce, isOneDays, isSpecific, isSumOfMoney, lookupKey, namesAnEvent } from './attributes';
import { readDurationAnchor } from './durationAnchor';
import { eventOfTheOtherEnd } from './spanToANamedThing';
import { anchorOfTheNamedBefore } from './unnamedAnchor';
import { isStampDate, opensWithStamp } from './updateStamp';
import type { AskedQuestion, CarriedContext, CarriedName, ContextOrigin, Fact } from './fact';
import { WRITER, WRITERS_POSSESSIVE } from './writer';
import { ownSubjectNoun } from './ownSubject';
import { withSharedSubject } from './sharedSubject';
import { distributedNames, eachNamed } from './distributeLists';
import { entrySubject, isOtherSort, referencedKinds, referentOf } from './references';
import { namesTheFounder, ownedFounder } from '../names/founderWords';
import { quotedSpeaker } from './quotedSpeaker';
import { weekdayNear } from './weekdays';
import { dayAfter, movingDuration } from './daysLater';
import { dayBefore, daysRecalled } from './recallsEarlierDay';
import { isAttribution, speaksBefore } from './attribution';
import { firstNameCandidate, type NameCandidate } from '../names/extractNames';
import { ARTICLES } from '../names/wordLists';
import { isBareSum } from '../figures/extractFigures';
import { birthPhraseClause, isBirthYear } from './birthYears';
import { isGroupCount } from './groupCount';
import { isShareOfTasks } from './tasksSolved';
import { ownerWith } from './ownerWith';
import { comparedSumBefore } from './comparedSum';
import { measuresNamedBefore, MEASURED_AGAINST_PATTERN } from './measuredAgainst';
import { toldOfANamedEvent, toldOfAnEarlierTime, yearAgeIsToldOf, yearThenPointsBackTo } from './ageYear';
import { backgroundClauseAt, inClosedBackgroundClause } from './backgroundClause';
import { changeWithPeriod, ownPeriodAfter } from './periodOfAChange';
import { asksForTheThing, roleOwners } from './roleOwners';
import { frontedAgeOfSomeoneUnknown } from './frontedAgeHolder';
import { ageBesideUnknownName } from './ageBesideUnknownName';
import { curbsOwnYear } from './actsOwnYear';
import { namesOfAnEarlierOrdinal } from './ordinalOwners';
import { ordinalMembers } from './ordinalMembers';
import { cellListMembers } from './cellListMembers';
import { COMPARED_WITH_WORDS, CURRENCIES, DURATION_UNITS, GAP_BEFORE, HEDGE_WORD_PATTERN, LAST_YEAR_PHRASES, LEVEL_COMPARATIVES, PARTITIVE_LINKS, PARTITIVE_OPENERS, SHARE_PRICE_WORDS, THAN_WORDS, THIS_YEAR_PHRASES, YEAR_BEFORE_PHRASES, YEAR_WORDS, pointsBackToAnEvent } from '../figures/vocabulary';

/**
 * The facts of one sentence: one per figure, with who or what it is about, the attribute, and when. What the
 * figure's own clause does not say is taken from the rest of the sentence, then from the context the sentence
 * inherits (earlier sentences, the paragraph, the heading): the nearest entity whose kind fits the attribute.
 */
export function readFacts(facts: SentenceFacts, carried: CarriedContext, next?: SentenceFacts): Fact[] {
  const { figures } = facts;
  // A misspelt name ("Liang Wenfang") is still who the writer means: it has its own warning.
  const misspelt = facts.nearMisses.map((m) => ({ start: m.start, end: m.end, text: m.text, entry: m.entry }));
  const names = [...facts.names, ...misspelt].filter((n) => !isAttribution(facts.text, n)).sort((a, b) => a.start - b.start);
  const knownSpeakers = names.length === facts.names.length + misspelt.length ? [] : [...facts.names, ...misspelt].filter((n) => !names.includes(n) && speaksBefore(facts.text, n));
  const known = knownSpeakers.length ? [...names, ...knownSpeakers] : names;
  // "## Wie viel hat das Training gekostet?\n\nNur 5,6 Millionen Dollar.": an answer right after a question gives its
  // figures for what the question asks, where it names nothing else.
  // "In Europe, it is 10%." after "… come from China?": an answer that names a place of its own is about that place.
  // „Dann hat er DeepSeek gegründet. Das war im Juli 2022.“: a sentence that points back to the event told before dates it.
  const answered = carried.question?.event && !pointsBackToAnEvent(facts.text) ? undefined : carried.question;
  const question = names.length === 0 && !facts.contextNames?.length && !namesOwnPlace(facts, answered) ? answered : undefined;
  const listed = distributedNames(facts, carried.previousSentence);
  // „Der erste kostete …, der zweite …“ after a sentence that named the two: each ordinal's figure is its member's.
  for (const [figure, member] of ordinalMembers(facts, carried)) if (!listed.has(figure)) listed.set(figure, member);
  // „| DeepSeek R1 | 92 % / 85 % |“ under „| HumanEval / MATH-500 |“: each value is its header name's, in turn.
  for (const [figure, member] of cellListMembers(facts)) if (!listed.has(figure)) listed.set(figure, member);
  // "5,6 Millionen Dollar. So wenig soll das Training gekostet haben.": a fragment is told by the next sentence. Not one
  // whose values the sentence before owns („Das Training von R1 und das von GPT-4o … Die Beträge: 5,6 beziehungsweise
  // 87 Millionen Dollar. Beim Urteil „Preis-Leistung“ …“): it answers that sentence, and the next says something new.
  const fragment = !question && next && names.length === 0 && listed.size === 0 && ![...facts.concepts].some(isAttribute) && !facts.contextNames?.length && isVerbless(facts);
  const out: Fact[] = [];
  // Figures of one clause ask for its unknown name once: reading name candidates is the costly part of a fact.
  const unknownByClause = new Map<string, string | undefined>();
  const label = speakerLabelEnd(facts.text);
  let sidePhraseSpans: Span[] | undefined;
  const sidePhrases = () => (sidePhraseSpans ??= sidePhrasesWithCompany(facts.text));
  // What the whole sentence names, read once: each figure's attributes and its own part ask it again.
  let wholeSentenceConcepts: Set<string> | undefined;
  const sentenceConcepts = () => (wholeSentenceConcepts ??= conceptsOf(facts.text, 0, facts.text.length, facts.names));
  // "born in 1986", "Jahrgang 1985", "der 1986 geborene Liang": the years that are someone's birth, and date nothing else.
  // „Er kam 1983 zur Welt“, "Liang came into the world in 1983" too, where it is a person who did (`bornAPerson`).
  const birthFigures = new Set(figures.filter((f) => isBirthYear(facts.text, f) || bornAPerson(facts.text, f, names, carried)));
  const unknownOf = (whole: string, offset: number) => {
    // "[14:45] ANNA: … a $598 billion hit for Nvidia": who speaks is not what the figure is about.
    const clause = offset < label ? ' '.repeat(Math.min(label - offset, whole.length)) + whole.slice(label - offset) : whole;
    const key = `${offset}:${clause}`;
    // "DeepSeek says training cost $5.6 million": a known name that only says the figure is not what it is about, but no
    // unknown one either; the clause is then about whom its context names.
    if (!unknownByClause.has(key)) unknownByClause.set(key, unknownName(clause, known, offset));
    return unknownByClause.get(key);
  };
  figures.forEach((figure, i) => {
    const window = figure.window ?? { start: 0, end: facts.text.length };
    // The figure's clause, its relative clauses blanked out (same length, so offsets hold).
    const clause = withoutAsides(facts.text, window, figure.asides);
    const attributes = attributesOf(figure, facts, sentenceConcepts);
    // "… kostete 5,6 Millionen Dollar – ein Bruchteil der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte": the sum
    // compared with is of the same measure (training), though whose it is stays its own clause's.
    const comparedWith = comparedSumBefore(facts.text, figures, i);
    if (comparedWith !== undefined) for (const a of out[comparedWith].attributes) if (!attributes.includes(a) && isAttributeOf(a, figure.kind) && (!isSpecific(a) || !attributes.some(isSpecific))) attributes.push(a);
    if (isGroupCount(facts.text, figure)) {
      out.push({ figure, entities: [], primary: [], attributes: attributes.filter((a) => a.startsWith('noun:')) });
      return;
    }
    if (fragment) for (const c of next.concepts) if (isAttribute(c) && !attributes.includes(c)) attributes.push(c);
    const asksAge = question !== undefined && isAnsweredAge(figure, question, facts.text);
    // "45 Jahre." counts no years of anything: it is the age asked for, and the years are part of what is wrong.
    if (asksAge) {
      attributes.splice(0, attributes.length, 'age');
      figure = withYearsAfter(figure, facts.text);
    }
    else if (question && !attributes.some((a) => isSpecific(a) || a.startsWith('noun:'))) for (const c of question.attributes) if (isAttributeOf(c, figure.durationUnit ? 'date' : figure.kind) && !attributes.includes(c)) attributes.push(c);
    let entities: string[] = [];
    let means: Array<{ canonical: string; containing?: string[] }> = [];
    let primary: string[] = [];
    let entityFrom: ContextOrigin | undefined;
    let entityFromAfar = false;
    let placesOnlySoFar = true;
    const where = new Set<string>();
    const kinds = new Map<string, NameKind | undefined>();
    let unnamed: string | undefined;
    const add = (entries: Array<{ canonical: string; containing?: string[]; kind?: NameKind }>, from: ContextOrigin, arePlaces = false) => {
      for (const e of entries) if (!kinds.has(e.canonical)) kinds.set(e.canonical, e.kind);
      entities = [...entities, ...expand(entries).filter((e) => !entities.includes(e))];
      primary = [...primary, ...entries.map((e) => e.canonical).filter((e) => !primary.includes(e))];
      for (const e of entries) if (arePlaces || e.kind === 'place') where.add(e.canonical);
      // "A Chinese start-up … wiped billions off US tech stocks" under a heading on Wall Street: the countries say
      // where, the heading's name is only a guess of who; the fact is as explicit as its who.
      if (entityFrom !== undefined && placesOnlySoFar && entries.some((e) => !(arePlaces || e.kind === 'place'))) entityFrom = from;
      entityFrom ??= from;
      placesOnlySoFar &&= entries.every((e) => arePlaces || e.kind === 'place');
    };
    const conversionOf = convertedFigure(facts, i) ?? restatedFigure(facts, i);
    const between = apartOf(facts, i);
    if (between) {
      // "92% on HumanEval and 85% on MATH-500, twelve points apart": the difference of the two before it, of theirs.
      for (const j of between) {
        entities = [...entities, ...out[j].entities.filter((e) => !entities.includes(e))];
        primary = [...primary, ...(out[j].primary ?? []).filter((e) => !primary.includes(e))];
        entityFrom ??= out[j].entityFrom;
        for (const a of out[j].attributes) if (!attributes.includes(a) && !a.startsWith('noun:')) attributes.push(a);
      }
    }
    else if (listed.has(figure)) {
      const member = listed.get(figure)!;
      add([member], 'list');
      // "R1 reached 85 and 92 percent on HumanEval and MATH-500 respectively": a list of benchmarks says on what; the
      // sentence's subject is still whose the scores are.
      const kinds = kindsFitting(attributes);
      if (!kinds.includes(member.kind)) {
        const members = new Set([...listed.values()].map((m) => m.canonical));
        const subject = names.filter((n) => n.end <= figure.start && !members.has(n.entry.canonical) && kinds.includes(n.entry.kind)).map((n) => n.entry);
        if (subject.length) add(subject, 'sentence');
      }
    }
    else if (conversionOf !== undefined) {
      // "eine Milliarde Yuan (ca. 130 Millionen Euro)": the same sum in another currency, of the same thing; "36 Prozent
      // …, also mehr als jedes dritte": the same share in other words.
      [entities, primary, entityFrom] = [out[conversionOf].entities, out[conversionOf].primary ?? [], out[conversionOf].entityFrom];
      // What it measures is the restated figure's: "Fire-Flyer I, at 200m yuan (about €26m)" is no sum of the chips a
      // statement before it names.
      for (let k = attributes.length - 1; k >= 0; k--) if (isSpecific(attributes[k]) && !out[conversionOf].attributes.includes(attributes[k])) attributes.splice(k, 1);
      for (const a of out[conversionOf].attributes) if (!attributes.includes(a)) attributes.push(a);
    }
    else {
      // „Der erste, Fire-Flyer I, kostete …, der zweite eine Milliarde Yuan“: the earlier member's name is not the later's.
      const earlierMember = namesOfAnEarlierOrdinal(facts.text, figure.start, names);
      const inWindow = names.filter((n) => inside(n, window) && !inside(figure, n) && !figure.asides?.some((a) => inside(n, a)) && !earlierMember.includes(n));
      // "Mistral AI, gegründet im April 2023, sieht in DeepSeeks Erfolg …", "ASML, founded in 1984, fell …": a date set off
      // after a name by a participle is that name's alone, not the clause's other names'.
      // "für Metas Llama 2 mit 70 Milliarden Parametern": so is a figure the name right before it comes with.
      const namedInClause = appositiveOwners(facts.text, figure, inWindow, names) ?? ownerWith(facts.text, figure, inWindow) ?? inWindow;
      // "DeepSeek's founder set up High-Flyer in 2015", "Der Gründer von DeepSeek gründete …": whose role it is, is not
      // who acts; the clause's other name is what the figure is about (the founder is no name of the sentence).
      // (Not where the role's holder is the only other name: "DeepSeek-Gründer Liang Wenfeng gründete das Start-up …".)
      const owners = roleOwners(facts.text, namedInClause);
      const holders = new Set(owners.values());
      // Nor where the clause asks for what the figure is about: "Which hedge fund did DeepSeek's founder set up in 2015?".
      const asking = asksForTheThing(facts.text);
      const othersNamed = namedInClause.some((n) => !owners.has(n) && !holders.has(n) && n.entry.kind !== 'place') || asking !== undefined;
      const inClause = owners.size && othersNamed ? namedInClause.filter((n) => !owners.has(n)) : namedInClause;
      const own = comparedAway(facts.text, figure, withoutSidePhrases(sidePhrases(), withoutMeans(facts.text, inClause)));
      // How it was done is part of the fact, not who it is about: "MTP and FP8 made processing 1.8 times faster" meets
      // it. Whose money it was is not ("Mit dem Kapital aus High-Flyer wurde … DeepSeek gegründet").
      means = inClause.filter((n) => !own.includes(n) && MEANS_PHRASE_BEFORE.test(textBefore(facts.text, n))).map((n) => n.entry);
      // A later figure's clause keeps its names ("…, während OpenAI 78 Millionen Dollar aufwandte"); an earlier
      // clause's name is what a pronoun points back to ("Der Nasdaq 100 sackte um 3 % ab, obwohl er 2024 …").
      // "…, während der Dow Jones 0,7 Prozent im Plus schloss": a name no source knows in the figure's own clause is
      // its subject, not the name of the clause before.
      const unknownInClause = own.length === 0 ? unknownOf(clause, window.start) : undefined;
      const outside = namesOutsideClause(facts.text, earlierMember.length ? names.filter((n) => !earlierMember.includes(n)) : names, figure, figures, window);
      const askedOutside = asking ? roleOwners(facts.text, outside) : undefined;
      const elsewhere = unknownInClause ? [] : comparedAway(facts.text, figure, withoutSidePhrases(sidePhrases(), withoutMeans(facts.text, askedOutside?.size ? outside.filter((n) => !askedOutside.has(n)) : outside)));
      // "We pay our vendor $21 per million tokens, a price set before models of R1's class existed": the writer speaking
      // before the figure, with no name before it, is whose figure it is; a name after it says something else.
      // "We trained 1,250 caseworkers and helped 410 charities": a clause with no subject of its own speaks with the one before's.
      const speaking = withSharedSubject(facts.text, window, statementAround(facts.text, figure, figures).start);
      const writersOwn = !figure.durationUnit && figure.kind !== 'date' && figure.kind !== 'year' && !own.some((n) => n.end <= figure.start) && writerSpeaks(facts.text, { start: speaking.start, end: figure.start });
      const named = writersOwn ? [] : onlyWhoFits((own.length ? own : elsewhere).map((n) => n.entry), attributes);
      // "Es sitzt in Hangzhou und wurde 2023 gegründet": a place that is not what the attribute is about is where,
      // not who; it is kept, but as weakly as a carried name.
      const onlyWhere = named.length > 0 && named.every((n) => n.kind === 'place') && !kindsFitting(attributes).includes('place');
      // „Wir glauben, dass 99 Prozent …“, beschreibt das Unternehmen: a first-person quotation's figure is its speaker's.
      const speaker = own.length === 0 ? quotedSpeaker(facts.text, figure, facts.names, carried) : undefined;
      if (speaker) add(speaker.entries, speaker.from);
      else if (named.length) add(named, onlyWhere ? 'paragraph' : own.length ? 'clause' : 'sentence');
      else if (writersOwn) add([{ canonical: WRITER }], 'clause');
      else if (unknownInClause) add([{ canonical: `?${unknownInClause}` }], 'clause');
      // What the question asks for, where it drops a role's organisation: no one the paragraph or the heading names.
      else if (asking && (owners.size > 0 || (askedOutside?.size ?? 0) > 0)) add([{ canonical: `?${asking}` }], 'clause');
      else {
        // "Wie viele A100-Chips Liang besitzt, weiß niemand; Schätzungen liegen zwischen …": an earlier statement of
        // the sentence is context, as an earlier sentence is.
        const statementStart = statementAround(facts.text, figure, figures).start;
        const earlier = names.filter((n) => n.end <= statementStart && !earlierMember.includes(n)).map((n) => n.entry);
        if (earlier.length) add(earlier, 'paragraph');
      }
      // A table cell is about its row: "| HumanEval | 92 % |".
      const row = facts.contextNames ?? [];
      if (row.length) add(row, 'clause');
      // "What share of the world's AI models come from China?\nAnswer: 36%.": whom the question asks about is whose the
      // answer's figure is, before anyone a sentence further back names.
      if (question && entities.length === 0) {
        const kinds = kindsFitting(attributes);
        const asked = question.names.filter((n) => kinds.includes(n.kind));
        if (asked.length) add(asked, question.from);
        else if (kinds.includes('place') && question.places.length) add(question.places.map((canonical) => ({ canonical })), question.from, true);
      }
      // "Der DAX schloss 0,5 Prozent tiefer", "Shares of Galyx Dynamics fell 4.6 percent": a name no source knows is
      // someone else, not the company before, and no source's fact is about it.
      const unknown = entities.length === 0 ? unknownOf(clause, window.start) : undefined;
      if (unknown) add([{ canonical: `?${unknown}` }], 'clause');
      // "Our 2,300 GPUs", "the $24 million we set aside", "unser Budget": the writer's own organisation, which no source
      // is about and no name before it stands for.
      // A date is dated by its event, not by who writes about it ("Seit dem Kurssturz vom 27. Januar erreicht uns …").
      // „Der Fonds gab an diesem Tag 5,1 Prozent ab“, "Within minutes the book has used 60% of its loss limit": a subject
      // that is the writer's own desk or fund owns the figure, not the company of the sentence before; unless that
      // sentence named a fund as such („den Hedgefonds High-Flyer. Der Fonds …“), which the noun then describes.
      const ownNoun = entities.length === 0 ? ownSubjectNoun(clause, figure.start - window.start) : undefined;
      const ownSubject = ownNoun !== undefined && !(isOtherSort(ownNoun) && carried.names.some((n) => n.otherSort));
      const ours = writersOwn || ownSubject || (entities.length === 0 && figure.kind !== 'date' && figure.kind !== 'year' && !figure.durationUnit && writerSpeaks(facts.text, speaking));
      if (ours) add([{ canonical: WRITER }], 'clause');
      // "Das sind knapp 480 Modelle.", "That is less than a tenth of the American figure.": a sentence that sums up the
      // one before is about what that one is about, places included; first, before any place it names itself.
      const sumsUp = entities.length === 0 && SUMS_UP.test(facts.text);
      // "## Project Stargate … the DeepSeek sell-off. It is worth $500 million": under an entry heading, "it is" after a
      // sentence that only named others in passing is the entry, not a summing-up of that sentence.
      const entry = sumsUp ? entrySubject(facts.text, carried.names, carried) : undefined;
      const summed = !sumsUp ? [] : entry ? [entry] : carried.previousSentence.length ? carried.previousSentence : (carried.previousSentenceEntities ?? []).map((canonical) => ({ canonical }));
      if (summed.length) add(summed, 'reference');
      const places = placesIn(figure, clause);
      if (places.length) add(places.map((canonical) => ({ canonical })), 'clause', true);
      if (fragment) {
        add(next.names.filter((n) => !isAttribution(next.text, n)).map((n) => n.entry), 'paragraph');
        // "36 Prozent. So groß ist … der Anteil der Volksrepublik": the places the next sentence names, too.
        const nextPlaces = placesOfConcepts(next.concepts).map((canonical) => ({ canonical }));
        if (nextPlaces.length) add(nextPlaces, 'paragraph', true);
      }
      // "die Firma, die im Juli 2023 gegründet wurde", "Der Gründer ist 40": a reference to an earlier name.
      let pointedBack = speaker !== undefined;
      const referenced = ours || speaker ? [] : referencedKinds(clause);
      // „Ein Student aus Zhejiang schrieb die erste Version. Der 23-Jährige …“, "… He is 23": an age whose clause names no
      // one is of the person brought in without a name since the last one named, who is someone no source knows.
      unnamed = figure.kind === 'age' && !pointedBack && carried.unnamedPerson !== undefined && !inClause.some((n) => n.entry.kind === 'person') ? carried.unnamedPerson : undefined;
      if (unnamed) {
        add([{ canonical: `?${unnamed}` }], 'reference');
        pointedBack = true;
      }
      // „Xu Jin war 32, als er zu High-Flyer kam“: "er" after a subject no source knows is that subject, not a person
      // the sentences before named.
      const unknownSubject = entities.some((e) => isUnknownSubject(facts.text, window.start, figure.start, e));
      for (const kind of referenced) {
        if ((unnamed || unknownSubject) && kind === 'person') continue;
        // "die Firma DeepSeek": the words name the company they speak of; nothing is pointed back to.
        if (inClause.some((n) => n.entry.kind === kind && APPOSITION_OF_KIND.test(facts.text.slice(Math.max(0, n.start - 24), n.start)))) continue;
        // "OpenAI released o3-mini, a smaller reasoning model": so do the words after a name, set off by a comma.
        if (inClause.some((n) => n.entry.kind === kind && APPOSITION_AFTER.test(facts.text.slice(n.end, n.end + 12)))) continue;
        // "Meta Platforms bucked the trend, rising … after Mark Zuckerberg said the company would spend $60 billion": a
        // name of that kind earlier in the sentence, in a clause before the words', is what they point back to, not one
        // of the sentences before. (In its own clause it is someone else: "High-Flyer finanzierte die Firma".)
        const earlierInSentence = names.filter((n) => n.entry.kind === kind && n.end <= figure.start && pointsBackAcrossClause(facts.text.slice(n.end, figure.start), kind)).pop();
        if (earlierInSentence) {
          add([earlierInSentence.entry], 'reference');
          pointedBack = true;
          continue;
        }
        // "The company also put out …" after "OpenAI, for its part, spent …" is the story's company, not the rival.
        // Further back than the paragraph before, "das Unternehmen" is a guess as weak as a heading's.
        // "| Founder's age | 42 |", „Alter des Gründers“: the person named as the founder, not the last one named.
        const referent = kind === 'person' && carried.founder && namesTheFounder(clause) && !SUBJECT_PRONOUN.test(clause) ? { name: carried.founder, from: 'reference' as const } : entryReferent(facts.text, kind, carried) ?? referentOf(kind, carried);
        if (referent) {
          add([referent.name], referent.from);
          // "Mit seinen 671 Milliarden Parametern ist es kein kleines Modell": the model the words point back to is the
          // one whose parameters they are; no other name of its sentence is carried in beside it.
          if (referent.from === 'reference' && kindsFitting(attributes).join() === kind) pointedBack = true;
        }
      }
      // "| Founder's age | 42 |", "3. DeepSeek's founder: 41 years old", „- Der Gründer: 41 Jahre alt“: the row or the clause
      // calls its person the founder, whom the document named as such; not another company's founder ("OpenAI's founder")
      // nor the writer's own („Unser Gründer: 41 Jahre“).
      const callsTheFounder = facts.founderInContext || (namesTheFounder(clause) && !WRITERS_POSSESSIVE.test(clause) && (owners.size ? [...owners.keys()].every((o) => o.entry.canonical === carried.founder?.of) : !ownedFounder(clause)));
      if (figure.kind === 'age' && !pointedBack && callsTheFounder && carried.founder && !inClause.some((n) => n.entry.kind === 'person') && !SUBJECT_PRONOUN.test(clause)) {
        add([carried.founder], 'reference');
        pointedBack = true;
      }
      // "Mit 40 Jahren hat er …": "er" is the last person, for what only a person has (an age), where the statement names
      // no one but places; "er" is as often a masculine noun ("der Index", "der Konzern").
      // "Heute ist der 42-Jährige einer der bekanntesten Unternehmer Chinas": an age said as a noun is someone's too, and a
      // genitive after it ("Chinas", no name a source knows) is where, not who.
      const nobodyButWhere = entities.every((e) => where.has(e) || (e.startsWith('?') && !isSubject(facts.text, window.start, figure.start, e.slice(1))));
      // An age figure is a person's (figures/extractFigures.ts, agedIsAPerson); said as a noun, it names no one else.
      const ageAsNoun = figure.kind === 'age' && AGE_AS_NOUN.test(facts.text.slice(Math.max(0, figure.start - 12), figure.end));
      const pointsToAPerson = PERSON_PRONOUN.test(facts.text.slice(0, window.end)) || ageAsNoun;
      // „Der 41-Jährige gibt kaum Interviews, und seine Firma lässt … R1 …“: an age said as a noun is a person's, whatever
      // company or model the rest of its clause names; the person is the last one named, as where it names no one.
      const onlyThingsNamed = ageAsNoun && !inClause.some((n) => n.entry.kind === 'person');
      if (!unnamed && attributes.some((a) => ATTRIBUTES[a]?.specific && ATTRIBUTES[a].fits.every((k) => k === 'person')) && (nobodyButWhere || onlyThingsNamed) && pointsToAPerson) {
        const person = carried.names.find((n) => n.kind === 'person' && !n.aside) ?? carried.lastOfKind?.person;
        if (person) add([person], 'reference');
      }
      // "Meta shares rose 1.7 percent on Friday. The stock gained 65 percent in 2024.": a company's stock, where the
      // statement names no one, is the last company's.
      if (entities.every((e) => where.has(e)) && OWN_STOCK.test(clause)) {
        const company = carried.names.find((n) => n.kind === 'organisation' && !n.aside);
        if (company) add([company], 'reference');
      }
      // A summing-up sentence whose sentence before named no one still reads as pointing back: what it carries from
      // further back is as strong as a reference.
      if (sumsUp && entities.length === 0) add([], 'reference');
      // (Before a name that fits it is carried in beside the clause's own.)
      if (entityFrom === 'clause') dropUnfitting(attributes, figure, ownPartConcepts(facts, figure, window, sentenceConcepts), primary.filter((e) => !where.has(e)).map((e) => kinds.get(e)));
      // "Im HumanEval-Benchmark erreicht es 92 %": the benchmark is named, the subject is carried.
      const known = [...named, ...row];
      const specific = attributes.some(isSpecific);
      // A name no source knows in the clause is who it is about: nobody is carried in beside it ("Der Dow Jones hatte
      // als einziger US-Index 0,9 Prozent gewonnen" after a sentence on Nvidia).
      // Nor beside what a question asks for ("what did he set up in 2015?").
      const someoneUnknown = (!figure.durationUnit && entities.some((e) => e.startsWith('?') && isSubject(facts.text, window.start, figure.start, e.slice(1)))) || (asking !== undefined && entities.includes(`?${asking}`));
      // "Its assets of $80 billion made it one of China's largest funds": where a fact can't be a place's, a place is where,
      // and whose it is is carried as where the clause names no one.
      const onlyPlaces = entities.length > 0 && entities.every((e) => where.has(e)) && attributes.some(isAttribute) && !attributes.some((a) => ATTRIBUTES[a]?.fits.includes('place'));
      // "Die Firma ist noch keine zwei Jahre alt", "the company is two years old": the age of what the words point back
      // to, a firm or a model; no person is carried in to be that old.
      const thingsAge = figure.kind === 'age' && referenced.some((k) => k === 'organisation' || k === 'model');
      if (!ours && !pointedBack && !thingsAge && !entities.includes(WRITER) && (entities.length === 0 || onlyPlaces || (specific && !someoneUnknown && !known.some((n) => kindsFitting(attributes).includes(n.kind))))) {
        const fitting = carriedEntities(carried, attributes, facts.text);
        if (fitting.length) {
          add(fitting, fitting[0].from);
          entityFromAfar = fitting.every((n) => n.title);
        } else if (specific && entities.length === 0) {
          // A section that names no one ("| Parameters | 761 billion |") is about the last name that fits, however far
          // back, as weakly as a heading: only for attributes of one kind of name (parameters are a model's).
          const kinds = kindsFitting(attributes);
          const last = kinds.length === 1 ? carried.lastOfKind?.[kinds[0]] : undefined;
          if (last) {
            add([last], 'heading');
            entityFromAfar = true;
          }
        }
      }
    }
    // "born in 1986", "Jahrgang 1985", "der 1986 geborene Liang": a birth year is a person's and dates nothing else (not
    // the company "whose founder was born in 1986", nor its staff); the person named nearest, else the one carried.
    if (birthFigures.has(figure)) {
      attributes.splice(0, attributes.length, 'birth');
      // "Der 1985 geborene Gründer traf Li Qiang", "The founder, born in 1985, met Li Qiang": the founder's birth, not
      // the other person's of the sentence; a name right after the noun ("der Gründer Liang Wenfeng") is the founder's.
      const noun = bornNounOf(facts.text, figure);
      const named = noun ? names.find((n) => n.entry.kind === 'person' && ((n.start <= noun.start && noun.end <= n.end) || /^\s+$/u.test(facts.text.slice(noun.end, n.start))))?.entry : nearestPerson(names, figure);
      const clause = facts.text.slice(0, figure.start).split(/[.;:,]\s/).pop() ?? '';
      // "Sein Vater wurde 1955 geboren", "His co-founder was born in 1990", "Sein 1990 geborener Mitgründer": someone
      // else, whom no name says.
      const someoneElse = !named && (SOMEONE_ELSE_BORN.test(clause) || (noun !== undefined && (OWN_BEFORE.test(clause) || OWN_BEFORE.test(facts.text.slice(0, noun.start)))));
      // The noun's person is none of those the sentence names otherwise ("traf … Li Qiang").
      const other = (n: { canonical: string; kind: NameKind }) => n.kind === 'person' && !(noun && names.some((m) => m.entry.canonical === n.canonical));
      const last = carried.lastOfKind?.person;
      const person = named ?? (someoneElse ? undefined : carried.names.find((n) => other(n) && !n.aside) ?? (last && other(last) ? last : undefined));
      [entities, primary, means, entityFrom] = person ? [expand([person]), [person.canonical], [], named ? 'clause' : 'reference'] : [[], [], [], undefined];
      where.clear();
    } else if (birthFigures.size > 0 && attributes.includes('birth')) {
      // "Der 1985 geborene Gründer traf am 20. Januar 2025 Li Qiang": "geboren" is said of the year beside it; the
      // sentence's other dates are other events, no birth.
      attributes.splice(attributes.indexOf('birth'), 1);
    }
    // "He started DeepSeek … in July 2023, at 34", "hatte er … High-Flyer gegründet – mit 25 Jahren": an age is a person's,
    // not the company the clause names: the person named nearest, else the one the pronoun points back to.
    // „Xu Jin war 32, als er …“: a subject no source knows is that person.
    if (figure.kind === 'age' && !unnamed && primary.length > 0 && !primary.some((e) => kinds.get(e) === 'person' || isUnknownSubject(facts.text, window.start, figure.start, e))) {
      const named = nearestPerson(names, figure);
      const person = named ?? (HE.test(facts.text) ? carried.names.find((n) => n.kind === 'person' && !n.aside) ?? carried.lastOfKind?.person : undefined);
      if (person) {
        [entities, primary, means, entityFrom] = [expand([person]), [person.canonical], [], named ? 'clause' : 'reference'];
        where.clear();
      }
    }
    // "Sam Altman, 39, runs OpenAI" after a paragraph on Liang: the age is of the person it is set beside, whom no source
    // knows, not the company of the clause nor anyone the paths above carry in.
    const besideUnknown = ageBesideUnknownName(facts.text, figure, unknownCandidate(names));
    if (besideUnknown) {
      [entities, primary, means, entityFrom] = [[`?${besideUnknown}`], [`?${besideUnknown}`], [], 'clause'];
      where.clear();
    }
    // „Liang Wenfeng stellte Zihan Wang ein. Heute 28, promoviert er …“: a fronted age whose clause does not say whose it
    // is, is no one's the paths above point back to.
    const unknownHolder = frontedAgeOfSomeoneUnknown(facts.text, figure, names, carried);
    if (unknownHolder) {
      [entities, primary, means, entityFrom] = [[unknownHolder], [unknownHolder], [], 'reference'];
      where.clear();
    }
    for (const e of expand(means)) if (!entities.includes(e)) entities.push(e);
    // "Those chips went into two supercomputers: Fire-Flyer I, at 200m yuan, …", "Aus den Chips wurden zwei Supercomputer:
    // Fire-Flyer I für 200 Millionen Yuan …": what the statement around the figure's clause speaks of is not what the
    // figure measures where the clause names who it is about and that name cannot have it (a supercomputer has no chips'
    // sum; its sum is what it cost).
    if (entityFrom === 'list') dropUnfitting(attributes, figure, ownPartConcepts(facts, figure, window, sentenceConcepts), primary.filter((e) => !where.has(e)).map((e) => kinds.get(e)));
    if (entityFrom === 'clause' && isModelsDay(figure, kinds, attributes) && names.some((n) => n.entry.kind === 'model' && n.end <= figure.start && (MODELS_DAY.test(facts.text.slice(n.end, figure.start)) || (MODELS_DAY_IN.test(facts.text.slice(n.end, figure.start)) && HEADS_ITEM.test(facts.text.slice(window.start, n.start)) && ENDS_ITEM.test(facts.text.slice(figure.end)))))) attributes.splice(0, attributes.length, ...attributes.filter((a) => !ATTRIBUTES[a] || ATTRIBUTES[a].fits.includes('model')), 'release');
    // "Am 20. Januar gelang der Firma mit R1 der weltweite Durchbruch", "R1 made headlines on 20 January": the day a model
    // broke through is the day it came out, as a writer retells it ("R1 erschien am 20. Januar").
    if (entityFrom === 'clause' && (figure.kind === 'date' || figure.kind === 'year') && !figure.durationUnit && attributes.includes('news') && !attributes.includes('release') && [...kinds.values()].includes('model')) attributes.push('release');
    // "Aktualisiert: 28.01.2025, 11:40 Uhr - Nvidia hatte … eingebüßt": the stamp's word says nothing of what the item tells.
    if (attributes.includes('update') && opensWithStamp(facts.text)) attributes.splice(attributes.indexOf('update'), 1);
    // "| Nasdaq 100 | -3% | −25% |" under "| … | 27 Jan | 2024 |": the column says when.
    const [read, readFrom, timeFigure] = facts.contextTime && !figures.some((f) => f !== figure && (f.kind === 'date' || f.kind === 'year')) ? [facts.contextTime, 'clause' as const, undefined] : labelYear(figure, facts) ?? timeOf(figure, figures, window, carried, facts.text);
    // The document's day dates only what happens on a day, a share price or a market value.
    const [time, timeFrom] = readFrom === 'document' && !isOneDays(attributes) ? [undefined, undefined] : [read, readFrom];
    // A country is who the fact is about where the attribute can be a place's (a share of models, export curbs).
    // Without an attribute, who and where can't be told apart.
    const placesNamed = !attributes.some(isAttribute) || attributes.some((a) => ATTRIBUTES[a]?.fits.includes('place')) ? [] : primary.filter((e) => where.has(e));
    // "DeepSeek came eight years later" names no event: it is another of the kind it counts from (a founding).
    if (figure.durationUnit && !figure.durationAnchor && timeFigure && !attributes.some(namesAnEvent)) {
      for (const c of timeFigure.localConcepts) if (isAttribute(c) && isAttributeOf(c, 'date') && !attributes.includes(c)) attributes.push(c);
    }
    // "den Liang acht Jahre zuvor aufgebaut hatte", "eight years later the fund's capital went into DeepSeek": a clause that
    // says only which way and names no event happened to its name as that name's own event (an organisation's founding).
    // A clause dated to the day ("Three weeks later, on January 27, 2025, Nvidia falls …") tells of that day's news, not
    // of a founding, which writers date by month or year.
    if (figure.durationSign && !figure.durationAnchor && entityFrom === 'clause' && !(timeFrom === 'clause' && time?.day !== undefined) && !attributes.some((a) => isOnce(a) || isOneDays([a]))) {
      const subject = names.find((n) => primary.includes(n.entry.canonical) && EVENT_OF_A_NAMED_THING[n.entry.kind]);
      if (subject) attributes.push(EVENT_OF_A_NAMED_THING[subject.entry.kind]!);
    }
    const otherEnd = entityFrom === 'clause' ? eventOfTheOtherEnd(figure, facts.text, attributes, names, primary) : undefined;
    if (otherEnd) attributes.push(otherEnd);
    const wordsAnchor = readDurationAnchor(facts, figure);
    const anchor = wordsAnchor ? anchorOfTheNamedBefore(wordsAnchor, carried, primary.map((e) => kinds.get(e))) : wordsAnchor;
    // "R1 arrived 18 months after the founding", "V3 kam einen Monat vor dem Durchbruch": where the clause's words name
    // no event but the one the duration counts from, its own is the event its subject is known by (a model's release).
    // "High-Flyer ist acht Jahre älter als DeepSeek", "eight years older than DeepSeek": ages compared are two events of
    // one kind, the subject's and the other's (two foundings), whatever else the clause names (the fund).
    const comparesAges = anchor !== undefined && figure.durationAnchor !== undefined && (AGES_COMPARED.test(facts.text.slice(figure.end, figure.durationAnchor.start)) || PRECEDES_BY.test(facts.text.slice(figure.durationAnchor.end, figure.start)));
    // The two ages compared date each other: a year told in another sentence ("had set up in 2016. The fund thus predates
    // DeepSeek by eight years") is not when either began.
    const timeOfAnotherSentence = comparesAges && timeFrom !== 'clause';
    if (figure.durationUnit && anchor && entityFrom === 'clause' && (comparesAges || attributes.filter(isAttribute).every((a) => anchor.attributes.includes(a)))) {
      const subject = names.find((n) => n.end <= figure.start && primary.includes(n.entry.canonical) && EVENT_OF_A_NAMED_THING[n.entry.kind]);
      const event = subject ? EVENT_OF_A_NAMED_THING[subject.entry.kind]! : undefined;
      if (event && (comparesAges || !anchor.attributes.includes(event)) && !attributes.includes(event)) attributes.push(event);
    }
    // "Als R1 erschien, war die Firma knapp drei Jahre alt", "when R1 came out, the company was 18 months old": a firm's
    // age at an event is the span from its founding to that event, not a person's age.
    // "R1 made it known on 20 January 2025; the firm was then eighteen months old": its age on the day its sentence names.
    const dayNamed = time?.day !== undefined && (timeFrom === 'clause' || timeFrom === 'sentence');
    const firmsAge = ageOfAFirm(figure, facts.text, primary, kinds, attributes, dayNamed);
    if (firmsAge) {
      out.push({ figure: firmsAge.figure, entities, primary, ...(entityFrom ? { entityFrom } : {}), attributes: firmsAge.attributes, ...(time && (timeFrom === 'clause' || dayNamed) ? { time, timeFrom, timeOf: timeFigure } : {}) });
      return;
    }
    const since = countsFrom(figure, timeFrom, timeFigure, carried);
    const each = entityFrom === 'clause' ? eachNamed(facts, figure).filter((m) => primary.includes(m.canonical)) : [];
    const toldIn = yearAgeIsToldOf(figure, figures, window, facts.text) ?? yearThenPointsBackTo(figure, window, facts.text, carried.previousYear, carried.documentTime?.year);
    // "der 40-jährige Liang" in a piece about 27 January 2025 is his age then (a source's is its latest year's instead).
    // „Am 6. Mai 2024 erschien V2. Gründer Liang, damals 39 Jahre alt, …“: a time gone by that the paragraph dates in
    // the document's own year is the document's time, as a reader takes it.
    const thenIsNow = timeFrom === 'paragraph' && time?.year !== undefined && time.year === carried.documentTime?.year;
    const earlier = toldIn === undefined && !thenIsNow && toldOfAnEarlierTime(figure, window, facts.text);
    const asOf = (figure.kind === 'age' || asksAge) && toldIn === undefined && !earlier ? carried.documentTime?.year : undefined;
    // A sentence that names a year dates its age by it or not at all („Er war 42 und hatte High-Flyer 2015 gegründet“).
    const ofItsEvent = toldIn === undefined && !earlier && !figures.some((f) => f.kind === 'date' || f.kind === 'year') && toldOfANamedEvent(figure, window, facts.text) ? eventOfTheSentence(facts) : undefined;
    // "Nvidia fell 7.82% on 27 January. That was about two and a half times the Nasdaq 100's 3%.": with no sum before it,
    // the previous sentence's move is what the multiple multiplies, and what it measures is that move.
    const pointingBack = figure.kind === 'multiplier' && pointsBack(facts.text, figure, figures);
    const restatedMove = pointingBack && !carried.previousSum ? carried.previousMove : undefined;
    const restates = pointingBack ? carried.previousSum ?? restatedMove?.figure : undefined;
    if (restatedMove && !attributes.some((a) => restatedMove.attributes.includes(a))) attributes.push(...restatedMove.attributes);
    const stated = measuresThePreviousMove(facts.text, figure, figures, attributes, carried) ? { ...figure, change: 'by' as const } : figure;
    const pointedTo = comparandCarried(figure, facts, carried.names.filter((n) => n.from === 'paragraph'));
    out.push({ figure: asksAge ? { ...figure, kind: 'age' } : inCarriedCurrency(peakOf(stated, primary.filter((e) => !where.has(e))), attributes, carried), entities, primary, ...(placesNamed.length ? { places: placesNamed } : {}), ...(entityFrom ? { entityFrom } : {}), ...(entityFromAfar && entityFrom === 'heading' ? { entityFromAfar: true as const } : {}), attributes, ...(time && !timeOfAnotherSentence ? { time, timeFrom, timeOf: timeFigure } : {}), ...(anchor ? { anchor } : {}), ...(since ? { since: since.date!, sinceOf: since } : {}), ...(each.length > 1 ? { each: each.map((m) => ({ primary: m.canonical, entities: expand([m]) })) } : {}), ...(toldIn !== undefined ? { toldIn } : {}), ...(earlier ? { earlier } : {}), ...(asOf !== undefined ? { asOf } : {}), ...(ofItsEvent ? { ofItsEvent } : {}), ...(restates ? { restates } : {}), ...(pointedTo ? { comparedWith: pointedTo } : {}), ...(curbsOwnYear(facts.text, figure) ? { datesItsAct: true as const } : {}) });
  });
  joinRanges(out);
  datesOfTheirSpans(out);
  linkRestsOfShares(out, facts.text, carried.previousShares ?? []);
  return out;
}

/**
 * "DeepSeek folgte acht Jahre später, im Juni 2023", "DeepSeek followed eight years later, in June 2023": a date that
 * dates a span's end, where its own words name no event, is the day of the event the span counts to (a founding).
 */
function datesOfTheirSpans(facts: Fact[]): void {
  const sameWindow = (a: Figure, b: Figure) => a.window?.start === b.window?.start && a.window?.end === b.window?.end;
  for (const date of facts) {
    if ((date.figure.kind !== 'date' && date.figure.kind !== 'year') || date.figure.durationUnit || date.attributes.some(namesAnEvent)) continue;
    // Only a span that counts from an earlier event ("später", "later"), in the date's own clause: "July 2023; R1
    // followed 18 months later" counts from the date, and "a month after V3" dates another event than V3's.
    const span = facts.find((f) => f.figure.durationSign && !f.figure.durationAnchor && f.timeOf === date.figure && sameWindow(f.figure, date.figure) && f.attributes.some(namesAnEvent));
    if (span) for (const a of span.attributes) if (isAttributeOf(a, date.figure.kind) && !date.attributes.includes(a)) date.attributes.push(a);
  }
}

/**
 * A firm's (or a model's) age in a clause that names an event it reached then ("Als R1 erschien", "when R1 came out"): a
 * span in years from the founding to that event, or to the day its sentence names (`dayNamed`). A person named in the
 * clause is whose age it is; without such an event or day ("Das Start-up ist zwei Jahre alt") the age is as of no day
 * the sources know, and stays an age.
 */
function ageOfAFirm(figure: Figure, text: string, primary: string[], kinds: Map<string, NameKind | undefined>, attributes: string[], dayNamed: boolean): { figure: Figure; attributes: string[] } | undefined {
  // "18 months old", "anderthalb Jahre alt": a span of a unit that is old is an age too.
  const old = figure.kind === 'count' && !figure.durationUnit ? OLD_AFTER.exec(text.slice(figure.end)) : null;
  const unitWord = old ? old[1] ?? figure.noun : undefined;
  // "DeepSeek's 40-year-old founder", „einen 25-jährigen Ingenieur“: an age set before a noun is that noun's, no firm's.
  if (figure.kind === 'age' && ATTRIBUTIVE_AGE.test(figure.text)) return undefined;
  const unit = figure.kind === 'age' ? 365 : unitWord ? DURATION_UNITS.get(unitWord.toLowerCase()) : undefined;
  if (unit === undefined || primary.length === 0 || primary.some((e) => kinds.get(e) === 'person')) return undefined;
  if (!primary.some((e) => kinds.get(e) === 'organisation' || kinds.get(e) === 'model')) return undefined;
  const events = [...figure.localConcepts].filter((c) => c !== 'founding' && isAttribute(c) && isOnce(c) && isAttributeOf(c, 'date'));
  if (events.length === 0 && !dayNamed) return undefined;
  return { figure: { ...figure, kind: 'count', durationUnit: unit, noun: figure.noun ?? 'years' }, attributes: ['founding', ...events, ...attributes.filter((a) => a !== 'age' && !a.startsWith('noun:') && !events.includes(a) && a !== 'founding')] };
}
// The words between a span and what it is measured against, where they compare two ages.
const AGES_COMPARED = /^\s+(?:älter|jünger|older|younger)\s/iu;
const PRECEDES_BY = /^\s+by\s/iu;
const OLD_AFTER = /^\s+(?:(\p{L}+)\s+)?(?:alt|old)(?![\p{L}])/iu;
const ATTRIBUTIVE_AGE = /(?:years?-old|jährig)/iu;
const VANISHED = new RegExp(LEXICON.vanished.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|'), 'iu');
/** Whether a negation stands in `text` before the words `phrase` finds ("did not go up in smoke"). */
const deniedBefore = (text: string, phrase: RegExp) => NEGATION.test(text.slice(0, Math.max(0, text.search(phrase))));

/**
 * Removes from a sum the specific attributes read outside its own part of the clause that fit none of the kinds of its
 * clause's names.
 */
function dropUnfitting(attributes: string[], figure: Figure, own: Set<string>, kinds: Array<NameKind | undefined>): void {
  if (figure.kind !== 'money' || kinds.length === 0 || kinds.some((k) => k === undefined)) return;
  for (let i = attributes.length - 1; i >= 0; i--) {
    const spec = ATTRIBUTES[attributes[i]];
    if (spec?.specific && !own.has(attributes[i]) && !kinds.some((k) => spec.fits.includes(k!))) attributes.splice(i, 1);
  }
}

/**
 * The concepts from the last comma, colon, semicolon, dash or bracket before a figure to the end of its clause, and those
 * its clause has from outside the sentence (a table cell's row and header: "| Preis pro H100 | 30.000 Dollar |").
 */
function ownPartConcepts(facts: SentenceFacts, figure: Figure, window: Span, sentenceConcepts: () => Set<string>): Set<string> {
  const before = facts.text.slice(window.start, figure.start);
  const cut = Math.max(...[',', ':', ';', '–', '—', '('].map((c) => before.lastIndexOf(c)));
  const own = conceptsOf(facts.text, window.start + cut + 1, window.end, facts.names);
  if (!facts.contextNames && !facts.contextTime && figure.localConcepts.size === 0) return own;
  const inSentence = sentenceConcepts();
  for (const c of figure.localConcepts) if (!inSentence.has(c)) own.add(c);
  return own;
}

/**
 * "Am 20. Januar kam R1 heraus. Eine Woche später, am 27. Januar 2025, brach Nvidia ein": a duration that says which
 * way ("später", "zuvor", "later", "earlier") and names no event of its own, in a clause with its own day, lies
 * between that day and the day the text named last before its sentence.
 */
function countsFrom(figure: Figure, timeFrom: ContextOrigin | undefined, timeFigure: Figure | undefined, carried: CarriedContext): Figure | undefined {
  if (!figure.durationUnit || !figure.durationSign || figure.durationAnchor || timeFrom !== 'clause') return undefined;
  const end = timeFigure?.date;
  const start = carried.lastDay;
  if (!end?.day || !end.month || !start?.day || !start.month || !carried.lastDayOf) return undefined;
  if (start.day === end.day && start.month === end.month) return undefined;
  return carried.lastDayOf;
}

const POINTING_BACK_SUBJECT = new RegExp(`^\\s*(?:${POINTING_BACK.join('|')})(?:['’]s|\\s+(?:${POINTING_BACK_VERBS.map((v) => v.replace(' ', '\\s+')).join('|')}))(?![\\p{L}])`, 'iu');

/**
 * "Das ist knapp 90.000-mal so viel wie das Training von R1 gekostet hat", "That's nearly 90,000 times …": a multiple
 * whose sentence opens with a word pointing back, and states no sum before it, multiplies the previous sentence's.
 */
function pointsBack(text: string, figure: Figure, figures: Figure[]): boolean {
  return POINTING_BACK_SUBJECT.test(text) && !figures.some((f) => f.end <= figure.start && (f.kind === 'money' || f.kind === 'percent'));
}

/**
 * „Die Aktie von Nvidia hat 7,82 Prozent verloren. Das waren fast 500 Milliarden Dollar.“, "Nvidia lost 17 percent.
 * That was almost $600 billion.": a sum that sums up the move just told measures it, as "by" would: it is what was
 * lost or gained, never a level such as the market value that was left.
 */
function measuresThePreviousMove(text: string, figure: Figure, figures: Figure[], attributes: string[], carried: CarriedContext): boolean {
  return figure.kind === 'money' && !figure.change && !figure.aggregate && carried.previousMoved === true && !attributes.some((x) => lookupKey(x) === 'change') && pointsBack(text, figure, figures);
}

/** The person named nearest to a figure in its sentence, before or after it. */
function nearestPerson(names: NameMention[], figure: Figure): NameMention['entry'] | undefined {
  let best: NameMention | undefined;
  const distance = (n: NameMention) => (n.end <= figure.start ? figure.start - n.end : n.start - figure.end);
  for (const n of names) if (n.entry.kind === 'person' && (!best || distance(n) < distance(best))) best = n;
  return best?.entry;
}

/**
 * "Das Training kostete 5,6 Millionen Dollar. OpenAI hat für GPT-4o 78 Millionen ausgegeben.": a sum that leaves out
 * its currency is in the paragraph's, where its words say it is money (spent, invested, earned, worth).
 */
function inCarriedCurrency(figure: Figure, attributes: string[], carried: CarriedContext): Figure {
  // "Gemessen daran sind die knapp sechs Millionen für R1 ein Rundungsfehler": a bare sum that says nothing of what it
  // measures, after a sum in the paragraph, is money too.
  if (!carried.currency || !isBareSum(figure) || !(attributes.some(isSumOfMoney) || !attributes.some(isAttribute))) return figure;
  return { ...figure, kind: 'money', currency: carried.currency };
}

/** What stands between a model's name and its day: "V3 vom November 2024", "V3 (Dec 2024)", "V3 dropped in Dec 2024", "V3: Dez. 2024". */
const MODELS_DAY = /^\s*(?:\(|:|vom|von|aus dem|from|of|(?:dropped|landed|arrived|shipped)\s+(?:in|on))?\s*$/iu;
/** "… und das Modell V3 im Dezember 2024": a bare "in" names the model's day only where the model heads its item. */
const MODELS_DAY_IN = new RegExp(String.raw`^\s*(?:-?(?:${wordAlternation(MODEL_ITEM.modelWords)})\s+)?(?:${wordAlternation(MODEL_ITEM.dayIn)})\s*$`, 'iu');
const HEADS_ITEM = new RegExp(String.raw`(?:^|[,:;]|(?<![\p{L}])(?:${wordAlternation(MODEL_ITEM.joining)}))\s*(?:(?:${wordAlternation(MODEL_ITEM.articles)})\s+)?(?:(?:${wordAlternation([...MODEL_ITEM.modelWords, ...MODEL_ITEM.predecessorWords])})\s+)?$`, 'iu');
/**
 * "R1 am 27. Januar 2025 war ein Schock", "and R1 on 28 January 2025 was offline": where the sentence goes on past the
 * day, the model is what something else is told of on that day, not an item that is just a model and its day.
 */
const ENDS_ITEM = new RegExp(String.raw`^(?:\s*[.,;)]|\s*$|\s+(?:${wordAlternation(MODEL_ITEM.joining)})\s+(?:(?:${wordAlternation(MODEL_ITEM.articles)})\s+)?\p{Lu})`, 'u');

/**
 * "Schon der Vorgänger V3 vom November 2024", "V3 dropped in Dec 2024": the day of a model, right after
 * the name, with no word for what happened or with one for a move ("dropped"), is the day it came out.
 */
function isModelsDay(figure: Figure, kinds: Map<string, NameKind | undefined>, attributes: string[]): boolean {
  if ((figure.kind !== 'date' && figure.kind !== 'year') || figure.durationUnit || kinds.size === 0) return false;
  if (![...kinds.values()].every((k) => k === 'model')) return false;
  return !attributes.some(isSpecific);
}

/**
 * "Wie alt ist Gründer Liang Wenfeng? 45 Jahre.", "How old is Liang Wenfeng? 40.": a count of years, or a bare number,
 * answers a question for an age with one.
 */
function isAnsweredAge(figure: Figure, question: AskedQuestion, text: string): boolean {
  if (!question.attributes.includes('age') || figure.kind !== 'count' || figure.durationUnit) return false;
  return figure.noun === undefined ? !/^\s*\p{L}/u.test(text.slice(figure.end)) || YEARS_AFTER.test(text.slice(figure.end)) : YEARS_AFTER.test(` ${figure.noun}`);
}

/** "45 Jahre.", "45 years." answering how old someone is: the figure spans its year word, as "45 Jahre alt" does. */
function withYearsAfter(figure: Figure, text: string): Figure {
  const years = YEARS_AFTER.exec(text.slice(figure.end));
  if (!years) return figure;
  const end = figure.end + years[0].length;
  return { ...figure, end, text: text.slice(figure.start, end) };
}
const YEARS_AFTER = new RegExp(String.raw`^\s+(?:${wordAlternation(YEAR_WORDS)})(?![\p{L}])`, 'iu');

/**
 * "5,6 Millionen Dollar.", "Only $5.6 million.": little more than figures, a fragment that the next sentence tells.
 * "That is less than a tenth of the American figure." says its own thing, about the sentence before.
 */
function isVerbless(facts: SentenceFacts): boolean {
  let rest = facts.text;
  for (const f of [...facts.figures].reverse()) rest = rest.slice(0, f.start) + ' ' + rest.slice(f.end);
  return (rest.match(/\p{L}+/gu) ?? []).length <= 3;
}

/** "zwischen 10.000 und 50.000 Einheiten" is one statement: both ends are about the same thing. */
function joinRanges(facts: Fact[]): void {
  for (let i = 0; i + 1 < facts.length; i++) {
    const [low, high] = [facts[i], facts[i + 1]];
    if (low.figure.range !== 'low' || high.figure.range !== 'high') continue;
    const attributes = [...new Set([...low.attributes, ...high.attributes])];
    const entities = [...new Set([...low.entities, ...high.entities])];
    const primary = [...new Set([...(low.primary ?? []), ...(high.primary ?? [])])];
    [low.attributes, high.attributes] = [attributes, [...attributes]];
    [low.entities, high.entities] = [entities, [...entities]];
    [low.primary, high.primary] = [primary, [...primary]];
  }
}

/**
 * A figure whose clause names no one: a pronoun points back to the nearest earlier clause that names someone
 * ("Der Nasdaq 100 sackte um 3 % ab, obwohl er 2024 noch 25 % zugelegt hatte"); a later clause keeps its names.
 */
function namesOutsideClause(text: string, names: NameMention[], figure: Figure, figures: Figure[], window: Span): NameMention[] {
  const inOtherClause = (n: NameMention) => figures.some((f) => f !== figure && f.window && inside(n, f.window) && !inside(n, window));
  // Names after a semicolon or a dash belong to another statement.
  const statement = statementAround(text, figure, figures);
  const free = names.filter((n) => !inOtherClause(n) && inside(n, statement) && !figure.asides?.some((a) => inside(n, a)));
  // "HumanEval 92 %, Trainingskosten 5,6 Mio. Dollar": an item of a list of labelled values points back to no other item,
  // only to the sentence's own label ("DeepSeek R1: HumanEval 92 %, MATH-500 85 %").
  const listed = labelledItems(text, figures);
  if (free.length) return free;
  if (listed) return names.filter((n) => n.end <= listed.labelEnd);
  const earlier = names.filter((n) => n.end <= window.start);
  const nearest = earlier[earlier.length - 1];
  const clause = nearest && figures.find((f) => f !== figure && f.window && inside(nearest, f.window))?.window;
  return clause ? earlier.filter((n) => inside(n, clause)) : [];
}

/** The concepts of the figure's statement, leaving out its asides (a relative clause, a duration's other event). */
/** A sentence's relative clauses, found once for all its figures (a cached sentence is read again at every check). */
const clausesOfSentence = new WeakMap<SentenceFacts, Span[]>();
function relativeClausesOf(facts: SentenceFacts): Span[] {
  let clauses = clausesOfSentence.get(facts);
  if (!clauses) clausesOfSentence.set(facts, (clauses = asideClauses(facts.text)));
  return clauses;
}

function statementConcepts(facts: SentenceFacts, figure: Figure): Set<string> {
  const { start, end: statementEnd } = statementAround(facts.text, figure, facts.figures);
  // What a multiple after the figure compares it with says nothing of what the figure measures (see assignLocalConcepts).
  const multiple = figure.kind === 'multiplier' ? undefined : facts.figures.find((f) => f.kind === 'multiplier' && f.start >= figure.end);
  const end = multiple ? Math.min(statementEnd, multiple.start) : statementEnd;
  const out = new Set<string>();
  let from = start;
  // "das 5,6-Millionen-Dollar-Modell, das die Chipaktien abstürzen ließ": a relative clause outside the figure's
  // window says something of a name, not of the figure, wherever in the statement it stands.
  const clauses = [...relativeClausesOf(facts), ...otherItemsBrackets(facts, figure)].filter((c) => !(c.start <= figure.start && figure.end <= c.end));
  const asides = [...(figure.asides ?? []), ...clauses.filter((c) => !figure.asides?.some((a) => a.start === c.start))].sort((a, b) => a.start - b.start);
  for (const a of [...asides, { start: end, end }]) {
    if (a.end <= from || a.start < start) continue;
    for (const c of conceptsOf(facts.text, from, Math.min(a.start, end), facts.names)) out.add(c);
    from = Math.max(from, a.end);
  }
  // „V3 und R1 kamen im Dezember 2024 beziehungsweise am 20. Januar heraus“: a separable verb split around a list is
  // every listed value's, though its verb stands before the first value and its particle after the last.
  for (const c of separatedVerbConcepts(facts.text.slice(start, figure.start), facts.text.slice(figure.end, end))) out.add(c);
  return out;
}

/** The spans of the sentence's brackets: "(…)", not nested. */
function bracketsOf(text: string): Span[] {
  return [...text.matchAll(/\([^()]*\)/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * „DeepSeek (gegründet im Juli 2023), V3 (Dezember 2024), R1 (20. Januar 2025)“, "Nvidia (−7.82%), Broadcom (−6.58%)":
 * a value in brackets after its name takes nothing from the brackets of the other items, each of which holds a value of
 * its own and speaks of its own name. None for a figure outside brackets.
 */
function otherItemsBrackets(facts: SentenceFacts, figure: Figure): Span[] {
  const brackets = bracketsOf(facts.text);
  const own = brackets.find((b) => b.start < figure.start && figure.end < b.end);
  if (!own) return [];
  return brackets.filter((b) => b !== own && facts.figures.some((f) => b.start < f.start && f.end < b.end));
}

/**
 * "Mistral AI, gegründet im April 2023,", "ASML, founded in 1984,": a participle set off after a name, before its date;
 * "High-Flyer, a hedge fund founded in 2015", "…, a fund that dates from 2015": after a noun that says what the name is.
 */
const DESCRIBED_AS = String.raw`(?:(?:${wordAlternation([...ARTICLES])})\s+(?:[\p{L}-]+\s+){1,3}?)?`;
const PARTICIPLE_APPOSITION = new RegExp(String.raw`,\s+${DESCRIBED_AS}(?:${wordAlternation(APPOSITIVE_PARTICIPLES)}|${wordAlternation(APPOSITIVE_RELATIVE_VERBS)}(?:\s+${wordAlternation(APPOSITIVE_PARTICIPLES)})?)\s+(?:(?:im|in|am|on)\s+)?(?:(?:jahr|year)\s+)?$`, 'iu');
/** „High-Flyer, einem 2015 gegründeten Hedgefonds“: an article set off after a name, the date, then the participle as an adjective. */
const ARTICLE_APPOSITION = new RegExp(String.raw`,\s+(?:${wordAlternation([...ARTICLES])})\s+(?:(?:im\s+)?jahr\s+)?$`, 'iu');
const ATTRIBUTIVE_PARTICIPLE_AFTER = new RegExp(String.raw`^\s+(?:${wordAlternation(APPOSITIVE_PARTICIPLES)})e[nmrs]?\s+(?=\p{L})`, 'iu');
/** The noun the attributive participle qualifies, and the word right after it (no punctuation between). */
const NOUN_AND_NEXT_WORD = /^([\p{L}-]+)(\s+)?/u;

/**
 * „…, einem 2015 gegründeten Hedgefonds“ describes the name before the comma; „…, das 2023 gegründete DeepSeek“ (a list
 * item, or a new clause) and „…, das 2023 gegründete Start-up DeepSeek“ date the name after the participle instead.
 */
function attributiveNounIsCommon<N extends { start: number; end: number }>(text: string, figure: Figure, sentenceNames: N[]): boolean {
  const participle = ATTRIBUTIVE_PARTICIPLE_AFTER.exec(text.slice(figure.end, figure.end + 40));
  if (!participle) return false;
  const nounStart = figure.end + participle[0].length;
  const noun = NOUN_AND_NEXT_WORD.exec(text.slice(nounStart));
  if (!noun) return false;
  const nextWordStart = noun[2] ? nounStart + noun[0].length : -1;
  return !sentenceNames.some((n) => n.start === nounStart || n.start === nextWordStart);
}
/** A name that owns the noun before the participle: „die Muttergesellschaft von DeepSeek,“, "the fund behind DeepSeek,". */
const OWNER_BEFORE = /(?<![\p{L}])(?:von|vom|des|of|behind|hinter)\s+$/iu;
/** "DeepSeek's parent,", „DeepSeeks Mutterkonzern,“ is the noun's, not the name's. */
const OWNER_AFTER = /^(?:['’]s?\s|s\s)\S/u;
/** The date's apposition ends: a comma, a dash, a bracket or the sentence's end. */
const APPOSITION_ENDS = /^\s*(?:[,;)–—.!?]|$)/u;

/**
 * For a date set off by a participle after a noun ("Mistral AI, gegründet im April 2023, …"): the names it may be of,
 * the one right before the comma, else those before it (a noun no source knows: "The Toronto company Cohere, founded in
 * May 2019, praised DeepSeek's …" is not DeepSeek's founding). Undefined for any other figure, and where the last name
 * before the comma owns a noun ("DeepSeek's parent, founded in 2015, …").
 */
function appositiveOwners<N extends { start: number; end: number }>(text: string, figure: Figure, names: N[], sentenceNames: N[] = names): N[] | undefined {
  if (figure.kind !== 'date' && figure.kind !== 'year') return undefined;
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  const setOff = PARTICIPLE_APPOSITION.exec(before);
  const attributive = setOff ? undefined : ARTICLE_APPOSITION.exec(before);
  const participle = setOff && APPOSITION_ENDS.test(text.slice(figure.end, figure.end + 3)) ? setOff : attributive && attributiveNounIsCommon(text, figure, sentenceNames) ? attributive : undefined;
  if (!participle) return undefined;
  const comma = figure.start - before.length + participle.index;
  // "DeepSeek's parent, founded in 2015, …", „Die Muttergesellschaft von DeepSeek, gegründet 2015, …“: the name owns the
  // noun that was founded, so the clause's names stay as they were.
  const preceding = names.filter((n) => n.end <= comma);
  const last = preceding.reduce<N | undefined>((a, n) => (a && a.end >= n.end ? a : n), undefined);
  if (last && (OWNER_BEFORE.test(text.slice(Math.max(0, last.start - 12), last.start)) || OWNER_AFTER.test(text.slice(last.end, comma)))) return undefined;
  // "DeepSeek was founded in July 2023 with money from High-Flyer, founded in 2015": the name right before the comma
  // owns the date, though the clause the date was cut into began after it.
  const right = sentenceNames.filter((n) => n.end === comma);
  return right.length ? right : preceding;
}

/**
 * „1983 kam Gründer Liang Wenfeng zur Welt“, „Er kam 1983 zur Welt“, "Liang came into the world in 1983": a year a phrase
 * of birth (`birthPhraseClause`) says of a person: the clause names a person and nothing else that is no place, or names
 * no one and says "er"/"he"/"she" of a person the draft carries. Not „DeepSeek kam 2023 zur Welt“, „Die Firma kam 2023
 * zur Welt“ nor „Sie kam 2023 zur Welt“ (die Firma as likely as a woman): a firm has a founding, not a birth.
 */
function bornAPerson(text: string, figure: Figure, names: ReadonlyArray<{ start: number; end: number; entry: { kind: NameKind } }>, carried: CarriedContext): boolean {
  const clause = birthPhraseClause(text, figure);
  if (!clause) return false;
  const inClause = names.filter((n) => n.start >= clause.start && n.end <= clause.end && n.entry.kind !== 'place');
  if (inClause.length > 0) return inClause.every((n) => n.entry.kind === 'person');
  const pronoun = SUBJECT_PRONOUN.exec(text.slice(clause.start, clause.end));
  if (!pronoun) return false;
  // „Sein Hedgefonds High-Flyer ist älter als DeepSeek. Er kam 2015 zur Welt“: German „er“ is as likely der Hedgefonds,
  // der Konzern, der Chatbot; it is the person only where the sentence before names no firm or model after the person.
  if (pronoun[0].toLowerCase() === 'er' && !lastNamedIsAPerson(carried.previousSentence)) return false;
  return carried.names.some((n) => n.kind === 'person' && !n.aside) || carried.lastOfKind?.person !== undefined;
}

/** Whether the last name of a sentence that is no place is a person's (true where it names none). */
function lastNamedIsAPerson(names: readonly CarriedName[]): boolean {
  const things = names.filter((n) => n.kind !== 'place');
  return things.length === 0 || things[things.length - 1].kind === 'person';
}

/** "Sein 1990 geborener …", "ihr", "his": a possessive right before the year, whose noun is someone else. */
const OWN_BEFORE = /(?<![\p{L}])(?:sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|his|her|their)\s+$/iu;
/** "der 1985 geborene Gründer": the noun right after "geborene". */
const BORN_ADJECTIVE_OF = /^\s+geboren(?:e[nmrs]?)\s+([\p{L}-]+)/u;
/** "The founder, born in 1985", "the founder, who was born in 1985", "Der Gründer, Jahrgang 1985": the noun before the comma. */
const BORN_APPOSITION_OF = /([\p{L}-]+),\s+(?:who\s+was\s+)?(?:born(?:\s+in)?|jahrgang|geb\.)\s+$/iu;
/** "Der Gründer, 1985 geboren, …", "Der Gründer, der 1985 geboren wurde": the noun before the comma, "geboren" after the year. */
const BEFORE_COMMA = /([\p{L}-]+),\s+(?:der\s+|die\s+)?(?:im\s+jahr\s+)?$/iu;

/**
 * The noun a birth year is said of, as a span of the sentence: the one after "geborene" ("der 1985 geborene Gründer",
 * "der 1986 geborene Liang"), or the one set off before it ("the founder, born in 1985", "Der Gründer, Jahrgang 1985",
 * "Liang Wenfeng, born in 1985"); undefined where the sentence does not say it so ("er wurde 1985 geboren").
 */
function bornNounOf(text: string, figure: Figure): Span | undefined {
  const after = text.slice(figure.end, figure.end + 60);
  const adjective = BORN_ADJECTIVE_OF.exec(after);
  if (adjective) {
    const start = figure.end + adjective[0].length - adjective[1].length;
    return { start, end: start + adjective[1].length };
  }
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  const apposition = BORN_APPOSITION_OF.exec(before) ?? (/^\s+geboren(?![\p{L}])/u.test(after) ? BEFORE_COMMA.exec(before) : null);
  if (!apposition) return undefined;
  const start = figure.start - before.length + apposition.index;
  return { start, end: start + apposition[1].length };
}

/** A subject of its own right before "was born"/"wurde … geboren": "Sein Vater", "His co-founder" (not the founder). */
const SOMEONE_ELSE_BORN = /(?<![\p{L}])(?:[Ss]ein(?:e|er)?|[Ii]hr(?:e|er)?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Dd](?:er|ie|as)|[Tt]he|[Ee]ine?|[Aa]n?)\s+(?!(?:[Jj]ahrgang|[Ff]ounder|Gründer|CEO|Chef)(?![\p{L}-]))\p{L}[\p{L}-]*\s+(?:wurde|war|ist|was|is)\s+(?:born\s+(?:in\s+)?)?$/u;

/** "The stock", "die Aktie", "das Papier": one company's shares, not the market's ("stocks", "Tech-Aktien"). */
const OWN_STOCK = /(?<![\p{L}-])(?:the\s+stock|its\s+(?:stock|shares)|die\s+aktie|das\s+papier|ihre\s+aktie|seine\s+aktie)(?![\p{L}-])/iu;
/** German pronouns that can only mean a person or a masculine noun; with no name in the statement, a person. */
const PERSON_PRONOUN = /(?<![\p{L}])(?:er|ihn|ihm)(?![\p{L}])/u;
/** "he", "er" in either case: someone the sentence points back to. */
/** "Mit 45 Jahren hat er den Gründer interviewt": a clause whose subject is a pronoun is about that person, though it names the founder. */
const SUBJECT_PRONOUN = /(?<![\p{L}])(?:er|he|she)(?![\p{L}])/iu;
const HE = /(?<![\p{L}])(?:he|him|his|er|ihn|ihm)(?![\p{L}])/iu;
/**
 * "der 42-Jährige", "die 38-jährige", "the 42-year-old": an age with an article before it and no name, a person referred
 * to; also opening a sentence („Der 41-Jährige gibt kaum Interviews“, "The 44-year-old rarely talks").
 */
const AGE_AS_NOUN = /(?<![\p{L}])(?:[Dd](?:er|ie|en|em|es)|[Tt]he)\s+\S+(?:-[Jj]ährigen?|-year-old)\s*$/u;

const SUMS_UP = new RegExp(`^\\s*(?:(?:das|dies|that|this|which|it)\\s+(?:${wordAlternation(SUMMING_UP_VERBS)})|that's|it's)(?![\\p{L}])`, 'iu');

/** Acronyms that name no one in particular. */
const COMMON_ACRONYMS = new Set(['KI', 'AI', 'US', 'USA', 'EU', 'UK', 'UN', 'CEO', 'CFO', 'CTO', 'IT', 'PDF', 'API', 'GPU', 'CPU', 'TV', 'PR', 'HR', 'OK', 'MIT', 'MOE', 'LLM', 'BIP', 'GDP', 'VC', 'IPO', 'ETF', 'DER', 'DIE', 'DAS']);

/** "Der Dow Jones hatte … 0,9 Prozent gewonnen", "The Nasdaq Composite's 3.4% fall": the name opens the clause. */
function isSubject(text: string, from: number, to: number, name: string): boolean {
  const at = text.indexOf(name, from);
  return at >= 0 && at < to && /^[\s\p{P}]*(?:(?:der|die|das|den|dem|the)\s+)?$/iu.test(text.slice(from, at));
}

/**
 * „Xu Jin war 32, als er …“: a name no source knows (`?Xu Jin`) that opens the figure's clause with no subject pronoun
 * between it and the figure. „Beim Durchbruch war er 40“ opens with words the name finder takes for one, but "er" is
 * the subject.
 */
function isUnknownSubject(text: string, from: number, to: number, entity: string): boolean {
  if (!entity.startsWith('?') || !isSubject(text, from, to, entity.slice(1))) return false;
  const at = text.indexOf(entity.slice(1), from);
  return !SUBJECT_PRONOUN.test(text.slice(at + entity.length - 1, to));
}

// "our", "unser", "we set aside"; not "as we reported", "wie wir berichteten" or "told us": those report someone
// else's figure.
const FIRST_PERSON = /(?<![\p{L}])(?:[Oo]urs?|[Uu]nser\p{L}*|[Ww]e(?!\s+(?:reported|wrote|noted|said|learned|heard|understand)(?![\p{L}]))|[Ww]ir(?!\s+(?:berichteten|berichtet|schrieben|meldeten|erfuhren|hörten)(?![\p{L}])))(?![\p{L}])/u;
const QUOTE_MARK = /[„“”"»«‘’]/u;
const CLOSING_MARK = /[“”"»«’]/u;

/**
 * The writer in the first person in the figure's clause, outside quotation marks: „Unsere Cluster …“ is the speaker's, not
 * the writer's; so is a sentence that closes a quotation opened in the sentence before.
 */
function writerSpeaks(text: string, window: Span): boolean {
  const clause = text.slice(window.start, window.end);
  if (!FIRST_PERSON.test(clause)) return false;
  const quoted = [...text.matchAll(/[„“”"»«‘][^„“”"»«‘’]*[„“”"»«’]/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  for (const m of clause.matchAll(new RegExp(FIRST_PERSON.source, 'gu'))) {
    const at = window.start + m.index!;
    const continued = !QUOTE_MARK.test(text.slice(0, at)) && CLOSING_MARK.test(text.slice(at));
    if (!continued && !quoted.some((q) => q.start < at && at < q.end)) return true;
  }
  return false;
}

/** "Q1", "H2", "FY2025", "KW 5": a period of a year, not someone. */
const PERIOD = /^(?:Q[1-4]|H[12]|FY\s?\d{2,4}|KW\s?\d{1,2})$/;

const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;

/** "USD 5.6 million", "RMB": a currency is no one the figure is about. */
const isCurrency = (word: string) => CURRENCIES.has(word.toLowerCase());

/**
 * "[00:12] BEN: …", "ANNA: …", "Moderatorin: …", "Q: …": the speaker of a transcript's or an interview's line, before the
 * colon that opens it. A label followed by a figure ("ASML: −7 %") is what the figure is about, not someone speaking.
 */
const SPEAKER_LABEL = /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*[-–—|]?\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*:\s+(?![-−+–]?\s*[$€£¥]?\s*\d)/u;
const TIMESTAMP_FIRST = /^\s*[[(]?\d{1,2}:\d{2}/;
const SPEAKER_ROLE = /^(?:Q|A|F|Frage|Antwort|Host|Co-?[Hh]ost|Guest|Gast|Moderator(?:in)?|Sprecher(?:in)?|Interviewer(?:in)?|Reporter(?:in)?|Anchor|Presenter)$/u;

/** Where a speaker's label at the start of a sentence ends (0 where it opens with none). */
export function speakerLabelEnd(text: string): number {
  // "[27.01.25, 14:03] Anna K.: …": a chat message's sender, whatever follows.
  const chatLabel = chatLabelEnd(text);
  if (chatLabel) return chatLabel;
  const m = SPEAKER_LABEL.exec(text);
  if (!m) return 0;
  const who = m[1];
  const shouted = /^[\p{Lu}\s'’.-]+$/u.test(who) && /\p{Lu}{2}/u.test(who);
  return TIMESTAMP_FIRST.test(text) || shouted || SPEAKER_ROLE.test(who) ? m[0].length : 0;
}

function unknownName(clause: string, names: NameMention[], offset: number): string | undefined {
  const acronym = unknownAcronym(clause, names, offset);
  if (acronym) return acronym;
  return firstNameCandidate(clause, unknownCandidate(names))?.text;
}

/** A name candidate that is someone no source knows: none of `names`, no place, period or currency. */
function unknownCandidate(names: NameMention[]): (c: NameCandidate) => boolean {
  const known = names.map((n) => n.text);
  // "einer der größten Fonds Chinas": a country's genitive is the country, a place the lexicon knows, not someone unknown.
  const aCountry = (word: string) => !/\s/.test(word) && (conceptOfWord(word) ?? '') in PLACE_CONCEPTS;
  return (c) => c.kind !== 'place' && !PERIOD.test(c.text) && !isCurrency(c.text) && !aCountry(c.text) && !known.some((k) => k.includes(c.text) || c.text.includes(k));
}

function unknownAcronym(clause: string, names: NameMention[], offset: number): string | undefined {
  // Most clauses hold no two capitals in a row: a plain pattern says so faster than the one with lookbehind.
  if (!TWO_CAPITALS.test(clause)) return undefined;
  for (const m of clause.matchAll(/(?<![\p{L}\d-])(\p{Lu}{2,6})(?![\p{L}\d-])/gu)) {
    const start = offset + m.index!;
    if (COMMON_ACRONYMS.has(m[1]) || isCurrency(m[1]) || names.some((n) => n.start <= start && start < n.end)) continue;
    return m[1];
  }
  return undefined;
}

/** Countries the lexicon knows are what a fact can be about too ("US export curbs", "die USA beschränkten"). */

function placesIn(figure: Figure, clause: string): string[] {
  const places = placesOfConcepts(figure.localConcepts);
  // "US export curbs": the abbreviation is too short for the lexicon, which would read "use" as the USA.
  // "US-Dollar", "US$", "U.S. dollars" name a currency, not the country the figure is about.
  if (/(?<![\p{L}])(US|U\.S\.)(?![\p{L}])(?!\s*-?\s*(?:\$|[Dd]ollar))/u.test(clause) && !places.includes('USA')) places.push('USA');
  return places;
}

/** "outperforms", "übertrifft", "than": what follows is what the subject is measured against. */
// "das sind Werte auf dem Niveau von OpenAI o1", "on a par with o1": what a value is measured against is someone else.
const RIVAL_WORDS = MEASURED_AGAINST_PATTERN;
const RIVAL = new RegExp(String.raw`(?<![\p{L}])(?:${RIVAL_WORDS})(?![\p{L}])`, 'iu');
/** "roughly three times DeepSeek's monthly total", "gut das Dreifache von DeepSeek", "doppelt so viel wie": a multiple of another's. */
const MULTIPLE_OF = String.raw`twice|(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)[\s-]*(?:times|mal\s+so)|(?:doppelt|halb)\s+so|das\s+\p{L}*fache`;
const COMPARED_WITH = new RegExp(String.raw`(?<![\p{L}])(?:${RIVAL_WORDS}|${MULTIPLE_OF}|${wordAlternation(THAN_WORDS)}|${wordAlternation(COMPARED_WITH_WORDS)})(?![\p{L}])`, 'iu');

/**
 * "Alibaba released Qwen2.5-Max on January 29, 2025, which it says outperforms DeepSeek V3 and GPT-4o": a figure
 * before the comparison is about the names before it, not about what they are compared with.
 */
function comparedAway(text: string, figure: Figure, own: NameMention[]): NameMention[] {
  // A difference or a ratio is between the two ("three points bigger than Microsoft's"); a rival it is measured
  // against is still someone else ("seven points apart, and holds its own against OpenAI's o1").
  const between = figure.kind === 'percentagePoint' || figure.kind === 'multiplier';
  // "85 Prozent, also auf o1-Niveau", "85%, roughly o1 level": the name that comes before its comparison word.
  const measured = measuresNamedBefore(text, own).filter((n) => n.start >= figure.end);
  const comparison = (between ? RIVAL : COMPARED_WITH).exec(text.slice(figure.end));
  if (!comparison) return measured.length ? own.filter((n) => !measured.includes(n)) : own;
  const at = figure.end + comparison.index;
  return own.filter((n) => n.end <= at && !measured.includes(n));
}

const APPOSITION_AFTER = /^,\s+(?:a|an|the|ein|eine|einem|einer|der|die|das)\s/i;
const APPOSITION_OF_KIND = /(?<![\p{L}])(?:firma|unternehmen|konzern|start-?up|company|firm|modell|model|chip)\s+$/iu;

/** "Mit dem Kapital aus High-Flyer", "with capital from High-Flyer": whose money it was, not who the fact is about. */
const MEANS_BEFORE = /(?<![\p{L}])(?:kapital|geld|mitteln?|capital|money|funds|funding|backing)\s+(?:aus|von|des|der|from|of)\s+(?:dem\s+|der\s+|the\s+)?$/iu;

/** "Durch Multi-Token Prediction (MTP) und FP8-Training beschleunigte es …": names in a phrase of means, up to the name. */
const MEANS_PHRASE_BEFORE = /(?<![\p{L}])(?:[Dd]urch|[Dd]ank|[Mm]ittels|[Tt]hanks\s+to|[Tt]hrough|[Uu]sing)\s+(?:(?:der|die|das|den|dem|des|the|a|an|von|of|und|and|sowie|\p{Lu}[\p{L}\d-]*|\([^)]*\)|\(|[\p{L}\d]+-)\s*)*$/u;

/** The words a means phrase before a name can take. */
function textBefore(text: string, n: NameMention): string {
  return text.slice(Math.max(0, n.start - 60), n.start);
}

function isMeans(text: string, n: NameMention): boolean {
  const before = textBefore(text, n);
  return MEANS_BEFORE.test(before) || MEANS_PHRASE_BEFORE.test(before);
}

/**
 * „Trotz des Rückgangs bei Microsoft legte Nvidia … zu“, "After Microsoft's decline, Nvidia gained …": the company of a
 * side phrase's earlier move is not whose the clause's figure is, while the clause names another.
 */
function withoutSidePhrases(sidePhrases: Span[], names: NameMention[]): NameMention[] {
  if (sidePhrases.length === 0) return names;
  const kept = names.filter((n) => !sidePhrases.some((s) => n.start >= s.start && n.end <= s.end));
  return kept.length ? kept : names;
}

function withoutMeans(text: string, names: NameMention[]): NameMention[] {
  const kept = names.filter((n) => !isMeans(text, n));
  // "Durch MTP und FP8-Training beschleunigte es …": with no one else named, the means are what the fact is about.
  return kept.length ? kept : names;
}

/**
 * A peak said of one ("Nvidia fell as much as 17%") is the value it reached, hedged; said of several ("Infineon and
 * SoftBank shed as much as 10%", „Nvidia, Infineon und SoftBank verloren in der Spitze 10 Prozent“) it is the largest of
 * their values, a bound on each one's.
 */
function peakOf(figure: Figure, who: readonly string[]): Figure {
  return figure.peak && who.length > 1 ? { ...figure, approximate: false, bound: 'upper' } : figure;
}

function withoutAsides(text: string, window: Span, asides: Span[] | undefined): string {
  let clause = text.slice(window.start, window.end);
  for (const a of asides ?? []) clause = clause.slice(0, a.start - window.start) + ' '.repeat(a.end - a.start) + clause.slice(a.end - window.start);
  return clause;
}

function placesOfConcepts(concepts: Set<string>): string[] {
  return Object.entries(PLACE_CONCEPTS).filter(([concept]) => concepts.has(concept)).map(([, name]) => name);
}

function inside(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function expand(entries: Array<{ canonical: string; containing?: string[] }>): string[] {
  const out: string[] = [];
  for (const e of entries) for (const name of [e.canonical, ...(e.containing ?? [])]) if (!out.includes(name)) out.push(name);
  return out;
}

// "30 Prozent höher als bei OpenAI", "30 percent lower than": a level compared with another's.
const LEVEL_COMPARED = new RegExp(String.raw`^\s+(?:${wordAlternation(LEVEL_COMPARATIVES)})\s+(?:${wordAlternation(THAN_WORDS)})(?![\p{L}])`, 'iu');

/** The partitive of a counter word: „Von Nvidias A100 …“ opening the clause, or "… pieces of Nvidia's A100" after it. */
const PARTITIVE_BEFORE = new RegExp(String.raw`(?:^|[.;:,]\s*)(?:${wordAlternation(PARTITIVE_OPENERS)})\s[^.;:,]*$`, 'iu');
const PARTITIVE_AFTER = new RegExp(String.raw`^\s*\S+\s+(?:${wordAlternation(PARTITIVE_LINKS)})\s[^.;:,]*$`, 'iu');

function countsAChip(facts: SentenceFacts, figure: Figure): boolean {
  return facts.names.some((n) => n.entry.kind === 'chip' && (n.end <= figure.start ? PARTITIVE_BEFORE.test(facts.text.slice(0, n.start)) : n.start >= figure.end && PARTITIVE_AFTER.test(facts.text.slice(figure.end, n.start))));
}

/**
 * What a sentence that dates an age by an event says happened, and to which things: "when he founded DeepSeek" is
 * DeepSeek's founding. Undefined where it names no such event or no thing (a firm, a model) it happened to.
 */
function eventOfTheSentence(facts: SentenceFacts): { names: string[]; events: string[] } | undefined {
  const events = [...conceptsOf(facts.text, 0, facts.text.length, facts.names)].filter((c) => isOnce(c) && c !== 'birth' && isAttributeOf(c, 'year'));
  const names = [...new Set(facts.names.filter((n) => n.entry.kind !== 'person' && n.entry.kind !== 'place').map((n) => n.entry.canonical))];
  return events.length && names.length ? { names, events } : undefined;
}

/** „| Kunden 2024 | 12 |“: the year in the label of a count it names is when the count is. */
function labelYear(figure: Figure, facts: SentenceFacts): [CalendarDate, 'clause', undefined] | undefined {
  return countsItsLabel(figure, facts.label) && facts.label!.year !== undefined ? [{ year: facts.label!.year }, 'clause', undefined] : undefined;
}

/**
 * The attribute concepts of the figure's clause; if it names none that is specific, those of its statement too (the
 * sentence up to a semicolon, a dash or a "while": "six smaller versions; one of them beats o1 on benchmarks").
 */
function attributesOf(figure: Figure, facts: SentenceFacts, sentenceConcepts: () => Set<string>): string[] {
  // "Es war das erste Treffen dieser Art seit 2018", "the first such meeting since 2018": the year a span starts from
  // is when an earlier one of its kind happened, not when this one did; it dates no event that happens once.
  const since = (figure.kind === 'date' || figure.kind === 'year') && SINCE_YEAR.test(facts.text.slice(Math.max(0, figure.start - 30), figure.start));
  // A duration is about the events it lies between: their attributes are those of dates.
  const fitsFigure = (c: string) => isAttributeOf(c, figure.durationUnit ? 'date' : figure.kind) && !(since && isOnce(c));
  const own = [...figure.localConcepts].filter(fitsFigure);
  // "the first meeting since 2018" dates no once-event, but a firm that exists since a year was founded then (the
  // export curbs that exist since 2022 were not).
  const aFirm = () => facts.names.length > 0 || sentenceConcepts().has('startup');
  if (since && aFirm() && EXISTED_SINCE.test(facts.text.slice(Math.max(0, figure.start - 60), figure.start)) && !own.includes('founding')) own.push('founding');
  // What a count counts is its attribute, in either language: "units" and "Einheiten" are one key. The "points" of
  // "2.8 points worse" are a difference's unit, not what it is about.
  if (figure.kind === 'count' && countedNoun(figure)) own.push(`noun:${nounConcept(figure.noun!.split(' ').pop()!) ?? nounPhraseKey(figure.noun!)}`);
  // „Einzeltitel: 48“, „| KI-Artikel der Redaktion 2025 | 241 |“: a bare count under a label counts what the label names.
  // A compound label counts what its last part names too: „| KI-Artikel der Redaktion | 241 |“ and „214 Artikel“.
  else if (countsItsLabel(figure, facts.label)) own.push(...new Set(labelNouns(facts.label).map((noun) => `noun:${nounConcept(noun) ?? nounPhraseKey(noun)}`)));
  // „Von Nvidias A100 … zwischen 10.000 und 50.000 Stück“, "50,000 pieces of the A100": a counter word counts the chip
  // its partitive names (not „sechs Stück kleinere Versionen, trainiert auf H800“).
  else if (figure.kind === 'count' && figure.noun && countsAChip(facts, figure)) own.push('noun:chip');
  if (figure.kind === 'age' && !own.includes('age')) own.push('age');
  // "36 Prozent der weltweit 1328 KI-Modelle", "36 percent of the world's models": a share of something.
  // "92 % der HumanEval-Aufgaben", "92% of the HumanEval tasks": a share of a benchmark's tasks is its score.
  if (isShareOfTasks(facts.text, figure)) { if (!own.includes('benchmark')) own.push('benchmark'); }
  else if ((figure.kind === 'percent') && /^\s*(?:of|der|des|aller|von)\s/iu.test(facts.text.slice(figure.end)) && !own.includes('percentShare')) own.push('percentShare');
  // „Die Hälfte der Kosten entfiel auf Strom“: a part of a sum is named by where it went (figures/extractFigures.ts).
  if (figure.kind === 'percent' && figure.noun) own.push(`noun:${figure.noun}`);
  const fromStatement = own.length ? (c: string) => isSpecific(c) && fitsFigure(c) : fitsFigure;
  if (!own.some(isSpecific)) for (const c of statementConcepts(facts, figure)) if (fromStatement(c) && !own.includes(c)) own.push(c);
  // "Der S&P 500 schließt 0,9 Prozent höher": the word beside a change says it moved, and which way.
  // Not "30 Prozent höher als bei OpenAI": that compares two things, nothing moved.
  const compared = LEVEL_COMPARED.test(facts.text.slice(figure.end));
  const moved = compared ? undefined : figure.direction === 'up' ? 'rise' : figure.direction === 'down' ? 'fall' : undefined;
  if (moved && !own.includes('rise') && !own.includes('fall')) own.push(moved);
  // "Am 27. Januar lösten sich 589 Milliarden Dollar Börsenwert in Luft auf", "$589 billion went up in smoke": a sum
  // that vanished is a loss, as one wiped out is (a fear that went up in smoke is no sum).
  // Not "… did not go up in smoke", „… lösten sich nicht in Luft auf“: a sum kept.
  if (figure.kind === 'money' && figure.localConcepts.has('vanished') && !own.includes('fall') && !own.includes('rise') && !deniedBefore(facts.text.slice(figure.end), VANISHED)) own.push('fall');
  // "verlor 7,82 Prozent seines Börsenwerts": a market value moving by a percentage is its share price moving.
  if (figure.kind === 'percent' && own.includes('valuation') && (own.includes('fall') || own.includes('rise')) && !own.includes('stock')) own.push('stock');
  // „Das Papier schloss 6,2 Prozent tiefer bei 140,14 Dollar“, "Nvidia closed the day at $118.42": a sum of a few dollars
  // beside a word of shares and their price, measuring nothing else, is what one share cost that day.
  if (isSharePrice(figure, facts.text) && !own.some(isSpecific)) own.push('price');
  // "trainierte ihr Modell für 5,6 Millionen Dollar": a sum for training is what the training cost.
  if (figure.kind === 'money' && own.includes('training') && !own.some(isSpecific)) own.push('cost');
  // "2,19 Dollar je Million Ausgabe-Tokens", "$0.55 per million input tokens": a sum per token read or written is a price.
  if (figure.kind === 'money' && (own.includes('input') || own.includes('output')) && !own.includes('cost')) own.push('cost');
  // "Liang Wenfeng, Gründer des KI-Start-ups DeepSeek, gehörte am 17. Februar 2025 zu …": "founder" says who someone
  // is, not what happened that day; a date is a founding's only where the words say that something was founded.
  if ((figure.kind === 'date' || figure.kind === 'year') && own.includes('founding') && namesAFounder(facts.text) && !conceptsOf(facts.text.replace(FOUNDER, (w) => ' '.repeat(w.length)), 0, facts.text.length, []).has('founding')) own.splice(own.indexOf('founding'), 1);
  return own;
}

/** A share's price is a sum in a currency below a market value's scale, not a change of one ("fell $10"). */
const SHARE_PRICE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(SHARE_PRICE_WORDS)})(?![\p{L}])`, 'iu');
const MOST_A_SHARE_COSTS = 100_000;
const CLAUSE_MARK = /[;,:](?=\s)|[()]/g;
function isSharePrice(figure: Figure, text: string): boolean {
  if (figure.kind !== 'money' || !figure.currency || figure.direction || figure.bound || figure.range || Math.abs(figure.value) >= MOST_A_SHARE_COSTS) return false;
  // The clause around it, from the clause mark before it to the one after it (not a decimal comma: „um 3,5 Prozent auf
  // 135,58 Dollar“).
  const opened = Math.max(-1, ...[...text.slice(0, figure.start).matchAll(CLAUSE_MARK)].map((m) => m.index!));
  const closes = text.slice(figure.end).search(CLAUSE_MARK);
  return SHARE_PRICE.test(text.slice(opened + 1, closes < 0 ? text.length : figure.end + closes));
}

/** "Gründer", "Firmengründerin", "founder's": the role, not the act ("gegründet", "Gründung", "founded", "set up"). */
const FOUNDER = /(?<![\p{L}])[\p{L}-]*(?:gründer(?:in|innen|s|n)?|founders?(?:['’]s)?)(?![\p{L}])/giu;
const namesAFounder = (text: string) => /gründer|founder/i.test(text) && text.match(FOUNDER) !== null;
/** "seit 2018", "seit dem Jahr 2018", "since 2018", "since January 2025". */
const SINCE_YEAR = /(?<![\p{L}])(?:seit|since)\s+(?:(?:dem\s+)?jahre?\s+|the\s+year\s+)?$/iu;
/** „gibt es schon seit 2015“, "has been around since 2015": a year something has existed since; up to two words between. */
const EXISTED_SINCE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(EXISTS_SINCE)})(?:\s+[\p{L}]+){0,2}?\s+(?:seit|since)\s+(?:(?:dem\s+)?jahre?\s+|the\s+year\s+)?$`, 'iu');

/** "92 % … und 85 %, sieben Punkte auseinander", "twelve points apart": the two percentages just before it. */
function apartOf(facts: SentenceFacts, i: number): [number, number] | undefined {
  const figure = facts.figures[i];
  // "…, twelve points apart", "…, ein Abstand von neun Punkten": a difference of the two before it.
  const named = /^\s*(?:apart|auseinander)(?![\p{L}])/iu.test(facts.text.slice(figure.end)) || GAP_BEFORE.test(facts.text.slice(0, figure.start));
  if (figure.kind !== 'percentagePoint' || i < 2 || !named) return undefined;
  const [a, b] = [facts.figures[i - 2], facts.figures[i - 1]];
  // Only right after them, in the same statement and about no one new ("…; bei GPQA liegen o1 und R1 drei Punkte
  // auseinander" is another pair's difference).
  const between = facts.text.slice(b.end, figure.start);
  const lastComma = b.end + between.lastIndexOf(',') + 1;
  const someoneNew = facts.names.some((n) => n.start >= lastComma && n.end <= figure.start);
  return a.kind === 'percent' && b.kind === 'percent' && !/[;:–—]/.test(between) && !someoneNew ? [i - 2, i - 1] : undefined;
}

/** "200 Millionen Yuan (ca. 26 Millionen Euro)": the figure in brackets restates the one before it. */
function convertedFigure(facts: SentenceFacts, i: number): number | undefined {
  if (i === 0) return undefined;
  const figure = facts.figures[i];
  const before = facts.figures[i - 1];
  if (before.kind !== figure.kind) return undefined;
  const between = facts.text.slice(before.end, figure.start);
  return /^\s*\(\s*(?:ca\.|rund|etwa|about|approx\.|approximately|around|roughly|circa|≈|~)?\s*$/iu.test(between) ? i - 1 : undefined;
}

/**
 * "36 Prozent der … Modelle kommen aus China, also mehr als jedes dritte", "36 percent …, that is, more than a third": a
 * figure whose clause is nothing but "also", "das heißt", "that is", "i.e." restates the last figure of its kind before
 * it in the sentence, in other words, of the same thing ("…, also verlor Nvidia 17 %" is a new fact); so does one whose
 * clause says it is more exact ("rund ein Drittel, genau genommen 36 Prozent", "a third, 36% to be precise").
 */
function restatedFigure(facts: SentenceFacts, i: number): number | undefined {
  const figure = facts.figures[i];
  if (figure.durationUnit || figure.kind === 'date' || figure.kind === 'year') return undefined;
  const before = facts.text.slice(0, figure.start);
  if (!RESTATED.test(before) && !(SET_OFF.test(before) && EXACTLY_AFTER.test(facts.text.slice(figure.end)))) return undefined;
  for (let j = i - 1; j >= 0; j--) if (facts.figures[j].kind === figure.kind) return j;
  return undefined;
}

const RESTATED = new RegExp(String.raw`[,;–—(]\s*(?:also|sprich|d\.\s?h\.|das\s+heißt|mit\s+anderen\s+Worten|that\s+is|i\.\s?e\.|in\s+other\s+words|${wordAlternation(MORE_EXACTLY.before)})\s*,?\s*`+`(?:(?:${HEDGE_WORD_PATTERN})\\s+)?$`, 'iu');
/** "a third of the world's models, 36% to be precise": a figure set off on its own, then the words that say it is exact. */
const SET_OFF = /[,;–—(]\s*$/u;
const EXACTLY_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${wordAlternation(MORE_EXACTLY.after)})(?![\p{L}])`, 'iu');

/**
 * "Konzernchef Satya Nadella, 57, ging … auf DeepSeek ein": what only a person has (an age) is the person's, not the
 * company's the sentence also names.
 */
function onlyWhoFits<T extends { kind: NameKind }>(named: T[], attributes: string[]): T[] {
  const kinds = kindsFitting(attributes);
  if (kinds.length !== 1 || kinds[0] !== 'person') return named;
  const fitting = named.filter((n) => n.kind === 'person');
  return fitting.length ? fitting : named;
}

const CLAUSE_BREAK = /[,;:–—]|(?<![\p{L}])(?:after|before|when|while|because|that|nachdem|bevor|als|weil|dass|während)(?![\p{L}])/iu;

/** Whether words that refer to a name of `kind` stand in a later clause of `text` than its start. */
function pointsBackAcrossClause(text: string, kind: NameKind): boolean {
  const br = CLAUSE_BREAK.exec(text);
  return br !== null && referencedKinds(text.slice(br.index + br[0].length)).includes(kind);
}

function kindsFitting(attributes: string[]): NameKind[] {
  const spec = attributes.map((a) => ATTRIBUTES[a]).find((s) => s?.specific);
  return spec?.fits ?? ['organisation', 'model', 'person', 'other'];
}

/**
 * The carried names of a kind the attribute fits, from the nearest sentence that has any. A benchmark the sentences
 * before scored on is what only a score is about: "**Trainingskosten:** 5,6 Millionen Dollar" under "**Benchmarks:**
 * HumanEval 92 %" is the heading's model's cost.
 */
/** "## Broadcom … The company …": a description that opens the sentence means the entry's name, as "it" does. */
function entryReferent(text: string, kind: NameKind, carried: CarriedContext): { name: CarriedName; from: ContextOrigin } | undefined {
  const entry = entrySubject(text, carried.names.filter((n) => n.kind === kind && !n.otherSort), carried);
  return entry ? { name: entry, from: 'reference' } : undefined;
}

function carriedEntities(carried: CarriedContext, attributes: string[], text: string): CarriedContext['names'] {
  const kinds = kindsFitting(attributes);
  const fitting = carried.names.filter((n) => kinds.includes(n.kind) && !(n.scoredOn && !attributes.includes('benchmark')));
  const entry = entrySubject(text, fitting, carried);
  if (entry) return [{ ...entry, from: 'reference', distance: 0 }];
  // A name only measured against ("… auf dem Niveau von OpenAI o1. Mit seinen 671 Milliarden Parametern …") is not what
  // a later sentence goes on about, where any other name fits.
  const measured = fitting.filter((n) => !n.comparand);
  const nearest = measured.length ? measured : fitting;
  return nearest.filter((n) => n.distance === nearest[0]?.distance);
}


/**
 * When: for a date, the date itself. Otherwise a date in the figure's clause, else one earlier in its sentence ("Am
 * 27. Januar fiel Nvidia um 17 %, Microsoft um 3,75 %"), else the date the paragraph or heading carries. A date
 * after the figure in another clause is about something else ("fiel um 3 %, obwohl er 2024 noch 25 % zugelegt hatte").
 */
// (A line may break between the words: "lösen sich an\ndiesem Tag … auf".)
const SAME_DAY = /(?<![\p{L}])(?:an\s+jenem|an\s+diesem|am\s+selben|am\s+gleichen|am\s+selbigen)\s+(?:tag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:that|the\s+same)\s+(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])/iu;

function timeOf(figure: Figure, figures: Figure[], window: Span, carried: CarriedContext, text: string): [CalendarDate | undefined, ContextOrigin | undefined, Figure | undefined] {
  if (figure.kind === 'date' || figure.kind === 'year') return [dateOf(figure), 'clause', undefined];
  // "Der Chipkonzern, 1993 gegründet, verlor an jenem Montag 7,82 Prozent": the year of a founding times the founding.
  const kind = figure.durationUnit ? 'date' : figure.kind;
  const onceOf = (f: Figure) => [...f.localConcepts].filter((c) => isOnce(c) && !(figure.localConcepts.has(c) && isAttributeOf(c, kind)));
  // A duration counts from an event's date: "founded High-Flyer in 2015; DeepSeek came eight years later".
  // Not from a birth ("Der Jahrgang 1986 brauchte anderthalb Jahre von der Gründung bis zum Durchbruch"): that is an age.
  const dates = figures.filter((f) => f !== figure && (f.kind === 'date' || f.kind === 'year') && !f.range && !isStampDate(text, f) && (figure.durationUnit !== undefined ? !f.localConcepts.has('birth') : f.kind === 'date' || onceOf(f).length === 0) &&
    // "from a 25% gain in 2024 to a 3% loss in a single session": a change noun's period is that change's alone.
    (figure.durationUnit !== undefined || [undefined, figure].includes(changeWithPeriod(f, figures, text))));
  const inClause = dates.filter((d) => inside(d, window));
  // "dropped 3% on 27 January 2025 after gaining 25% in 2024": the year right after the figure is its own, not the day.
  const period = figure.durationUnit === undefined ? ownPeriodAfter(figure, inClause, figures, text) : undefined;
  const own = period ?? ownDate(inClause, figure, text) ?? (figure.durationUnit ? appositiveDate(dates, window, text) : undefined);
  if (own) return [dateOf(own), 'clause', own];
  // "Der Nasdaq 100, der 2024 noch um ein Viertel zugelegt hatte, gab 3 Prozent nach": a relative clause's year is its own.
  const asides = asideClauses(text).filter((c) => !(c.start <= figure.start && figure.end <= c.end));
  // Nor a year of a background clause closed before the figure's: "…, obwohl er 2024 noch um 25 Prozent zugelegt hatte;
  // Werte wie SoftBank verloren bis zu 10 Prozent" (the 10 Prozent are the day's).
  const earlier = dates.filter((d) => d.end <= figure.start && !asides.some((c) => c.start <= d.start && d.end <= c.end) && !inClosedBackgroundClause(text, d, figure.start)).pop();
  // "Im Vorjahr", "a year earlier": the year before the time the figure would otherwise take.
  // Not a later clause's: "…, having risen about 171% last year" is that clause's year, not the figure's ("…, the
  // company said, last year" is the figure's).
  const clause = text.slice(window.start, window.end);
  const yearBefore = MAYBE_YEARS_BEFORE.test(clause) && [...clause.matchAll(YEARS_BEFORE)].find((m) => !inLaterClause(text, figure.end, { start: window.start + m.index, end: window.start + m.index + m[0].length }));
  if (yearBefore) {
    // "Wer im Vorjahr 25 Prozent gewonnen hat", "last year": the year before the piece's own, when the sentence names
    // no year to count from; a year an earlier sentence gave for another fact is no "now".
    const now = THIS_YEARS_BEFORE.test(yearBefore[0]) ? carried.documentTime : undefined;
    const time = earlier ? dateOf(earlier) : now ?? carried.time ?? carried.lastTime;
    if (time?.year !== undefined) return [{ year: time.year - 1 }, 'reference', undefined];
  }
  // "rose 3% on Monday, after a year in which it had gained 25%", "fiel am Montag um 3 Prozent, nachdem er ein Jahr
  // lang um 25 Prozent gestiegen war": a background clause tells of another time than the sentence's, and without a
  // date of its own it has none that can be read.
  const background = backgroundClauseAt(text, figure.start);
  if (background && !(earlier && earlier.start >= background.start)) return [undefined, undefined, undefined];
  if (earlier) return [dateOf(earlier), 'sentence', earlier];
  // "an jenem Montag", "am selben Tag", "that day": the day last named, also in an earlier paragraph.
  // "fell 8.3 percent on Tuesday": the Tuesday of the week last dated; said once, for the whole sentence.
  // Counted from the paragraph's or heading's day, else the day the document is about, never from any date far back.
  const weekOf = carried.time?.day !== undefined ? carried.time : carried.documentTime;
  const sameDay = SAME_DAY.test(text);
  // Not a weekday of a background clause after the figure: "Alibaba lost 2.4 percent today, after a steep fall on Monday".
  const laterBackground = backgroundClauseAt(text, text.length);
  const sentence = laterBackground && laterBackground.start >= figure.end ? text.slice(0, laterBackground.start) : text;
  const weekday = sameDay ? undefined : weekdayNear(text.slice(window.start, window.end), weekOf) ?? weekdayNear(sentence, weekOf);
  if (weekday) return [weekday, 'reference', undefined];
  if (sameDay) {
    if (carried.time?.day !== undefined) return [carried.time, carried.timeFrom, carried.timeOf];
    if (carried.lastDay) return [carried.lastDay, 'reference', carried.lastDayOf];
    if (!carried.time && carried.lastTime) return [carried.lastTime, 'reference', carried.lastTimeOf];
  }
  // „## Dienstag, 28. Januar 2025 … Am Vortag war Alibaba um 2,4 Prozent gefallen“: the heading's day, counted back.
  const recalled = carried.timeFrom === 'heading' && carried.time ? daysRecalled(text, figure, figures) : undefined;
  const recalledDay = recalled !== undefined && carried.time ? dayBefore(carried.time, recalled) : undefined;
  if (recalledDay) return [recalledDay, 'reference', undefined];
  const moving = carried.time ? movingDuration(figure, figures) : undefined;
  if (carried.time && moving) {
    const later = dayAfter(carried.time, moving);
    if (later) return [later, 'reference', undefined];
    return [undefined, undefined, undefined];
  }
  // "When we started in 2016, … This year we trained 48,200 people": the writer's year (the document's, if it names
  // one), not the one an earlier sentence of the paragraph named.
  // The phrase dates its whole sentence up to the figure's clause, not its own clause alone: "This year we trained 48,200
  // people in 312 workshops across 23 countries", „Dieses Jahr schulten wir 48.200 Menschen, in 312 Workshops in 23 Ländern“.
  if (carried.timeFrom === 'paragraph' && THIS_YEAR.test(text.slice(0, window.end))) return carried.documentTime?.year !== undefined ? [{ year: carried.documentTime.year }, 'document', undefined] : [undefined, undefined, undefined];
  if (carried.time) return [carried.time, carried.timeFrom, carried.timeOf];
  // "Eine Woche später brachen die Kurse ein" at a paragraph's start counts from the day last named before it; "Acht
  // Jahre später entstand DeepSeek", in months or years, from the time last named (High-Flyer's 2015), not from a day
  // named further back.
  if (figure.durationSign && !figure.durationAnchor && (figure.durationUnit ?? 0) >= 30 && carried.lastTime) return [carried.lastTime, 'reference', carried.lastTimeOf];
  if (figure.durationSign && !figure.durationAnchor && carried.lastDay && !carried.undatedEventSinceDay) return [carried.lastDay, 'reference', carried.lastDayOf];
  return [carried.documentTime, carried.documentTime ? 'document' : undefined, undefined];
}

/**
 * "The Nasdaq 100, up a quarter in 2024, fell 3% on January 27, 2025": of two dates in the figure's clause, one set
 * off by commas around it, away from the figure, is an aside's.
 */
/**
 * "The sell-off came a week after R1, on 27 January: a year and a half after …": a day set off right after the
 * duration's clause, by a comma and "on"/"am", is that clause's own, though a later duration ends its window first.
 */
// "V3, das drei Monate vor R1 erschien, im Dezember 2024", "three months before R1, in December 2024": a month set off
// so dates the clause as a day does.
const APPOSITIVE_DAY = /^\s*,\s*(?:on|am|im|in)\s+$/iu;

function appositiveDate(dates: Figure[], window: Span, text: string): Figure | undefined {
  // The comma may close the clause's window ("…, das drei Monate vor R1 erschien, im Dezember 2024").
  // The window's own closing comma counts: "eight years later, in July 2023".
  const clauseComma = window.end > window.start && text[window.end - 1] === ',' ? window.end - 1 : window.end;
  return dates.find((d) => d.kind === 'date' && d.start >= window.end && APPOSITIVE_DAY.test(text.slice(clauseComma, d.start)));
}

function ownDate(dates: Figure[], figure: Figure, text: string): Figure | undefined {
  // "Even after the $598bn wiped off Nvidia's value, the stock trades above where it started 2024": a lone date after
  // the figure, in a later clause, dates that clause, not the figure; its time comes from before it. (A duration's
  // other event may be dated there: "eight months after GPT-4o, which OpenAI released in March 2024".)
  if (dates.length < 2) return dates[0] && (figure.durationUnit || !inLaterClause(text, figure.end, dates[0])) ? dates[0] : undefined;
  // Set off before the figure, with words of its own ("up a quarter in"), not "Montag, dem 27. Januar 2025, fiel …".
  const setOff = (d: Figure) => {
    const before = text.lastIndexOf(', ', d.start);
    const after = text.indexOf(', ', d.end);
    if (before < 0 || after < 0 || after > figure.start) return false;
    return (`${text.slice(before + 2, d.start)} ${text.slice(d.end, after)}`.match(/\p{L}+/gu) ?? []).length >= 2;
  };
  // After the figure, only a date of its own clause counts: "fell 3% on January 27", not "… and wants to … by 2026".
  const attached = (d: Figure) => d.start < figure.start || /^[^,;:–—]{0,25}$/u.test(text.slice(figure.end, d.start)) && !/(?<![\p{L}])(?:and|und|but|aber|while|während)(?![\p{L}])/iu.test(text.slice(figure.end, d.start));
  return dates.find((d) => !setOff(d) && attached(d)) ?? dates[0];
}

/**
 * Whether `at`, after a figure ending at `from`, stands past a break in a phrase that is a clause of its own: the
 * phrase between the breaks around it has a verb, subject or subordinator (CLAUSE_WORDS). An apposition or focus
 * phrase ("…, its worst day in years, on January 27, 2025", „…, und zwar am 27. Januar 2025“) is no clause.
 */
function inLaterClause(text: string, from: number, at: Span): boolean {
  if (at.start < from) return false;
  const between = text.slice(from, at.start);
  BREAK.lastIndex = 0;
  let last = -1;
  for (let m = BREAK.exec(between); m; m = BREAK.exec(between)) last = m.index;
  if (last < 0) return false;
  const next = text.slice(at.end).search(/[,;–—]\s+\p{L}/u);
  const phrase = text.slice(from + last + 1, next < 0 ? text.length : at.end + next);
  return (phrase.match(/\p{L}+/gu) ?? []).some((w) => CLAUSE_WORD.has(w.toLowerCase()));
}
/** A clause break; not a thousands or decimal comma ("1,600", "8,5"). */
const BREAK = /[,;–—](?!\d)/gu;
const CLAUSE_WORD = new Set(CLAUSE_WORDS);

const THIS_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(THIS_YEAR_PHRASES)})(?![\p{L}])`, 'iu');
/** The year before now, not before a year named: "im Vorjahr", "im vergangenen Jahr", "last year". */
const THIS_YEARS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(LAST_YEAR_PHRASES)})(?![\p{L}])`, 'iu');
// „im Jahr davor“, „das Jahr zuvor“, "the year prior": the year before, as „ein Jahr davor“ and "the year before" are.
const YEARS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(YEAR_BEFORE_PHRASES)})(?![\p{L}])`, 'giu');
const MAYBE_YEARS_BEFORE = wordCues(YEAR_BEFORE_PHRASES);

function dateOf(figure: Figure): CalendarDate {
  return figure.date ?? { year: figure.value };
}

/** Whether a sentence names a country or region the question before it did not ask about. */
function namesOwnPlace(facts: SentenceFacts, question: AskedQuestion | undefined): boolean {
  if (!question) return false;
  if (Object.entries(PLACE_CONCEPTS).some(([concept, place]) => facts.concepts.has(concept) && !question.places.includes(place))) return true;
  return REGION.test(facts.text);
}
const REGION = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(REGION_WORDS)})(?![\p{L}])`, 'iu');
