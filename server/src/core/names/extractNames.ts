import type { NameKind } from '../types';
import { CURRENCIES, scaleOf } from '../figures/vocabulary';
import { MONTHS, MONTH_NAMES } from '../text/months';
import { CORPORATE_SUFFIX, categoryOf, isPersonTitle, kindOfWord } from './kindEvidence';
import { isVariantWord } from './versions';
import { COMMON_ACRONYMS, FUNCTION_WORDS, NAME_JOINERS, ORGANISATION_WORDS, looksLikeCategory, looksLikeCommonWord } from './wordLists';
import { isQuizLabel } from './quizLabel';

export interface NameCandidate {
  text: string;
  kind: NameKind;
  role?: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/;
// "S&P 500", "AT&T": capitals joined by an ampersand are one word.
const TOKEN = /[\p{L}\p{N}]+(?:(?:[-'’]|(?<=\b\p{Lu}{1,2})&(?=\p{Lu}))[\p{L}\p{N}]+)*/gu;

/** Name-like on its own: CamelCase (DeepSeek), letters with digits (H800, GPT-4o, R1), an acronym (MIT, MoE). */
export function isStrongName(word: string): boolean {
  if (COMMON_ACRONYMS.has(word) || ROMAN.test(word)) return false;
  if (/\p{Ll}\p{Lu}/u.test(word)) return true;
  if (/\p{L}/u.test(word) && /\d/.test(word) && /^[\p{L}\d-]+$/u.test(word) && /^\p{L}/u.test(word)) return true;
  return /^\p{Lu}{2,}$/u.test(word);
}

/** "OpenAI's GPT-4o and Meta's Llama", "GPT-4o and Llama": two names listed, not "Procter & Gamble". */
function listsTwoNames(before: string, after: string): boolean {
  const possessive = (w: string) => /['’]s$/u.test(w);
  return possessive(before) || possessive(after) || isStrongName(before) || isStrongName(after);
}

function isCapitalised(word: string): boolean {
  // Most words are ASCII: their first letters answer without a Unicode pattern.
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first < 128) return first >= 97 && first <= 122 && isAsciiDigit(word.charCodeAt(1));
  return /^\p{Lu}/u.test(word);
}

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** Capitalised words that never start or continue a name: articles at a sentence start, scale and currency words. */
function isNameBreaker(word: string): boolean {
  if (ROMAN.test(word)) return false;
  if (/^\p{Lu}{2,}$/u.test(word)) return false; // "MIT" is an institute, not German "mit"
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || CURRENCIES.has(lower) || CALENDAR_WORDS.test(word) || scaleOf(word, 'de') !== undefined;
}

/** "seit dem Rekordhoch Anfang Januar": a month, a weekday or a time of the month is never part of a name. */
// English "May" is left out: a modal verb that starts sentences, and a surname.
const MONTH_WORDS = [...MONTH_NAMES.de, ...MONTH_NAMES.en].filter((m) => m !== 'May');
const CALENDAR_WORDS = new RegExp(`^(?:${MONTH_WORDS.join('|')}|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Anfang|Mitte|Ende)$`);


/**
 * The longest name-like prefix of a hyphenated word: "DeepSeek-Gründer" → "DeepSeek", "MATH-500-Test" → "MATH-500",
 * "GPT-4o" stays whole. Undefined where the word has no strong first part.
 */
function strongPrefix(word: string): string | undefined {
  const parts = word.split('-');
  if (!isStrongName(parts[0])) return undefined;
  let kept = 1;
  // "R1-Lite-Preview", "GPT-4o-Mini": a variant word is part of the model's name.
  while (kept < parts.length && (/^\d/.test(parts[kept]) || isStrongName(parts[kept]) || (/\d/.test(parts[0]) && isVariantWord(parts[kept])))) kept++;
  return parts.slice(0, kept).join('-');
}

/** Finds names in one source sentence: capitalised runs, name-like words, enumerations after "wie"/"such as". */
export function extractNameCandidates(sentence: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  visitNameCandidates(sentence, (c) => void found.push(c));
  return found;
}

/** The first of `extractNameCandidates` that `wanted` accepts, found without reading the rest of the sentence. */
export function firstNameCandidate(sentence: string, wanted: (c: NameCandidate) => boolean): NameCandidate | undefined {
  let first: NameCandidate | undefined;
  visitNameCandidates(sentence, (c) => {
    if (!wanted(c)) return false;
    first = c;
    return true;
  });
  return first;
}

/**
 * "SAME DAY, DIFFERENT MESSAGE", "WHAT THE ANALYSTS SAY", "STARGATE QUESTIONS": a line set in capitals throughout is
 * shouted, and its capitals say nothing of which words are names (an acronym in it is a name where the prose writes
 * it so too). Two words are a heading already: a sentence of prose is not two acronyms.
 */
function isShouted(sentence: string): boolean {
  const words = sentence.match(/[\p{L}]{2,}/gu) ?? [];
  return words.length >= 2 && words.every((w) => /^\p{Lu}+$/u.test(w));
}

/** Hands the candidates to `visit` in order until it returns true. A callback, not a generator: that costs less. */
function visitNameCandidates(sentence: string, visit: (c: NameCandidate) => boolean | void): void {
  if (isShouted(sentence)) return;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].text) || isNameBreaker(tokens[i].text) || ROMAN.test(tokens[i].text) || isQuizLabel(sentence, tokens[i].text, tokens[i].start, tokens[i].end)) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]];
    let j = i + 1;
    // "OpenAI's GPT-4o": a possessive ends a name; what follows is another.
    while (j < tokens.length && adjacent(sentence, tokens[j - 1], tokens[j]) && !POSSESSIVE.test(tokens[j - 1].text)) {
      const t = tokens[j].text;
      if (isCapitalised(t) && !isNameBreaker(t)) run.push(tokens[j]);
      // "Carnegie Endowment for International Peace", but not "Nvidia and Broadcom": one word and another are two names.
      else if (NAME_JOINERS.has(t) && !(t === 'and' && run.length === 1) && j + 1 < tokens.length && /^\p{Lu}/u.test(tokens[j + 1].text) && /^\p{Lu}/u.test(run[run.length - 1].text) && !/[äöüß]/.test(run[0].text) && !listsTwoNames(run[run.length - 1].text, tokens[j + 1].text)) run.push(tokens[j]);
      else if (/^\d{2,4}$/.test(t) && run.length === 1 && /^\s+\p{Ll}/u.test(sentence.slice(tokens[j].end)) && isNumberedName(run[0].text)) run.push(tokens[j]);
      else break;
      j++;
    }
    const afterEnumerator = i > 0 && /^(wie|like|including|etwa)$/i.test(tokens[i - 1].text) || /such as\s*$/i.test(sentence.slice(0, tokens[i].start));
    const named = readRun(sentence, run, i === 0, afterEnumerator);
    // "the start-up Blue Harbor", "analyst Stacy Rasgon": a lower-case title or category before a name says what it is.
    const before = i > 0 && adjacent(sentence, tokens[i - 1], tokens[i]) ? tokens[i - 1].text : '';
    const beforeKind = /^\p{Ll}/u.test(before) ? kindOfWord(before) : undefined;
    const startsTheRun = (c: NameCandidate) => c.text.startsWith(run[0].text) && !c.role;
    if (beforeKind === 'person' || beforeKind === 'organisation') {
      for (const c of named) if (startsTheRun(c)) c.role = before, (c.kind = beforeKind);
    } else if (GERMAN_ARTICLE.test(before)) {
      // "in den Vereinigten Staaten": German puts no article straight before a person's name.
      for (const c of named) if (startsTheRun(c) && c.kind === 'person') c.kind = 'other';
    }
    for (const c of named) if (visit(c)) return;
    if (afterEnumerator) for (const c of readEnumeration(sentence, tokens[j - 1].end)) if (visit(c)) return;
    i = j;
  }
}

