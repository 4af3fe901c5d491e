import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure } from '../types';
import type { CarriedContext, CarriedName } from './fact';
import { none } from '../text/fitted';
import { namesJoinedAsOneList } from './distributeLists';
import { wordAlternation } from '../context/lexicon';
import { LIST_ORDER_WORDS } from '../names/wordLists';

const IN_ORDER = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(LIST_ORDER_WORDS)})(?![\p{L}])`, 'iu');

/**
 * The members a lead line lists for the items under it: „Die Schlusskurse der drei US-Konzerne Nvidia, Microsoft und
 * Broadcom, in dieser Reihenfolge:“, "Closing moves for Nvidia, Microsoft and Broadcom, in that order:". The names joined
 * as one list that are the line's last names, in order; none where another name follows them (the items would be its).
 * Only a line that says the items follow the names in order: under „Nvidia und Microsoft im Überblick:“ the items may
 * well be facts of one of them („- Gründung …“, „- Kurssturz: 7,82 %“), and whether they are as many as the names is
 * not known when an item is read.
 */
export function listLedIn(facts: SentenceFacts): CarriedName[] {
  const run = namesJoinedAsOneList(facts.text, facts.names).pop();
  if (!run || !IN_ORDER.test(facts.text) || facts.names.some((m) => m.start > run[run.length - 1].start && !run.includes(m))) return none();
  const members: CarriedName[] = [];
  for (const m of run) if (!members.some((n) => n.canonical === m.entry.canonical)) members.push({ canonical: m.entry.canonical, kind: m.entry.kind, containing: m.entry.containing ?? none() });
  return members;
}

/**
 * "- minus 7,82 Prozent" as the first item under such a lead: an item that names no one and states one value (not a
 * date, nor a range) states it of the member of its place in the lead's list.
 */
export function leadMemberValue(facts: SentenceFacts, carried: Pick<CarriedContext, 'leadMember'>): Map<Figure, CarriedName> {
  const out = new Map<Figure, CarriedName>();
  const values = facts.figures.filter((f) => f.kind !== 'date' && f.kind !== 'year' && !f.range);
  if (carried.leadMember && facts.names.length === 0 && values.length === 1) out.set(values[0], carried.leadMember);
  return out;
}
