import type { ClaimStatus, NameKind } from '../types';
import { countOf } from './plural';

export type Locale = 'en' | 'de';

/** Every text a user reads from the core, in English and German; the LSP client's locale picks one. */
export interface Messages {
  locale: Locale;
  /** How a figure was read, in a hover: who · what · when: value. */
  readAs(fact: string): string;
  /** On a figure the draft reports as someone's error or a claim under review (claims/retractions.ts). */
  retracted: string;
  figureContradicts(draft: string, source: string): string;
  /** "more than a week" where the source's span is one week: wrong only by the bound, not by the number. */
  spanAtItsBound(draft: string, bound: 'upper' | 'lower', source: string): string;
  figureDirection(draft: string, draftRose: boolean, sourceRose: boolean, source: string): string;
  figureIsPoints(draft: string, source: string): string;
  figureIsPercent(draft: string, source: string): string;
  figureCurrency(draft: string, source: string): string;
  scaleMismatch(draft: string, source: string, scale: number): string;
  dateContradicts(draft: string, source: string): string;
  draftInconsistency(later: string, earlier: string): string;
  /** A date and the weekday the draft gives it: "On Tuesday, 27 January 2025". */
  wrongWeekday(date: string, written: string, right: string): string;
  earlier(sentence: string): string;
  /** The note on the date of a weekday finding: the date sits in the same sentence, so "Earlier:" would be wrong. */
  dateOfWeekday(date: string, right: string): string;
  unsourcedFigure(figure: string): string;
  sourceConflict(titleA: string, a: string, titleB: string, b: string): string;
  /** `quoted` carries its quotation marks, in the draft's language. */
  quoteMismatch(quoted: string, speaker: string | undefined): string;
  misattributed(real: string, written: string): string;
  notAttributed(written: string, source: string): string;
  misreported(real: string, written: string): string;
  misattributedStatement(real: string, written: string): string;
  nameSpelling(written: string, known: string): string;
  fixReplace(text: string): string;
  fixQuote: string;
  fixAttribute(name: string): string;
  fixSpelling(name: string): string;
  /** Code action titles: a glossary entry in `.newsproof.json`, a suppression comment. */
  acceptSpelling(written: string, known: string): string;
  addName(written: string): string;
  suppress(code: string): string;
  hoverSupported: string;
  hoverSourceSays(source: string): string;
  hoverNoSource: string;
  hoverMore(count: number): string;
  claim: string;
  claimStatus: Record<ClaimStatus, string>;
  quotation: string;
  quotationBy(speaker: string): string;
  quotedVerbatim: string;
  quotedDifferently: string;
  quotedInTranslation: string;
  nameKind: Record<NameKind, string>;
  /** A check that ran out of time: from `line` (one-based) on, `lines` lines were not checked. */
  checkBudget(seconds: number, line: number, lines: number): string;
}

const SCALES_EN: Record<number, string> = {
  0: 'no scale word', 3: '10³: thousand, Tausend', 6: '10⁶: million, Million', 9: '10⁹: English billion, German Milliarde',
  12: '10¹²: English trillion, German Billion', 15: '10¹⁵: quadrillion, Billiarde',
};
const SCALES_DE: Record<number, string> = {
  0: 'kein Größenwort', 3: '10³: Tausend, thousand', 6: '10⁶: Million, million', 9: '10⁹: Milliarde, englisch billion',
  12: '10¹²: Billion, englisch trillion', 15: '10¹⁵: Billiarde, quadrillion',
};

/** Titles of the quick fixes that suppress a finding in a whole block or file (suppression/suppressionEdits.ts). */
export type SuppressionTitleScope = 'table' | 'list' | 'blockQuote' | 'paragraph' | 'block' | 'file';
const SUPPRESSION_TITLES: Record<Locale, Record<SuppressionTitleScope, (code: string) => string>> = {
  en: {
    table: (code) => `Suppress ${code} in this table`,
    list: (code) => `Suppress ${code} in this list`,
    blockQuote: (code) => `Suppress ${code} in this block quote`,
    paragraph: (code) => `Suppress ${code} in this paragraph`,
    block: (code) => `Suppress ${code} in this block`,
    file: (code) => `Suppress ${code} in this file`,
  },
  de: {
    table: (code) => `${code} in dieser Tabelle unterdrücken`,
    list: (code) => `${code} in dieser Liste unterdrücken`,
    blockQuote: (code) => `${code} in diesem Zitatblock unterdrücken`,
    paragraph: (code) => `${code} in diesem Absatz unterdrücken`,
    block: (code) => `${code} in diesem Block unterdrücken`,
    file: (code) => `${code} in dieser Datei unterdrücken`,
  },
};
export function suppressionTitle(locale: string | undefined, scope: SuppressionTitleScope, code: string): string {
  return SUPPRESSION_TITLES[messagesFor(locale).locale][scope](code);
}