const GERMAN_ARTICLE = /^(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines)$/;

/** One space between them, nothing else. */
function adjacent(sentence: string, a: Token, b: Token): boolean {
  // A soft line break of the Markdown source is a space: "Der Dow\nJones schloss …".
  return b.start - a.end === 1 && (sentence.charCodeAt(a.end) === 32 || sentence.charCodeAt(a.end) === 10);
}

function isNumberedName(word: string): boolean {
  return !looksLikeCommonWord(word) && !/^(Jahr|Jahre|Year|Nr|Nummer|Number|Top|Seite|Page|Kapitel|Chapter)$/i.test(word) && !/(jahr|jahres|quartal|quartals|year|beginn|anfang|ende)$/i.test(word) && !MONTHS.has(word.toLowerCase());
}

/** „Unser Ziel ist es …“, "Our goal": a capitalised determiner is no role, and what follows starts the sentence. */
const DETERMINER = /^(?:unser|unsere[mnrs]?|mein|meine[mnrs]?|dein|deine[mnrs]?|sein|seine[mnrs]?|ihr|ihre[mnrs]?|euer|eure[mnrs]?|dies|diese[mnrs]?|jede[mnrs]?|kein|keine[mnrs]?|our|my|your|his|her|its|their|this|these|those|every)$/i;

