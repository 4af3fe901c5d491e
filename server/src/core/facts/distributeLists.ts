import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure } from '../types';
import type { CarriedName } from './fact';
import { isOnce } from './attributes';
import { PLURAL_POSSESSIVE_PRONOUNS, PLURAL_SUBJECT_PRONOUNS, VALUES_OWNER_ARTICLES, VALUES_OWNER_PREPOSITIONS } from '../names/wordLists';
import { numberWordValue, RESPECTIVELY, TRAILING_LIST_HEDGE } from '../figures/vocabulary';
import { wordAlternation } from '../context/lexicon';
import { JOINER, joinsOneList } from './listJoiners';

/** Words that stand for the two names just listed: "both", „beide“, „die beiden“. */
const BOTH_WORDS = ['both', 'beide', 'beiden'];
/** "The three fell …", „Die drei verloren …“, "all four", „die beiden“: a count of the names just listed that stands for them. */
const COUNTED_BACK = new RegExp(String.raw`(?<![\p{L}])(?:the|all|die|alle)\s+(\p{L}+)|(?<![\p{L}])(${wordAlternation(BOTH_WORDS)})(?![\p{L}])`, 'giu');

/** How many names the words before the values stand for, if a count of them does: "The three" → 3, „Beide“ → 2. */
function countedBack(before: string): number | undefined {
  for (const m of before.matchAll(COUNTED_BACK)) {
    const word = (m[1] ?? m[2]).toLowerCase();
    const count = BOTH_WORDS.includes(word) ? 2 : numberWordValue(word);
    if (count !== undefined) return count;
  }
  return undefined;
}

/** A plural pronoun or possessive as the sentence's first word: "They lost …", „Sie verloren …“, "Their shares lost …", „Ihre Papiere gaben … ab“. */
const PLURAL_PRONOUN_OPENING = new RegExp(String.raw`^[\s*_\-–•]*(?:${wordAlternation([...PLURAL_SUBJECT_PRONOUNS, ...PLURAL_POSSESSIVE_PRONOUNS])})(?![\p{L}])`, 'iu');

const isDate = (f: Figure) => f.kind === 'date' || f.kind === 'year';

type Listed = { canonical: string; kind: CarriedName['kind']; containing?: string[] };

/**
 * "Fire-Flyer I und Fire-Flyer II, die jeweils 200 Millionen Yuan und eine Milliarde Yuan gekostet haben", "Nvidia,
 * Microsoft und Broadcom verloren 7,82, 3,75 und 6,58 Prozent": as many names of one kind as values of one kind, the
 * names listed before the values, pair in order. With "jeweils" or "respectively" and no names in the sentence, the
 * names of the sentence before are the list ("Sie kosteten jeweils …"). Restated values in brackets don't count.
 */
