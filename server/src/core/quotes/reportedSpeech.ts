import type { DraftAnalysis, DraftSentence } from '../analysis/draft';
import type { SourceIndex, SourceSentence } from '../sources/sourceIndex';
import type { NameEntry, NameMention, Span } from '../types';
import { keptWords, keysOf, type Kept } from './keptWords';
import { NEGATION } from '../text/negation';
import { ASKING, DISPUTING, DISPUTING_OR_SHARING, GIVES_TO_CONSIDER, HANDING_ON, REPORTED_MOOD, REPORTING_AUXILIARY, SPEAKER_GAP_WORDS, SPEECH_PARTICIPLE, SPEECH_VERB, SPOKEN_PARTICLES, TOLD_TO_SPEAKER, WORKPLACE_PREPOSITIONS } from './speechVerbs';
import { isPersonTitle } from '../names/kindEvidence';
import { quotationLookupOf } from './quotationWords';

/**
 * Reported speech names a speaker as a quotation does, without quotation marks: „X sagte, dass …“, „Laut X …“, „…,
 * sagte X“, "X said (that) …", "according to X, …". What it reports is the speaker's claim, and the source may give
 * that claim to someone else („Laut Zihan Wang … zwangen die Exportbeschränkungen das Unternehmen zu innovativen
 * Lösungen“ against „Dimitris Papailiopoulos sagte, dass die Exportbeschränkungen das Unternehmen zu innovativen
 * Lösungen gezwungen hätten“).
 */
export interface ReportedStatement {
  speaker: NameMention;
  /** What is reported, as the words a translation keeps. */
  words: Kept[];
  /** Where what is reported starts, when a colon's clause before it names the speaker („Cao widersprach: …“). */
  afterColon?: number;
}

/** A person speaking in reported speech, and what they are reported to say: undefined where the sentence has no such frame. */
export function reportedStatement(text: string, names: readonly NameMention[]): ReportedStatement | undefined {
  // A quotation has its own speaker (quotes/attributeSpeaker.ts).
  if (QUOTATION_MARK.test(text)) return undefined;
  for (const speaker of names) {
    if (speaker.entry.kind !== 'person') continue;
    // „Cao widersprach in einem Punkt: …“: the colon ends the frame, whose words („Punkt“) are not what is reported.
    const afterColon = saidAfterColon(text, speaker, names);
    const reportedAfterColon = afterColon === undefined ? undefined : statement(speaker, afterColon);
    if (reportedAfterColon) return { ...reportedAfterColon, afterColon: text.length - afterColon!.length };
    const after = text.slice(speaker.end);
    const said = SAID_AFTER_SPEAKER.exec(after);
    // "…, Zihan Wang, who said …": a relative clause names its speaker wherever the name stands in the sentence.
    if (said && (said[1] !== undefined || SPEAKER_LEAD.test(afterLabel(text.slice(0, speaker.start))))) return statement(speaker, text.slice(speaker.end + said[0].length));
    const apposition = APPOSITION.exec(after)?.[0].length ?? 0;
    if (CREDITED_BEFORE.test(text.slice(0, speaker.start))) return statement(speaker, text.slice(0, speaker.start).replace(CREDITED_BEFORE, ' ') + text.slice(speaker.end + apposition));
    if (CREDITED_AFTER.test(after)) return statement(speaker, text.slice(0, speaker.start) + after.replace(CREDITED_AFTER, ' '));
    // „…, wie Branchenexperte Chetan Puttagunta zu Bedenken gibt.“, "…, as Carnegie analyst Matt Sheehan warns.": the
    // frame after the statement, the speaker inside it, its verb last.
    const asFrame = AS_SPEAKER_BEFORE.exec(text.slice(0, speaker.start));
    if (asFrame && AS_SPEAKER_VERB_ENDS.test(after)) return statement(speaker, text.slice(0, asFrame.index));
    const frame = SAID_BEFORE_SPEAKER.exec(text.slice(0, speaker.start));
    if (frame && SPEAKER_TAIL.test(after)) return statement(speaker, text.slice(0, frame.index));
  }
  return undefined;
}

/**
 * „Am Ende fasste Sheehan seine Sicht zusammen: Das Team habe …“, "Sheehan said: the export controls …": a short
 * clause whose one person is the speaker, then a colon, and what follows is what that person said, where it is told
 * in the mood of reported speech or the clause has a verb of saying. A question put to the person („Die Moderatorin
 * fragte Cao: …“) is not the person's claim, nor are words the person cites or is told, or another person in the clause says.
 */
