import type { DraftAnalysis } from '../analysis/draft';
import type { SourceIndex, SourceSentence } from '../sources/sourceIndex';
import type { NameEntry, NameMention, Span } from '../types';
import { isPersonTitle } from '../names/kindEvidence';
import { looksLikeCommonWord } from '../names/wordLists';
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
    const known = reporterOf(s.facts.text, s.facts.names);
    // "As Bloomberg reported, …": an outlet no source names is still credited with the report.
    const credited = known ?? unknownReporter(s.facts.text, s.facts.names);
    if (!credited || (known && !outletsOf(index).has(known.entry))) continue;
    const backing = draft.figures.filter((f) => f.at === s && f.match.status === 'supported').map((f) => f.match.evidence[0]);
    if (backing.length === 0) continue;
    const others = backing.map((e) => ({ at: e.at, real: reporterInParagraph(e.at, index) }));
    // "The Washington Post reported, citing Reuters, …": the sentence names the source's outlet too.
    const named = new Set(s.facts.names.map((n) => n.entry));
    if (others.some((o) => o.real === undefined || o.real === known?.entry || named.has(o.real))) continue;
    // Who the draft credits and no source knows is only wrong where the source credits an outlet.
    if (!known && !outletsOf(index).has(others[0].real!)) continue;
    // "The Washington Post": an English outlet's article is part of its name.
    const article = /\b[Tt]he\s+$/.exec(s.facts.text.slice(Math.max(0, credited.start - 4), credited.start));
    const from = article ? credited.start - article[0].length : credited.start;
    found.push({ start: s.sentence.offsets[from], end: s.sentence.offsets[credited.end - 1] + 1, written: s.facts.text.slice(from, credited.end), real: others[0].real!, source: others[0].at });
  }
  return found;
}

/**
 * "Wie MIT Technology Review berichtet, deckte sich Liang … ein. … Schätzungen schwanken zwischen 10.000 und 50.000
 * Einheiten.": a sentence that credits no one goes on with the report of the sentence before it in its paragraph.
 */
function reporterInParagraph(at: SourceSentence, index: SourceIndex): NameEntry | undefined {
  for (let k = index.sentences.indexOf(at), here = at; k >= 0; ) {
    const own = reporterAt(here);
    if (own) return own;
    const before = index.sentences[--k];
    if (!before || before.source !== here.source || here.position.startLine - before.position.endLine > 1) return undefined;
    here = before;
  }
  return undefined;
}

// "As Bloomberg reported", "Wie Bloomberg berichtete", "Bloomberg reported that …", "According to the Financial Times":
// capitalised words no source names, with a verb of reporting (or "according to") around them.
const NAME_WORDS = String.raw`(\p{Lu}[\p{L}&.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.-]*){0,3})`;
const REPORT_VERB = String.raw`(?:berichtet|berichtete|schreibt|schrieb|meldet|meldete|reported|reports|wrote|writes)(?![\p{L}])`;
const UNKNOWN_CREDIT = [
  new RegExp(String.raw`(?:^|[^\p{L}])(?:[Ww]ie|[Aa]s)\s+(?:(?:der|die|das|the)\s+)?${NAME_WORDS}\s+${REPORT_VERB}`, 'du'),
  new RegExp(String.raw`(?:^|[^\p{L}])[Aa]ccording\s+to\s+(?:the\s+)?${NAME_WORDS}(?=\s*[,.;])`, 'du'),
  new RegExp(String.raw`^\s*(?:(?:the|The)\s+)?(?!(?:As|Wie|Laut|According|Der|Die|Das|Dem|Den)(?![\p{L}]))${NAME_WORDS}(?:\s*,[^,.;:]{1,60},)?\s+${REPORT_VERB}`, 'du'),
];

function unknownReporter(text: string, names: readonly NameMention[]): NameMention | undefined {
  for (const pattern of UNKNOWN_CREDIT) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [start, end] = m.indices![1];
    // A name the sources know is the known reporter's business (a person speaks in quotations, a firm reports its own
    // numbers); "wie der Sprecher berichtete", "wie die Zeitung schreibt" name no one.
    if (names.some((n) => n.start < end && start < n.end) || m[1].split(/\s+/).some((w) => isPersonTitle(w) || looksLikeCommonWord(w))) return undefined;
    return { start, end, text: m[1], entry: { canonical: m[1], kind: 'organisation', aliases: [] } };
  }
  return undefined;
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