export function distributedNames(facts: SentenceFacts, previousSentence: CarriedName[] = []): Map<Figure, Listed> {
  const out = new Map<Figure, Listed>();
  const respectively = RESPECTIVELY.test(facts.text);
  // Dates are when a list happened, unless "respectively" pairs them ("founded in 2023 and 2015 respectively").
  // Nor are the two ends of one range ("estimates ranging from 10,000 to 50,000") values of two names.
  // "… 200 million and one billion yuan (about €26 million and €130 million) respectively": a list restated in brackets
  // in another currency is a list of its own, paired in the same order.
  // Nor, without it, are dates of something that happens once to each ("High-Flyer und DeepSeek wurden 2015 und 2023
  // gegründet", "V3 and R1 came out in December 2024 and on January 20"), when the dates are one list themselves: a
  // company is founded once, so two dates are two companies'.
  const onceDates = !respectively && [...facts.concepts].some(isOnce);
  const values = facts.figures.filter((f, i) => (respectively || onceDates || !isDate(f)) && (!inBrackets(facts, i) || (respectively && bracketedList(facts, i))) && !f.range);
  const byKind = new Map<string, Figure[]>();
  // "… 200 Millionen Yuan, … eine Milliarde Yuan, umgerechnet 26 beziehungsweise 130 Millionen Euro": sums in another
  // currency are a list of their own.
  const unitOf = (f: Figure) => (f.kind === 'year' ? 'date' : `${f.kind}:${f.currency ?? ''}`);
  for (const f of values) byKind.set(unitOf(f), [...(byKind.get(unitOf(f)) ?? []), f]);
  // "Nvidia, Broadcom and Microsoft fell 7.82%, 3.75% and 6.58% respectively, and Infineon lost up to 10%": when the
  // sentence's values of one kind pair with nothing as a whole, each run of them joined as one list ("7.82%, 3.75% and
  // 6.58%") pairs with the names of its own clause, those after the value before it.
  const pair = (group: Figure[], from: number): boolean => {
    if (group.length < 2) return false;
    if (!respectively && isDate(group[0]) && !group.every((f, i) => i === 0 || joinsOneList(facts.text.slice(group[i - 1].end, f.start)))) return false;
    const before = facts.names.filter((m) => m.start >= from && m.end <= group[0].start);
    let entries: Listed[] = [];
    const firstMention: typeof before = [];
    for (const m of before) {
      if (entries.some((e) => e.canonical === m.entry.canonical || e.containing?.includes(m.entry.canonical))) continue;
      entries.push(m.entry);
      firstMention.push(m);
    }
    // Names between the values are not a list ("Nvidia (-7,82 %), Microsoft (-3,75 %)": each value has its clause).
    const interleaved = facts.names.some((m) => m.start > group[0].end && m.end <= group[group.length - 1].start);
    if (interleaved) return false;
    // "92 and 85 percent on HumanEval and MATH-500 respectively": the names may follow the values.
    // Only those up to "respectively": "…, scores that keep up with top models such as o1" lists nothing.
    if (respectively && entries.length < group.length) {
      const last = group[group.length - 1].end;
      const word = facts.text.slice(last).search(RESPECTIVELY);
      const after = facts.names.filter((n) => n.start >= last && (word < 0 || n.end <= last + word));
      const following: Listed[] = [];
      for (const m of after) if (!following.some((e) => e.canonical === m.entry.canonical)) following.push(m.entry);
      entries = following.length === group.length ? following : [...entries, ...following.filter((f) => !entries.some((e) => e.canonical === f.canonical))];
    }
    // "The three drops, 7.82%, 6.58% and 3.75%, for Nvidia, Microsoft and Broadcom": with no names before them, the
    // values are those of the names a preposition joins right after them, as many as they and joined as one list.
    if (entries.length === 0 && !respectively) {
      const owners = ownersAfter(facts, group);
      if (owners) {
        entries = owners.map((m) => m.entry);
        firstMention.push(...owners);
      }
    }
    // "Nvidia, Broadcom and Microsoft were hit hardest. The three fell 7.82, 6.58 and 3.75 percent.": a count of the
    // names before stands for them as "respectively" does.
    // "Nvidia and Microsoft were the two ends of the range. They lost 7.82% and 3.75%.": so does a plural pronoun that
    // opens the sentence, or a plural possessive ("Their shares lost …"), when the names before are as many as the values
    // (checked below, per kind).
    const opening = facts.text.slice(0, group[0].start);
    if (entries.length === 0 && from === 0 && (respectively || countedBack(opening) === group.length || PLURAL_PRONOUN_OPENING.test(opening))) entries = previousSentence;
    const kinds = [...new Set(entries.map((e) => e.kind))];
    for (const kind of kinds) {
      const listed = entries.filter((e) => e.kind === kind);
      if (listed.length !== group.length) continue;
      // Without "respectively" the names are one list only when joined as one ("Nvidia, Microsoft und Broadcom"):
      // "Nvidia lost more than twice what Microsoft did, and … as much as the Nasdaq 100, which slid 3%" is not.
      if (!respectively && !coordinated(facts.text, firstMention.filter((m) => m.entry.kind === kind))) continue;
      group.forEach((f, i) => out.set(f, listed[i]));
      return true;
    }
    // "DeepSeek and V3 were founded and released in July 2023 and December 2024, respectively": a firm and a model, one
    // list of names joined as one before the values, as many as they; "respectively" says they pair.
    const mixed = respectively && !out.has(group[0]) && kinds.length > 1 && entries.length === group.length && firstMention.length === group.length &&
      entries.every((e, i) => e === firstMention[i].entry && e.kind !== 'place') && coordinated(facts.text, firstMention);
    if (mixed) group.forEach((f, i) => out.set(f, entries[i]));
    return mixed;
  };
  for (const group of byKind.values()) {
    if (pair(group, 0)) continue;
    const runs = valueRuns(facts.text, group, facts.figures);
    // The names of a run's clause: those after the group's value before it.
    for (const run of runs) if (run.length < group.length) pair(run, group.filter((f) => f.end <= run[0].start).pop()?.end ?? 0);
  }
  return out;
}