function saidAfterColon(text: string, speaker: NameMention, names: readonly NameMention[]): string | undefined {
  const colon = text.indexOf(':', speaker.end);
  if (colon < 0) return undefined;
  const lead = afterLabel(text.slice(0, speaker.start));
  const clause = lead + text.slice(speaker.start, colon);
  if (wordCount(lead) > FRAME_WORDS_BEFORE || wordCount(text.slice(speaker.end, colon)) > FRAME_WORDS_AFTER || ASKING.test(clause)) return undefined;
  const clauseStart = speaker.start - lead.length;
  if (names.some((n) => n !== speaker && n.entry.kind === 'person' && n.start >= clauseStart && n.start < colon)) return undefined;
  if (HANDING_ON.test(clause) || TOLD_TO_SPEAKER.test(clause) || namesAnotherPerson(lead, text.slice(speaker.end, colon))) return undefined;
  const reported = text.slice(colon + 1);
  return REPORTED_MOOD.test(reported) || SAID_IN_CLAUSE.test(clause) ? reported : undefined;
}

/**
 * An unnamed person in the clause besides its speaker („einen früheren Mitarbeiter“, "an engineer"), who may be the one
 * whose words follow. The speaker's own title right before the name („Carnegie-Analyst Matt Sheehan“) is no other person.
 */
function namesAnotherPerson(lead: string, afterSpeaker: string): boolean {
  const before = lead.match(/[\p{L}\d-]+/gu) ?? [];
  const after = afterSpeaker.match(/[\p{L}\d-]+/gu) ?? [];
  return [...before.slice(0, -1), ...after].some(isPersonTitle);
}

/** The words a colon's clause has before its speaker („Am Ende des Gesprächs fasste“) and after („seine Sicht zusammen“). */
const FRAME_WORDS_BEFORE = 6;
const FRAME_WORDS_AFTER = 6;
const wordCount = (text: string) => text.match(/[\p{L}\d]+/gu)?.length ?? 0;

/** What follows the last colon: the words after a speaker label („TOBIAS:“) or a lead-in. */
function afterLabel(lead: string): string {
  return lead.slice(lead.lastIndexOf(':') + 1);
}

function statement(speaker: NameMention, reported: string): ReportedStatement | undefined {
  const words = keptWords(reported);
  return words.length >= MIN_WORDS ? { speaker, words } : undefined;
}

/** A statement is the source's when this many of its words, and this share of them, are the source statement's. */
const MIN_WORDS = 4;
const MIN_SHARE = 0.6;

