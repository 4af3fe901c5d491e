import type { NameMention } from '../types';
import { REPORT_VERB, SPEECH_VERB, SUBJECT_PRONOUN } from './speechVerbs';

/**
 * Whether a company or an outlet named before a quotation in its sentence is the one who says it. A person named there
 * speaks by being named („Sheehan: „…““ aside); a company is more often what the quotation is about: "On DeepSeek he
 * said: "…"", "In his view, DeepSeek "was not the 'chosen one'"", „(DeepSeek war nicht der „Auserwählte“)“. It speaks
 * where the sentence says so: a verb of saying or reporting right before it („schreibt DeepSeek: …“, „so Reuters: …“),
 * a colon or a dash right after it („DeepSeek: „…““), or such a verb between it and the quotation with no pronoun there
 * for another subject („DeepSeek beschreibt auf seiner Website: …“, "DeepSeek said: …"; not "DeepSeek, he said: …").
 */
export function organisationSpeaks(text: string, organisation: NameMention, sentenceStart: number, quoteStart: number): boolean {
  if (VERB_BEFORE.test(text.slice(sentenceStart, organisation.start))) return true;
  const between = text.slice(organisation.end, quoteStart);
  if (LABEL_AFTER.test(between)) return true;
  // German puts the pronoun after the verb („Über DeepSeek sagte er: …“): no pronoun anywhere in between.
  return SAYING_IN_BETWEEN.test(between) && !OTHER_SUBJECT.test(between);
}

const VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB}|${REPORT_VERB})\s+(?:(?:der|die|das|the)\s+)?$`, 'iu');
/** „DeepSeek: „…““, "DeepSeek – "…"", "DeepSeek's website: "…"": the name as the label of what follows. */
const LABEL_AFTER = /^(?:['’]s?\s+[\p{L}-]+)?\s*[:—–]\s*$/u;
const SAYING_IN_BETWEEN = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB}|${REPORT_VERB})(?![\p{L}])`, 'iu');
const OTHER_SUBJECT = new RegExp(String.raw`(?<![\p{L}])${SUBJECT_PRONOUN}(?![\p{L}])`, 'iu');