function readRun(sentence: string, run: Token[], sentenceStart: boolean, afterEnumerator: boolean): NameCandidate[] {
  const out: NameCandidate[] = [];
  while (run.length > 1 && DETERMINER.test(run[0].text)) {
    run = run.slice(1);
    sentenceStart = true;
  }
  let words = run.map((t) => t.text);
  let role: string | undefined;
  // A strong word with a German compound tail ("DeepSeek-Gründer") is a name and a category for what follows.
  const split = words.findIndex((w) => {
    if (!w.includes('-')) return false;
    const prefix = strongPrefix(w);
    return prefix !== undefined && prefix !== w;
  });
  if (split >= 0) {
    const prefix = strongPrefix(words[split])!;
    const named = candidate(prefix, words[split]);
    // "H800-Chips", "R1-Modell": the compound says what the model number names.
    if (/\d/.test(prefix) && categoryOf(words[split].slice(prefix.length + 1))) named.role = words[split];
    out.push(named);
    if (split === words.length - 1) return out.concat(split > 0 ? readWords(sentence, run.slice(0, split), sentenceStart, afterEnumerator) : []);
    // "nach US-Börsenschluss Zahlen": only a tail that says what something is makes a category for what follows.
    if (kindOfWord(words[split].slice(prefix.length + 1)) !== undefined) role = words[split];
    words = words.slice(split + 1);
    run = run.slice(split + 1);
  }
  // "CEO Sam Altman", "Nvidia CEO Jensen Huang": a title before a person is their role, what precedes it a name of its own.
  const title = role ? -1 : words.findIndex((w, k) => k < words.length - 1 && isPersonTitle(w) && !isStrongName(w));
  if (title >= 0) {
    if (title > 0) out.push(...readWords(sentence, run.slice(0, title), sentenceStart, afterEnumerator));
    role = words.slice(0, title + 1).join(' ');
    words = words.slice(title + 1);
    run = run.slice(title + 1);
  }
  const plainFirst = !isStrongName(words[0]) && !words[0].includes('-');
  const restIsNumbering = words.slice(1).every((w) => ROMAN.test(w) || /^\d+$/.test(w));
  if (words.length >= 2 && !restIsNumbering && (looksLikeCategory(words[0]) || (plainFirst && words.slice(1).some((w) => isStrongName(w) || w.includes('-'))))) {
    if (!isStrongName(words[0]) && !ORGANISATION_WORDS.test(words.slice(1).join(' '))) {
      role ??= words[0];
      words = words.slice(1);
      run = run.slice(1);
    }
  }
  // After a category noun ("den Hedgefonds High-Flyer", "der Küstenstadt Hangzhou") a single word is a name too.
  const roleKind = role === undefined ? undefined : kindOfWord(role.split(' ').pop()!);
  // A German noun before another ("nach US-Börsenschluss Zahlen") is no category: one plain word after it is a name
  // only where the word before says what kind of thing it is ("den Hedgefonds High-Flyer", "Provinz Guangdong").
  const result = readWords(sentence, run, sentenceStart && !role, afterEnumerator, roleKind !== undefined);
  if (role) for (const r of result) r.role ??= role, (r.kind = roleKind ?? r.kind);
  return out.concat(result);
}