const QUOTATION_MARK = /["„“”«»‚‘’]/u;
const SAID_VERB = SPEECH_VERB.replace(/\|so\|/, '|');
const SAID_IN_CLAUSE = new RegExp(String.raw`(?<![\p{L}])${SAID_VERB}(?![\p{L}])`, 'iu');
/** Where the speaker works, between the name and the verb: „von der Tufts University“, "of the Microsoft AI Frontiers Lab"; no second person („und X“). */
const WORKPLACE = String.raw`\s+${WORKPLACE_PREPOSITIONS}(?:\s+(?!(?:und|and|oder|or)(?![\p{L}]))[\p{L}\d.&'’-]+){1,8}?`;
/** A perfect tense's auxiliary, adverbs and particles before the verb: „hat ja gesagt“, "also argues", "has since said". */
const BEFORE_VERB = String.raw`(?:\s+${REPORTING_AUXILIARY})?(?:\s+(?:${[...SPEAKER_GAP_WORDS, ...SPOKEN_PARTICLES].join('|')})){0,2}`;
/**
 * "X sagte, dass …", "X said that …", "X sagte, die Kosten lägen …", "X, ein Analyst, erklärte, …", „X von der Tufts
 * University hat ja gesagt, …“, "X also argues that …", "X of the Lab, who said …" (the relative pronoun is group 1).
 */
const SAID_AFTER_SPEAKER = new RegExp(String.raw`^(?:\s*,[^,.;:!?]{1,100},|${WORKPLACE})?(?:\s*,\s*(who|der|die)(?![\p{L}]))?${BEFORE_VERB}\s+(?:${SAID_VERB}|${SPEECH_PARTICIPLE}|${GIVES_TO_CONSIDER})(?:\s+(?:am|on|in|bei|at|im|vor|before|gestern|yesterday|heute|today|später|later|\p{Lu}\p{L}+|\d+\.?)){0,3}\s*(?:,\s*(?:dass\s+)?|\s+(?:that|dass)\s+|\s+(?=\p{L}))`, 'u');
/**
 * Before the speaker of "X sagte, …", after a colon that ends a transcript's speaker label („TOBIAS: Cao hat ja
 * gesagt, …“) or a lead-in: nothing, or whose the speaker is ("Microsoft's", "Carnegie analyst").
 */
const SPEAKER_LEAD = /^\s*(?:\p{Lu}[\p{L}\d.&-]*(?:['’]s)?\s+){0,3}(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/** After the speaker of "…, sagte X": nothing, an apposition, or where the speaker works („von der Tufts University“). */
const SPEAKER_TAIL = new RegExp(String.raw`^\s*(?:[(,][^.;!?]{0,80}|\s${WORKPLACE_PREPOSITIONS}\s[^.;!?]{0,80})?[.!?]?\s*$`, 'u');
/** „Laut X“, "according to X", after a comma or at the start. */
const CREDITED_BEFORE = /(?:^|[,;:]\s*|\s)(?:[Ll]aut|[Aa]ccording\s+to)\s+$/u;
/** „X zufolge“. */
const CREDITED_AFTER = /^\s+zufolge(?![\p{L}])/u;
/** The apposition after „Laut Zihan Wang, einem ehemaligen DeepSeek-Mitarbeiter …,“. */
const APPOSITION = /^\s*,[^,.;:!?]{1,150},/u;
/** „…, sagte X.“, "…, X said." (the latter read by SAID_AFTER_SPEAKER's verb after the name), "…, said X". */
const SAID_BEFORE_SPEAKER = new RegExp(String.raw`,\s*${SAID_VERB}\s+(?:(?:der|die|the)\s+)?(?:[\p{L}-]+\s+){0,4}$`, 'u');

const AS_SPEAKER_BEFORE = /,\s*(?:wie|as)\s+(?:(?:der|die|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
const AS_SPEAKER_VERB_ENDS = new RegExp(String.raw`^(?:\s+(?:${SAID_VERB}|${GIVES_TO_CONSIDER}))(?:\s+(?:hat|hatte|has|had))?\s*[.!?]?\s*$`, 'u');

/**
 * "Dimitris Papailiopoulos sagte, dass …" where the source statement that says the same names another person: the
 * draft's speaker, the source's, and the source sentence. Never where the source gives the claim to the draft's
 * speaker too, nor where no source statement says it.
 */
export function misreportedSpeech(draft: DraftAnalysis, index: SourceIndex): MisreportedSpeech[] {
  return draft.sentences.flatMap((s) => misreportedStatement(s, index) ?? []);
}

export interface MisreportedSpeech extends Span {
  written: string;
  real: NameEntry;
  source: SourceSentence;
}

/** `misreportedSpeech` of one sentence: a claim given to the wrong speaker is a contradicted claim too (claims/claims.ts). */
export function misreportedStatement(s: DraftSentence, index: SourceIndex): MisreportedSpeech | undefined {
  // Asked twice a sentence, by its claim and by the rule: read once.
  const known = misreported.get(s);
  if (known?.index === index) return known.found;
  const found = readMisreported(s, index);
  misreported.set(s, { index, found });
  return found;
}

const misreported = new WeakMap<DraftSentence, { index: SourceIndex; found: MisreportedSpeech | undefined }>();

function readMisreported(s: DraftSentence, index: SourceIndex): MisreportedSpeech | undefined {
  const drafted = reportedStatement(s.facts.text, s.facts.names);
  if (!drafted || s.retracted?.some((r) => r.start <= drafted.speaker.start && drafted.speaker.end <= r.end)) return undefined;
  // A speaker who disputes or shares another's claim does not claim it; nor does one who is said to deny it. What
  // follows a colon after the dispute („Cao widersprach: Die Rechenzeit sei …“) is the speaker's own counter-claim.
  if (DISPUTING_OR_SHARING.test(s.facts.text) && !ownClaimAfterDispute(s.facts.text, drafted.afterColon)) return undefined;
  const denied = NEGATION.test(s.facts.text);
  const saying = [...statementsOf(index), ...quotedSaying(index, drafted.words)].filter((st) => says(st.keys, drafted.words) && st.denied === denied);
  // A quotation read from a set's file has its own copy of its speaker's entry: the name is the speaker.
  const speaker = drafted.speaker.entry.canonical;
  if (saying.length === 0 || saying.some((st) => st.speaker.canonical === speaker)) return undefined;
  const real = saying[0];
  if (saying.some((st) => st.speaker.canonical !== real.speaker.canonical)) return undefined;
  const { start, end } = drafted.speaker;
  return { start: s.sentence.offsets[start], end: s.sentence.offsets[end - 1] + 1, written: drafted.speaker.text, real: real.speaker, source: real.at };
}

function ownClaimAfterDispute(text: string, afterColon: number | undefined): boolean {
  if (afterColon === undefined) return false;
  const [frame, reported] = [text.slice(0, afterColon), text.slice(afterColon)];
  return DISPUTING.test(frame) && !DISPUTING_OR_SHARING.test(frame.replace(DISPUTING, ' ')) && !DISPUTING_OR_SHARING.test(reported);
}

function says(keys: Set<string>, words: Kept[]): boolean {
  const held = words.filter((w) => keysOf(w).some((k) => keys.has(k))).length;
  return held >= MIN_WORDS && held >= MIN_SHARE * words.length;
}

interface SourceStatement {
  speaker: NameEntry;
  keys: Set<string>;
  at: SourceSentence;
  /**
   * The statement denies what it says. A quotation's own words decide, not its sentence's: the sentence splitter ends
   * „… Technologien. Die Kostenvorteile sind interessant, aber keine Revolution“ at its first full stop.
   */
  denied: boolean;
}

// Read once per index, and only when a draft reports speech.
const statements = new WeakMap<SourceIndex, SourceStatement[]>();
function statementsOf(index: SourceIndex): SourceStatement[] {
  let found = statements.get(index);
  if (!found) {
    found = [];
    for (const at of index.sentences) {
      const st = reportedStatement(at.sentence.text, at.facts.names) ?? quotedStatement(at);
      if (st) found.push({ speaker: st.speaker.entry, keys: new Set(st.words.flatMap(keysOf)), at, denied: NEGATION.test(at.sentence.text) });
    }
    statements.set(index, found);
  }
  return found;
}

/**
 * The source quotations, of a named person, that hold enough of the reported words to say the same: also those whose
 * speaker precedes them („Papailiopoulos … zeigt sich überrascht: "DeepSeek konzentrierte sich …"“), as the quotation's
 * speaker was read. Found by the words' keys, each quotation counted once per reported word that one of its keys names,
 * not by reading every quotation of every source.
 */
function quotedSaying(index: SourceIndex, words: Kept[]): SourceStatement[] {
  const lookup = quotationLookupOf(index);
  const held = new Map<number, number>();
  for (const word of words) {
    const positions = new Set<number>();
    for (const key of keysOf(word)) {
      const list = lookup.withKey(key);
      if (list) for (let i = 0; i < list.length; i++) positions.add(list[i]);
    }
    for (const p of positions) held.set(p, (held.get(p) ?? 0) + 1);
  }
  const found: SourceStatement[] = [];
  for (const [position, count] of held) {
    if (count < MIN_WORDS || count < MIN_SHARE * words.length) continue;
    const quotation = lookup.at(position);
    const speaker = quotation?.speaker?.mention?.entry;
    if (quotation && speaker?.kind === 'person') found.push({ speaker, keys: new Set(keptWords(quotation.text).flatMap(keysOf)), at: quotation.at, denied: deniedWhereReported(quotation.text, words) });
  }
  return found;
}

/**
 * „DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind interessant, aber keine Revolution“: a quotation of
 * two sentences may deny in one of them only. The sentences the report renders decide (at least half of a sentence's
 * words held by the report's): „Laut X verwendet DeepSeek bekannte Technologien“ reports the first, which denies nothing,
 * and "… its cost advantages were interesting but no revolution" the second, which does. Where no sentence is rendered so
 * far, the one with most of the report's words decides.
 */
function deniedWhereReported(quotation: string, words: Kept[]): boolean {
  const sentences = quotation.split(QUOTED_SENTENCE_BREAK).map((text) => {
    const keys = new Set(keptWords(text).flatMap(keysOf));
    return { text, size: keys.size, held: words.filter((w) => keysOf(w).some((k) => keys.has(k))).length };
  });
  const rendered = sentences.filter((st) => st.held > 0 && st.held >= st.size / 2);
  const deciding = rendered.length > 0 ? rendered : [sentences.reduce((best, st) => (st.held > best.held ? st : best))];
  return deciding.some((st) => NEGATION.test(st.text));
}

const QUOTED_SENTENCE_BREAK = /(?<=[.!?…])\s+(?=[\p{Lu}\d„"“‚‘'])/u;

/** Between a quotation and its speaker: „", sagt “, "", said ". */
const SAID_AFTER_QUOTATION = new RegExp(String.raw`^[,.]?\s*,?\s*${SAID_VERB}\s+$`, 'u');

/** „"…", sagt Wang“: a source quotation's words are its speaker's claim, reported or not. */
function quotedStatement(at: SourceSentence): ReportedStatement | undefined {
  const text = at.sentence.text;
  const close = Math.max(text.lastIndexOf('"'), text.lastIndexOf('“'), text.lastIndexOf('”'));
  if (close < 0) return undefined;
  for (const speaker of at.facts.names) {
    if (speaker.entry.kind !== 'person' || speaker.start <= close) continue;
    if (SAID_AFTER_QUOTATION.test(text.slice(close + 1, speaker.start))) return statement(speaker, text.slice(0, close));
  }
  return undefined;
}
