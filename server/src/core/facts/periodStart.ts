import { MAIN_CLAUSE_JOINERS, PERIOD_START_CONJUNCTIONS, PERIOD_START_WORDS, wordAlternation } from '../context/lexicon';
import { FUNCTION_WORDS } from '../names/wordLists';

/**
 * "Since DeepSeek released R1 on January 20, 2025, …", „Seit DeepSeek am 20. Januar 2025 R1 vorstellte, …": a clause
 * that says when a stretch of time began. Its day is where the stretch starts, not the day of what the next sentences
 * report ("Nvidia, Broadcom and Microsoft declined 7.82%, 6.58% and 3.75%, respectively" a week later).
 */
const SINCE = new RegExp(String.raw`(?:^|[,;–—(]\s*)(?:${wordAlternation([...PERIOD_START_CONJUNCTIONS, ...PERIOD_START_WORDS])})(?![\p{L}])`, 'giu');
/** Where the clause ends: its punctuation, or a word that opens the next main clause („… und am 27. Januar brach …“). */
const CLAUSE_END = new RegExp(String.raw`[,;:–—()]|(?<![\p{L}])(?:${wordAlternation(MAIN_CLAUSE_JOINERS)})(?![\p{L}])|$`, 'iu');
const LOWER_CASE_WORD = /(?<![\p{L}\d'’-])\p{Ll}[\p{L}'’-]*/gu;

/**
 * Whether the words after since/seit are a clause of their own, not the preposition's object: a subordinate clause is
 * closed by a comma (or dash) before its main clause, or ends the sentence after its main clause („…, seit DeepSeek R1
 * vorstellte.“), and holds a word that is no function word — German nouns are capitalised, so a verb („vorstellte“).
 * Not „Seit Wochen wuchs die Sorge und …“ (the main clause, running on) nor "Since January 20, …" (no verb).
 */
function isOwnClause(words: string, closing: string, trailing: boolean): boolean {
  if (!(/^[,–—]$/u.test(closing) || (trailing && closing === ''))) return false;
  return (words.match(LOWER_CASE_WORD) ?? []).some((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
}

/** Whether `position` of the sentence `text` lies in a clause that opens with the conjunction "since"/„seit“. */
export function inPeriodStartClause(text: string, position: number): boolean {
  for (const since of text.slice(0, position).matchAll(SINCE)) {
    const from = since.index + since[0].length;
    const end = CLAUSE_END.exec(text.slice(from));
    const to = from + (end?.index ?? 0);
    if (position < to && isOwnClause(text.slice(from, to), end?.[0] ?? '', since.index > 0)) return true;
  }
  return false;
}
