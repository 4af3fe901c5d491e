import type { DraftAnalysis, DraftSentence } from '../analysis/draft';
import { FUNCTION_WORDS } from '../names/wordLists';
import type { SourceIndex, SourceQuotation } from '../sources/sourceIndex';
import type { NameEntry, NameMention, Span } from '../types';
import { quotationLookupOf, quotationsThatMayHold } from './quotationWords';
import { SPEECH_VERB, TITLE_BREAKS } from './speechVerbs';
import { quoteWords } from './wordAlignment';

/** A source quotation the draft reports in indirect speech, said by someone else than the person the draft names. */
export interface IndirectMisattribution extends Span {
  written: string;
  real: NameEntry;
  source: SourceQuotation;
}

// "X sagte, …", "X betonte, dass …", "X also argues that …": the speaker, a word or two, the verb, then a comma or "dass".
const SPEAKER_THEN_VERB = new RegExp(String.raw`^(?:['’]s)?(?:\s+[\p{Ll}]+){0,2}\s+${SPEECH_VERB}(?:\s+[\p{Ll}]+){0,2}?\s*(?:,\s*(?:dass\s+)?|\s+(?:dass|that)\s+)`, 'u');
// "…, sagte X", "…, said Carnegie analyst X": a comma, the verb, at most four words of a title, then the speaker.
const VERB_THEN_SPEAKER = new RegExp(String.raw`,\s*${SPEECH_VERB}((?:\s+[\p{L}][\p{L}'’-]*){0,4})\s+$`, 'iu');

/** Below this share of the source quotation's words that say something, the draft reports something else. */
const SAME_CONTENT = 0.6;
/** Fewer words that say something in common than this are a topic shared, not a statement reported. */
const MIN_CONTENT = 4;

/**
 * „Die US-Exportkontrollen hätten chinesische Firmen in eine Ecke gedrängt, …, sagte Thomas Qitong Cao“ where the source
 * quotes Matt Sheehan saying it: a statement reported without quotation marks is still someone's, and the words that
 * say something (not function words) are mostly the source quotation's, whatever the mood of the verbs. Only sentences
 * without quotation marks (a quotation is checked as one), with a person and a speech verb beside the reported clause.
 */
export function indirectMisattributions(draft: DraftAnalysis, index: SourceIndex): IndirectMisattribution[] {
  return draft.sentences.flatMap((s) => misattributedReports(s, index));
}

/** The same for one sentence: what its claim is contradicted by, too. */
export function misattributedReports(s: DraftSentence, index: SourceIndex): IndirectMisattribution[] {
  const found: IndirectMisattribution[] = [];
  const text = s.facts.text;
  if (/[„“”"«»]/u.test(text)) return found;
  for (const person of s.facts.names.filter((n) => n.entry.kind === 'person')) {
    const reported = reportedClause(text, person);
    if (!reported) continue;
    const source = quotationReported(reported, index);
    const real = source?.speaker?.mention?.entry;
    if (!source || !real || real.kind !== 'person' || real === person.entry) continue;
    found.push({ start: s.sentence.offsets[person.start], end: s.sentence.offsets[person.end - 1] + 1, written: person.text, real, source });
  }
  return found;
}

/** What the person is reported to have said: the clause after "X sagte," or before ", sagte X". */
function reportedClause(text: string, person: NameMention): string | undefined {
  const after = SPEAKER_THEN_VERB.exec(text.slice(person.end));
  if (after) return text.slice(person.end + after[0].length);
  const before = VERB_THEN_SPEAKER.exec(text.slice(0, person.start));
  if (!before) return undefined;
  const title = before[1].trim().split(/\s+/u).filter(Boolean);
  if (title.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || TITLE_BREAKS.has(w.toLowerCase()))) return undefined;
  return text.slice(0, before.index);
}

function quotationReported(clause: string, index: SourceIndex): SourceQuotation | undefined {
  const words = quoteWords(clause).words;
  const content = new Set(words.filter((w) => !FUNCTION_WORDS.has(w)));
  if (content.size < MIN_CONTENT) return undefined;
  const lookup = quotationLookupOf(index);
  let best: { source: SourceQuotation; share: number } | undefined;
  for (const position of quotationsThatMayHold(lookup, words, 0.3)) {
    const source = lookup.at(position);
    if (!source) continue;
    const said = [...new Set(source.words.words.filter((w) => !FUNCTION_WORDS.has(w)))];
    const common = said.filter((w) => content.has(w)).length;
    // A report may give all of a quotation or only part of it: the shorter side sets the share.
    const share = common / Math.min(said.length, content.size);
    if (common < MIN_CONTENT || share < SAME_CONTENT || (best && share <= best.share)) continue;
    best = { source, share };
  }
  return best?.source;
}