const POSSESSIVE = /\p{L}['’]s$/u;

function readWords(sentence: string, run: Token[], sentenceStart: boolean, afterEnumerator: boolean, afterCategory = false): NameCandidate[] {
  const words = run.map((t) => t.text.replace(/['’]s$/u, ''));
  if (words.length === 0) return [];
  if (words.some((w) => looksLikeCommonWord(w) && !isStrongName(w))) return words.filter(isStrongName).map((w) => candidate(strongPrefix(w) ?? w, w));
  if (words.length === 1) {
    const w = words[0];
    const prefix = strongPrefix(w);
    if (prefix) return [candidate(prefix, w)];
    // "Rechenleistung KI": a common acronym after a noun is still a common noun.
    if (COMMON_ACRONYMS.has(w)) return [];
    if (afterCategory || (afterEnumerator && !sentenceStart && !w.includes('-'))) return [candidate(w, w)];
    return [];
  }
  const text = words.join(' ');
  const c = candidate(text, text);
  c.role = roleAfter(sentence, run[run.length - 1].end, c.kind);
  const parts: NameCandidate[] = [c];
  // "DeepSeek R1": the model number alone is a name too; "Nvidia H800": so is the chip.
  for (const w of words) if (isStrongName(w) && w !== text) parts.push(candidate(strongPrefix(w) ?? w, w));
  return parts;
}

function candidate(text: string, written: string): NameCandidate {
  return { text, kind: classify(text, written) };
}

const DEMONYM = /^(?:Chinese|American|German|French|British|Japanese|Korean|Indian|European|Italian|Taiwanese|Chinesische[nrsm]?|Amerikanische[nrsm]?|Deutsche[nrsm]?|Europäische[nrsm]?|Japanische[nrsm]?)$/u;

function classify(text: string, written: string): NameKind {
  const words = text.split(' ');
  // "Nvidia H100", "Nvidia A100": a maker's name before a chip's number names the chip, no model ("DeepSeek R1").
  if (/^\p{Lu}\d{2,4}$/u.test(words[words.length - 1]) || /-Chips?$/i.test(written)) return 'chip';
  if (/-(Benchmark|Test)$/i.test(written) || /^\S+ \d+$/.test(text)) return 'other';
  if (words.some((w) => /\d/.test(w))) return 'model';
  // "Chinese Android (stores)", "American Express": no one's first name is where they come from; no surname either.
  if (DEMONYM.test(words[0])) return 'organisation';
  // "United States", "United Kingdom": a country, whose last word is no surname ("Status" is no misspelt "States").
  if (/^(?:United|Vereinigte)\s/.test(text) && /\b(?:States|Kingdom|Emirates|Staaten|Königreich|Arabische Emirate)\b/.test(text)) return 'place';
  if (ORGANISATION_WORDS.test(text) || CORPORATE_SUFFIX.test(text) || words.some((w) => /\p{Ll}\p{Lu}/u.test(w))) return 'organisation';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return 'person';
  return words.length === 1 && !/^\p{Lu}+$/u.test(text) ? 'organisation' : 'other';
}

/** "Stacy Rasgon (Bernstein Research)", "Marc Andreessen, Softwareentwickler und Trump-Berater,", "Matt Sheehan vom …". */
function roleAfter(sentence: string, end: number, kind: NameKind): string | undefined {
  if (kind !== 'person') return undefined;
  const rest = sentence.slice(end);
  const paren = /^\s*\(([\p{Lu}][^)]*)\)/u.exec(rest);
  if (paren) return paren[1];
  const apposition = /^,\s+((?:einem?|einer|der|die|das|the|a|an)\s+)?([^,;:„“"]+?)\s*(,|$)/u.exec(rest);
  if (apposition && /^\p{Lu}|^(ehemalig|leitend|früher|former|senior|chief)/u.test(apposition[2])) return shorten(apposition[2]);
  const affiliation = /^\s+(vom|von der|von|of|at|from)\s+([\p{Lu}][^,;.]+?)(\s+(?:zu|über|sagt|erklärt|said|says)\b|[,;.]|$)/u.exec(rest);
  if (affiliation) return affiliation[2];
  return undefined;
}

function shorten(role: string): string {
  const words = role.replace(/[.\s]+$/, '').split(/\s+/);
  return words.length > 10 ? `${words.slice(0, 10).join(' ')} …` : words.join(' ');
}

/** "…wie Nvidia (-7,82 %), Microsoft (-3,75 %) und Broadcom": the members of a list of examples. */
function readEnumeration(sentence: string, from: number): NameCandidate[] {
  const out: NameCandidate[] = [];
  const next = /^\s*(\([^)]*\))?\s*(,|und|and|oder|or|sowie)\s+(\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)/u;
  let at = from;
  for (let m = next.exec(sentence.slice(at)); m; m = next.exec(sentence.slice(at))) {
    const word = m[3];
    if (FUNCTION_WORDS.has(word.toLowerCase())) break;
    out.push(candidate(strongPrefix(word) ?? word, word));
    at += m[0].length;
  }
  return out;
}