/** The words between a list of values and the names they belong to: ", for", „ bei den“. */
const OWNER_PREPOSITION = new RegExp(String.raw`^\s*,?\s*(?:${wordAlternation(VALUES_OWNER_PREPOSITIONS)})\s+(?:(?:${wordAlternation(VALUES_OWNER_ARTICLES)})\s+)?$`, 'iu');

/** The distinct names right after a list of values and its preposition, one per value and joined as one list, or none. */
function ownersAfter(facts: SentenceFacts, group: Figure[]): SentenceFacts['names'] | undefined {
  const last = group[group.length - 1];
  const after = facts.names.filter((m) => m.start >= last.end);
  if (after.length === 0 || !OWNER_PREPOSITION.test(facts.text.slice(last.end, after[0].start))) return undefined;
  const owners: SentenceFacts['names'] = [after[0]];
  let previous = after[0];
  for (const m of after.slice(1)) {
    if (!joinsOneList(facts.text.slice(previous.end, m.start))) break;
    previous = m;
    if (!owners.some((o) => o.entry.canonical === m.entry.canonical)) owners.push(m);
  }
  return owners.length === group.length ? owners : undefined;
}

/** Words between two values of one list: a joiner, "beziehungsweise" ("7,82, 3,75 beziehungsweise 6,58 Prozent") or a slash ("−7,82/−3,75 %"). */
const VALUE_JOINER = /^(?:\s*,?\s*(?:beziehungsweise|bzw\.)\s*|\/)$/iu;

/** Whether two values are one list: their joiner, less a hedge said of the second („und gut 6,5“, "and about 6.5"). */
const joinedValues = (text: string, a: Figure, b: Figure) => {
  const gap = text.slice(a.end, b.start).replace(TRAILING_LIST_HEDGE, ' ');
  return JOINER.test(gap) || VALUE_JOINER.test(gap);
};

/**
 * The values split where the words between two of them are no list joiner: "7.82%, 3.75% and 6.58%" | "up to 10%". A
 * run that a value of another kind joins is part of a longer list ("2015, June 2023 and December 2024"), not one.
 */
function valueRuns(text: string, group: Figure[], all: Figure[]): Figure[][] {
  const runs: Figure[][] = [];
  for (const f of group) {
    const last = runs[runs.length - 1];
    if (last && joinedValues(text, last[last.length - 1], f)) last.push(f);
    else runs.push([f]);
  }
  return runs.filter((run) => {
    const before = all.filter((f) => f.end <= run[0].start).pop();
    const after = all.find((f) => f.start >= run[run.length - 1].end);
    return !(before && !group.includes(before) && joinedValues(text, before, run[0])) && !(after && !group.includes(after) && joinedValues(text, run[run.length - 1], after));
  });
}

/**
 * Words that give one value to each of several names: "Nvidia and Broadcom each lost 7.82%", "… jeweils 7,82 Prozent",
 * "beide", "both", "je 7,82 Prozent", "7.82% apiece". Not "each other", "each year", "je nach", "jeweils im Januar".
 */