const en: Messages = {
  figureContradicts: (d, s) => `${d} contradicts the source, which says ${s}.`,
  spanAtItsBound: (d, bound, s) => `${d}: the source's span is itself ${s}, not ${bound === 'lower' ? 'more' : 'less'}.`,
  figureDirection: (d, dRose, sRose, s) => `${d} says it ${dRose ? 'rose' : 'fell'}, but the source says it ${sRose ? 'rose' : 'fell'}: ${s}.`,
  figureIsPoints: (d, s) => `${d} is a difference in percentage points, not percent: ${s}.`,
  figureIsPercent: (d, s) => `${d} is in percentage points, but the source says percent: ${s}.`,
  figureCurrency: (d, s) => `${d} is in another currency than the source, which says ${s}.`,
  scaleMismatch: (d, s, scale) => `${d} has the right digits but the wrong scale: the source says ${s} (${SCALES_EN[scale] ?? `10^${scale}`}).`,
  dateContradicts: (d, s) => `${d} contradicts the source, which gives ${s}.`,
  draftInconsistency: (later, earlier) => `${later} contradicts ${earlier} earlier in this draft.`,
  wrongWeekday: (date, written, right) => `${date} falls on a ${right}, not a ${written}.`,
  earlier: (sentence) => `Earlier: ${sentence}`,
  dateOfWeekday: (date, right) => `The date: ${date}, a ${right}.`,
  unsourcedFigure: (f) => `No source states ${f}.`,
  sourceConflict: (ta, a, tb, b) => `The sources disagree: “${ta}” says ${a}, “${tb}” says ${b}.`,
  quoteMismatch: (q, speaker) => `The quotation differs from the source, which reads ${q}${speaker ? ` (${speaker})` : ''}.`,
  misattributed: (real, written) => `The source attributes this quotation to ${real}, not ${written}.`,
  notAttributed: (written, source) => `The source does not attribute this quotation to ${written}: it says ${source}.`,
  misreported: (real, written) => `The source credits this report to ${real}, not ${written}.`,
  misattributedStatement: (real, written) => `The source attributes this statement to ${real}, not ${written}.`,
  nameSpelling: (w, known) => `${w} is not how the sources spell it: ${known}.`,
  fixReplace: (t) => `Replace with ${t}`,
  fixQuote: "Quote the source's wording",
  fixAttribute: (n) => `Attribute it to ${n}`,
  fixSpelling: (n) => `Change to ${n}`,
  acceptSpelling: (written, known) => `Accept “${written}” as a spelling of ${known} (glossary)`,
  addName: (written) => `Add “${written}” to the glossary as a name of its own`,
  suppress: (code) => `Suppress ${code} on this line`,
  locale: 'en',
  readAs: (f) => `Read as: ${f}`,
  retracted: 'The draft reports this value as an error or a claim under review, so it gets no finding.',
  hoverSupported: 'supported by the sources',
  hoverSourceSays: (s) => `the source says **${s}**`,
  hoverNoSource: 'no source states this figure.',
  hoverMore: (n) => `*…and ${countOf(n, { one: 'more source sentence', other: 'more source sentences' }, 'en')}.*`,
  claim: 'Claim',
  claimStatus: { supported: 'supported by the sources', contradicted: 'contradicted by the sources', unsourced: 'no source says this' },
  quotation: 'Quotation',
  quotationBy: (s) => ` by **${s}**`,
  quotedVerbatim: 'quoted as the source has it',
  quotedDifferently: 'worded differently from the source',
  quotedInTranslation: 'translated from the source',
  nameKind: { person: 'person', organisation: 'organisation', model: 'AI model', chip: 'chip', place: 'place', other: 'name' },
  checkBudget: (seconds, line, lines) =>
    `Newsproof stopped here: checking this draft takes longer than ${seconds} s, so the last ${lines.toLocaleString('en-US')} line${lines === 1 ? '' : 's'} (from line ${line.toLocaleString('en-US')}) ${lines === 1 ? 'was' : 'were'} not checked. Split the draft, or check it in full with the CLI (npx newsproof check).`,
};

