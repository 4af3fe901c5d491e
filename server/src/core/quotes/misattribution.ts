import type { DraftQuotation } from '../analysis/draft';
import type { NameEntry } from '../types';
import { isOutlet } from './creditedOutlet';
import { NAMING_PARTICIPLE, PUT_IT, REPORTING_AUXILIARY, WORKPLACE_PREPOSITIONS } from './speechVerbs';

/** Who the source says spoke, when the draft names someone else: a known name, or the source's unnamed speaker. */
export type Misattribution = { real: NameEntry } | { unnamed: string };

/**
 * Whether the draft names another speaker for a quotation than the source does, and who the source names. A quotation
 * of one or two words („Sputnik-Moment“) is as often a scare quote as a quote: it is someone's only where the draft
 * says so right before it ("Donald Trump sprach von einem …", "X called it a …").
 */
export function misattribution(q: DraftQuotation, text: string): Misattribution | undefined {
  const drafted = q.speaker?.mention?.entry;
  const source = q.match?.source.speaker;
  if (!drafted || !source) return undefined;
  // A speaker after the quotation was read from a speech verb or a relative clause ("…, von dem X sprach").
  const between = text.slice(q.speaker!.span.end, q.start);
  const saidBefore = q.speaker!.span.end <= q.start && (SAID_SHORTLY.test(between) || (AS_THEY_PUT_IT.test(between) && AS_BEFORE_SPEAKER.test(text.slice(Math.max(0, q.speaker!.span.start - 40), q.speaker!.span.start))) || SAID_AFTER_COLON.test(between) || (PERFECT_BEGUN.test(between) && PERFECT_ENDED.test(text.slice(q.end, q.end + 30))));
  // A translation was matched by the words of its sentence too: what it says is the speaker's, however short.
  if (q.words.words.length < 3 && q.speaker!.span.start < q.end && !saidBefore && !q.match!.translated) return undefined;
  const real = source.mention?.entry;
  if (real) return real === drafted ? undefined : { real };
  // The source names no one ("ein DeepSeek-Ingenieur", "das Unternehmen"): a named person, or an outlet that would have
  // written the words itself, is a claim it does not make.
  return drafted.kind === 'person' || isOutlet(drafted.canonical) ? { unnamed: source.text } : undefined;
}

/**
 * "X sprach von …", "X, again, called it …", "X had called it …": a speech verb right after the speaker (after its
 * auxiliary in a perfect tense), or after a short aside.
 */
const ASIDE = String.raw`(?:\s*,\s*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*,)?`;
// "Matt Sheehan of the Carnegie Endowment went further and called it …": an affiliation, and a first verb joined by "and".
const OF_WORKPLACE = String.raw`(?:\s+${WORKPLACE_PREPOSITIONS}\s+(?:(?:the|dem|der)\s+)?(?:\p{Lu}[\p{L}&-]*\s*){1,3})?`;
const FIRST_VERB_AND = String.raw`(?:\s+(?:[\p{Ll}-]+\s+){1,3}(?:and|und))?`;
const SAID_SHORTLY = new RegExp(String.raw`^${ASIDE}${OF_WORKPLACE}${FIRST_VERB_AND}\s+(?:${REPORTING_AUXILIARY}\s+)?(?:sprach|spricht|redete|redet|nannte|nennt|prägte|warnte|spoke|spoken|speaks|talked|talks|called|calls|coined|warned)\s+(?:[\p{L}-]+\s+){0,4}$`, 'u');

/** "As Stacy Rasgon put it, this was a "…"", „Wie Rasgon es formulierte, war das ein „…““: a frame of saying before the words. */
const AS_BEFORE_SPEAKER = /(?:^|[\s(*_])(?:as|wie)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const AS_THEY_PUT_IT = new RegExp(String.raw`^\s+${PUT_IT}\s*,\s+(?:[\p{L}-]+\s+){0,6}$`, 'iu');

/** „X habe das Ganze einen „…“ genannt“: German puts the participle after the quotation, the auxiliary before it. */
const PERFECT_BEGUN = new RegExp(String.raw`^${ASIDE}\s+${REPORTING_AUXILIARY}\s+(?:[\p{L}-]+\s+){0,4}$`, 'u');
const PERFECT_ENDED = new RegExp(String.raw`^(?:\s+[\p{L}-]+){0,2}\s+${NAMING_PARTICIPLE}(?![\p{L}])`, 'u');

/** "- Donald Trump: „Sputnik-Moment“", "Marc Andreessen, investor: a „…“": the speaker, a colon, the words. */
const SAID_AFTER_COLON = /^\s*(?:[,(][^:.;!?]{0,60})?:\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** The real speaker written the way the draft wrote the wrong one: a surname for a surname, the full name otherwise. */
export function sameForm(written: string, drafted: NameEntry, real: NameEntry): string {
  if (written.replace(/\s+/g, ' ') === drafted.canonical || real.kind !== 'person') return real.canonical;
  const surname = real.aliases.find((a) => !a.includes(' ') && real.canonical.endsWith(a)) ?? real.aliases.find((a) => !a.includes(' '));
  return surname ?? real.canonical;
}