const EACH = /(?<![\p{L}])(?:each(?!\s+(?:other|year|month|week|day|quarter|time)\b)|apiece|both|jeweils(?!\s+(?:im|am|zum|in|an|um)\b)|beide|je(?=\s+[\d(])|alle\s+(?:zwei|drei|vier|fünf|sechs)|all\s+(?:two|three|four|five|six))(?![\p{L}])/iu;
/** Words that add values up rather than give each its own: "kosteten zusammen 1,2 Milliarden", "both together". */
const SUMMED = /(?<![\p{L}])(?:together|combined|in total|total|zusammen|zusammengenommen|insgesamt|gemeinsam|in summe)(?![\p{L}])/iu;

/**
 * "Nvidia und Broadcom verloren jeweils 7,82 Prozent", "both Nvidia and Microsoft fell 3.75%": one value of its kind in
 * the sentence, said of each of several names joined as one list right before it, is a value of each of them; each is
 * checked on its own, so a value only one of them has is another's wrong one. The names are of one kind; a value in
 * brackets restates one, and dates are when.
 */
export function eachNamed(facts: SentenceFacts, figure: Figure): Listed[] {
  if (figure.kind === 'date' || figure.kind === 'year' || figure.range || figure.durationUnit) return [];
  const unit = `${figure.kind}:${figure.currency ?? ''}`;
  const sameKind = facts.figures.filter((f, i) => f !== figure && `${f.kind}:${f.currency ?? ''}` === unit && !f.range && !inBrackets(facts, i));
  // „jeweils 7,82 und 6,58 Prozent“, "each 7.82% and 6.58%": a value joined to others of its kind is one of a list,
  // paired in order, not one given to each.
  const ofAList = sameKind.some((f) => (f.end <= figure.start ? joinedValues(facts.text, f, figure) : joinedValues(facts.text, figure, f)));
  if (ofAList) return [];
  // „Nvidia und Broadcom verloren jeweils mehr als 6 Prozent, Microsoft und Alphabet jeweils knapp 4 Prozent“: another
  // value of its kind before it ends the clause before; the names and the word are those of the value's own clause.
  const clauseStart = sameKind.filter((f) => f.end <= figure.start).pop()?.end ?? 0;
  const clauseEnd = sameKind.find((f) => f.start >= figure.end)?.start ?? facts.text.length;
  const whole = figure.window ?? { start: 0, end: facts.text.length };
  const window = { start: Math.max(whole.start, clauseStart), end: Math.min(whole.end, clauseEnd) };
  const before = facts.names.filter((m) => m.start >= window.start && m.end <= figure.start);
  const run = before.slice(-1);
  for (let i = before.length - 2; i >= 0; i--) {
    if (!JOINER.test(facts.text.slice(before[i].end, run[0].start)) || before[i].entry.kind !== run[0].entry.kind) break;
    run.unshift(before[i]);
  }
  const members: Listed[] = [];
  for (const m of run) if (!members.some((e) => e.canonical === m.entry.canonical || e.containing?.includes(m.entry.canonical) || m.entry.containing?.includes(e.canonical))) members.push(m.entry);
  if (members.length < 2 || members[0].kind === 'place') return [];
  // The word stands among the names, between them and the value, or right after it ("7.82% each").
  const from = Math.max(window.start, run[0].start - 12);
  const each = EACH.exec(facts.text.slice(from, Math.min(window.end, figure.end + 10)));
  if (!each || SUMMED.test(facts.text.slice(window.start, window.end))) return [];
  // "Microsoft und Nvidia: Beide verloren, der Chipkonzern 7,82 Prozent", "both down, the latter 7.82 percent": a
  // clause between the word and the value gives the value to one of them.
  const eachEnd = from + each.index + each[0].length;
  if (eachEnd < figure.start && /[,;:]/.test(facts.text.slice(eachEnd, figure.start))) return [];
  return members;
}

function coordinated(text: string, mentions: { start: number; end: number }[]): boolean {
  for (let i = 1; i < mentions.length; i++) {
    if (!joinsOneList(text.slice(mentions[i - 1].end, mentions[i].start))) return false;
  }
  return true;
}

function inBrackets(facts: SentenceFacts, i: number): boolean {
  const f = facts.figures[i];
  const before = facts.text.slice(0, f.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Whether the brackets around figure `i` hold another sum of its kind and currency too: "(about €26 million and €130 million)". */
function bracketedList(facts: SentenceFacts, i: number): boolean {
  const f = facts.figures[i];
  const open = facts.text.lastIndexOf('(', f.start);
  const close = facts.text.indexOf(')', f.end);
  if (open < 0 || close < 0) return false;
  return facts.figures.some((g, j) => j !== i && g.start > open && g.end <= close && g.kind === f.kind && g.currency === f.currency);
}
