import type { DraftAnalysis } from '../analysis/draft';
import type { SourceIndex, SourceSentence } from '../sources/sourceIndex';
import type { NameEntry, Span } from '../types';
import { reporterOf } from './reporter';

/** A report credited to one outlet in the draft and to another in the source sentence that backs it. */
export interface Misreport extends Span {
  written: string;
  real: NameEntry;
  source: SourceSentence;
}

/**
 * "The Washington Post reported that Liang met Li Qiang on 20 January" where the source sentence that states the
 * meeting says "berichtet die Nachrichtenagentur Reuters". Only outlets count, names the sources themselves credit with
 * a report ("wie die Washington Post berichtet"): a firm passing on its own numbers ("Nvidia reported revenue of …")
 * is no one's misreport. Only where the source sentence that best backs each of the sentence's figures credits an
 * outlet, and none the draft's.
 */
export function misreports(draft: DraftAnalysis, index: SourceIndex): Misreport[] {
  const found: Misreport[] = [];
  for (const s of draft.sentences) {
    const credited = reporterOf(s.facts.text, s.facts.names);
    if (!credited || !outletsOf(index).has(credited.entry)) continue;
    const backing = draft.figures.filter((f) => f.at === s && f.match.status === 'supported').map((f) => f.match.evidence[0]);
    if (backing.length === 0) continue;
    const others = backing.map((e) => ({ at: e.at, real: reporterAt(e.at) }));
    // "The Washington Post reported, citing Reuters, …": the sentence names the source's outlet too.
    const named = new Set(s.facts.names.map((n) => n.entry));
    if (others.some((o) => o.real === undefined || o.real === credited.entry || named.has(o.real))) continue;
    // "The Washington Post": an English outlet's article is part of its name.
    const article = /\b[Tt]he\s+$/.exec(s.facts.text.slice(Math.max(0, credited.start - 4), credited.start));
    const from = article ? credited.start - article[0].length : credited.start;
    found.push({ start: s.sentence.offsets[from], end: s.sentence.offsets[credited.end - 1] + 1, written: s.facts.text.slice(from, credited.end), real: others[0].real!, source: others[0].at });
  }
  return found;
}

const reporters = new WeakMap<SourceSentence, { entry?: NameEntry }>();
function reporterAt(at: SourceSentence): NameEntry | undefined {
  let known = reporters.get(at);
  if (!known) reporters.set(at, (known = { entry: reporterOf(at.sentence.text, at.facts.names)?.entry }));
  return known.entry;
}

// Found once per index, and only when a draft credits someone: most drafts never ask.
const outlets = new WeakMap<SourceIndex, Set<NameEntry>>();
function outletsOf(index: SourceIndex): Set<NameEntry> {
  let found = outlets.get(index);
  if (!found) {
    found = new Set();
    for (const at of index.sentences) {
      const entry = reporterAt(at);
      if (entry && !/\blaut\b|\baccording\s+to\b/i.test(at.sentence.text)) found.add(entry);
    }
    outlets.set(index, found);
  }
  return found;
}