const de: Messages = {
  figureContradicts: (d, s) => `${d} widerspricht der Quelle, dort steht ${s}.`,
  spanAtItsBound: (d, bound, s) => `${d}: Die Spanne der Quelle ist selbst ${s}, nicht ${bound === 'lower' ? 'mehr' : 'weniger'}.`,
  figureDirection: (d, dRose, sRose, s) => `${d}: Laut Entwurf ${dRose ? 'gestiegen' : 'gefallen'}, laut Quelle ${sRose ? 'gestiegen' : 'gefallen'}: ${s}.`,
  figureIsPoints: (d, s) => `${d} ist eine Differenz in Prozentpunkten, nicht in Prozent: ${s}.`,
  figureIsPercent: (d, s) => `${d} steht in Prozentpunkten, die Quelle nennt Prozent: ${s}.`,
  figureCurrency: (d, s) => `${d} nennt eine andere Währung als die Quelle, dort steht ${s}.`,
  scaleMismatch: (d, s, scale) => `${d} hat die richtigen Ziffern, aber die falsche Größenordnung: Die Quelle nennt ${s} (${SCALES_DE[scale] ?? `10^${scale}`}).`,
  dateContradicts: (d, s) => `${d} widerspricht der Quelle, dort steht ${s}.`,
  draftInconsistency: (later, earlier) => `${later} widerspricht ${earlier} weiter oben in diesem Entwurf.`,
  wrongWeekday: (date, written, right) => `Der ${date} ist ein ${right}, kein ${written}.`,
  earlier: (sentence) => `Weiter oben: ${sentence}`,
  dateOfWeekday: (date, right) => `Das Datum: ${date}, ein ${right}.`,
  unsourcedFigure: (f) => `Keine Quelle nennt ${f}.`,
  sourceConflict: (ta, a, tb, b) => `Die Quellen widersprechen sich: „${ta}“ nennt ${a}, „${tb}“ nennt ${b}.`,
  quoteMismatch: (q, speaker) => `Das Zitat weicht von der Quelle ab, dort heißt es ${q}${speaker ? ` (${speaker})` : ''}.`,
  misattributed: (real, written) => `Die Quelle schreibt dieses Zitat ${real} zu, nicht ${written}.`,
  notAttributed: (written, source) => `Die Quelle schreibt dieses Zitat nicht ${written} zu, sondern: ${source}.`,
  misreported: (real, written) => `Die Quelle nennt ${real} als Urheber dieser Meldung, nicht ${written}.`,
  misattributedStatement: (real, written) => `Die Quelle schreibt diese Aussage ${real} zu, nicht ${written}.`,
  nameSpelling: (w, known) => `${w} schreiben die Quellen anders: ${known}.`,
  fixReplace: (t) => `Ersetzen durch ${t}`,
  fixQuote: 'Wortlaut der Quelle übernehmen',
  fixAttribute: (n) => `${n} zuschreiben`,
  fixSpelling: (n) => `Ändern in ${n}`,
  acceptSpelling: (written, known) => `„${written}“ als Schreibweise von ${known} ins Glossar aufnehmen`,
  addName: (written) => `„${written}“ als eigenen Namen ins Glossar aufnehmen`,
  suppress: (code) => `${code} für diese Zeile unterdrücken`,
  locale: 'de',
  readAs: (f) => `Gelesen als: ${f}`,
  retracted: 'Der Entwurf gibt diesen Wert als Fehler oder als zu prüfende Behauptung wieder; er bekommt keinen Befund.',
  hoverSupported: 'durch die Quellen belegt',
  hoverSourceSays: (s) => `die Quelle nennt **${s}**`,
  hoverNoSource: 'keine Quelle nennt diese Zahl.',
  hoverMore: (n) => (n === 1 ? '*…und ein weiterer Quellensatz.*' : `*…und ${n} weitere Quellensätze.*`),
  claim: 'Aussage',
  claimStatus: { supported: 'durch die Quellen belegt', contradicted: 'widerspricht den Quellen', unsourced: 'keine Quelle sagt das' },
  quotation: 'Zitat',
  quotationBy: (s) => ` von **${s}**`,
  quotedVerbatim: 'wie in der Quelle zitiert',
  quotedDifferently: 'anders formuliert als in der Quelle',
  quotedInTranslation: 'aus der Quelle übersetzt',
  nameKind: { person: 'Person', organisation: 'Organisation', model: 'KI-Modell', chip: 'Chip', place: 'Ort', other: 'Name' },
  checkBudget: (seconds, line, lines) =>
    `Newsproof hat hier aufgehört: Diesen Entwurf zu prüfen dauert länger als ${seconds} s, daher ${lines === 1 ? 'wurde die letzte Zeile' : `wurden die letzten ${lines.toLocaleString('de-DE')} Zeilen`} (ab Zeile ${line.toLocaleString('de-DE')}) nicht geprüft. Teilen Sie den Entwurf, oder prüfen Sie ihn vollständig mit der CLI (npx newsproof check).`,
};

export function messagesFor(locale: string | undefined): Messages {
  return locale?.toLowerCase().startsWith('de') ? de : en;
}
