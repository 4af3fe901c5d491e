import type { Figure } from '../types';
import { wordAlternation } from '../context/lexicon';
import { caselessPattern } from '../text/caselessPattern';
import { BYLINE_JOINERS, BYLINE_WORDS, CLOCK_HOUR_PATTERN, CLOCK_TIME_SUFFIXES, PIECE_FIELD_LABELS, PIECE_SECTION_WORDS, READING_TIME_AFTER, READING_TIME_UNITS } from '../figures/vocabulary';

/**
 * "Published 31 January 2025.", "Stand der Angaben: 31. Januar 2025.", "Updated: Friday, 31 January 2025": a line that
 * gives only the day of the piece itself (its issue, its deadline), maybe with its hour, and says nothing else.
 */
const OWN_DATE_BEFORE = /^[\s*_>|-]*(?:(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?|as\s+of|(?:zuerst\s+|zuletzt\s+)?(?:erschienen|veröffentlicht|aktualisiert)(?:\s+am)?|stand(?:\s+der\s+(?:angaben|daten|zahlen|informationen))?|redaktionsschluss)\s*:?\s*(?:\p{L}+,?\s+)?(?:den\s+|dem\s+|the\s+)?$/iu;
const CLOCK = String.raw`${CLOCK_HOUR_PATTERN}[:.][0-5]\d(?:\s*(?:${wordAlternation(CLOCK_TIME_SUFFIXES)}))?`;
/**
 * The piece's hour after its date: "Posted Jan 28, 2025 at 9:14 a.m.", „Erschienen: 30. Januar 2025, 19:00 Uhr · Ressort:
 * Wirtschaft“.
 */
const HOUR_AFTER_DATE = new RegExp(String.raw`^[\s.*_]*(?:(?:,|at|um)\s*${CLOCK})?`, 'iu');
const NOTHING_MORE = /^[\s.*_]*$/u;
/** The piece's own fields after its date, each set off by a middle dot, a bullet or a bar (`isPiecesOwnField`). */
const FIELDS_AFTER = /^((?:[ \t]*[·•|][^·•|\n]*)+?)[ \t*_]*$/u;

const SECTION = new RegExp(String.raw`^(?:${wordAlternation(PIECE_SECTION_WORDS)})$`, 'iu');
const READING_TIME = new RegExp(String.raw`^\d{1,3}\s*(?:${wordAlternation(READING_TIME_UNITS)})(?![\p{L}])(?:\s+(?:${wordAlternation(READING_TIME_AFTER)}))?$`, 'iu');
const CLOCK_FIELD = new RegExp(String.raw`^${CLOCK}(?:\s+(?:${wordAlternation(CLOCK_TIME_SUFFIXES)}))?$`, 'iu');
// Case-sensitive but for the byline's word: its names are capitalised („Von Liang Wenfeng entwickelt“ is a statement).
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?`;
const NAMES = String.raw`${NAME}(?:\s+${NAME}){0,2}(?:\s*(?:${wordAlternation(BYLINE_JOINERS)})\s*${NAME}(?:\s+${NAME}){0,2}){0,3}`;
const BYLINE = new RegExp(String.raw`^(?:${caselessPattern(wordAlternation(BYLINE_WORDS))})\s+${NAMES}$`, 'u');
// A full stop ends the field („Ressort: Wirtschaft.“); an abbreviation's is not needed („Lesezeit: 4 Min.“ reads „4 Min“).
const LABELLED = new RegExp(String.raw`^(${wordAlternation([...PIECE_FIELD_LABELS.section, ...PIECE_FIELD_LABELS.readingTime, ...PIECE_FIELD_LABELS.names])})\s*:\s*(.+?)\.?$`, 'iu');
const NAMES_ONLY = new RegExp(String.raw`^${NAMES}$`, 'u');

/**
 * A field of the piece's own, by its own evidence: a section („Wirtschaft“, "Markets"), a reading time ("4 min read"),
 * a clock time ("9:14 AM ET"), a byline of capitalised names („Von Jana Kurs“, "By Jana Kurs and Tim Li"), or a label
 * whose value has that label's shape („Ressort: Wirtschaft“, „Lesezeit: 4 Min.“, "Author: Jana Kurs"). A statement is
 * none, however short ("DeepSeek unveils R1", „Heute: DeepSeek R1“): it tells of the day, which is then no own date.
 */
function isPiecesOwnField(field: string): boolean {
  const text = field.trim().replace(/[*_]+/gu, '').trim();
  if (SECTION.test(text) || READING_TIME.test(text) || CLOCK_FIELD.test(text) || BYLINE.test(text)) return true;
  const labelled = LABELLED.exec(text);
  if (!labelled) return false;
  const [, label, value] = labelled;
  const of = (kind: readonly string[]) => kind.includes(label.toLowerCase());
  if (of(PIECE_FIELD_LABELS.section)) return SECTION.test(value) || NAMES_ONLY.test(value);
  if (of(PIECE_FIELD_LABELS.readingTime)) return READING_TIME.test(value);
  return NAMES_ONLY.test(value);
}

/** Nothing after the date but its hour and the piece's own fields („… · Ressort: Wirtschaft · Lesezeit: 4 Min.“). */
function ownDateGoesOn(after: string): boolean {
  const rest = after.slice(HOUR_AFTER_DATE.exec(after)![0].length);
  if (NOTHING_MORE.test(rest)) return true;
  const fields = FIELDS_AFTER.exec(rest.replace(/^[*_]+/u, ''));
  if (!fields) return false;
  return fields[1].split(/[·•|]/u).slice(1).every(isPiecesOwnField);
}

/**
 * Whether a date is the piece's own day: no source can state it, nor say it is wrong, however many name that day
 * (the day OpenAI released o3-mini) or another day of the piece's subject (R1's release for "Published").
 */
export function isPiecesOwnDate(figure: Figure, sentence: string): boolean {
  if (figure.kind !== 'date') return false;
  return OWN_DATE_BEFORE.test(sentence.slice(0, figure.start)) && ownDateGoesOn(sentence.slice(figure.end));
}
