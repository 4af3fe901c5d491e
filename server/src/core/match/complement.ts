import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure } from '../types';
import type { FigureMatch } from './figureMatch';

/**
 * Words that make a share the rest's: "zwei Drittel stammen nicht aus China", "two-thirds come from outside China",
 * "Gut ein Drittel kommt aus dem Rest der Welt", "the other 64 percent", "die übrigen Modelle".
 */
const THE_REST = /(?<![\p{L}])(?:nicht\s+(?:aus|in|von)|außerhalb|anderswo|woanders|(?:aus\s+)?(?:dem\s+)?rest\s+der\s+welt|(?:aus\s+)?(?:allen\s+)?(?:anderen|übrigen)\s+(?:ländern|staaten|teilen\s+der\s+welt)|(?:not|n['’]t)\s+(?:come\s+)?(?:from|in)|outside(?:\s+of)?|elsewhere|(?:from\s+)?the\s+rest\s+of\s+the\s+world|(?:from\s+)?(?:all\s+)?other\s+(?:countries|nations|parts\s+of\s+the\s+world))(?![\p{L}])/iu;
/** The figure's own clause: a comma, a semicolon, a colon or a dash ends it ("36 Prozent kommen aus China, der Rest aus …"). */
const CLAUSE_END = /[;:!?–—]|[,.](?!\d)/u;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'gu');

/** Whether the sentence gives this share as the rest's, the part a source's share leaves over. */
export function isShareOfTheRest(figure: Figure, sentence: SentenceFacts): boolean {
  if (figure.kind !== 'percent' || figure.derivedFrom || figure.value <= 0 || figure.value >= 100) return false;
  return restToldIn(figure, sentence);
}

/** Whether the figure's own clause says it is the rest's: "nicht aus China", "outside China", „aus anderen Ländern“. */
export function restToldIn(figure: Figure, sentence: SentenceFacts): boolean {
  const text = sentence.text;
  const [from, to] = clauseOf(figure, text);
  // "aus China und nicht aus den USA", "nicht aus Europa, sondern aus China": a contrast names where the share is from.
  if (CONTRAST.test(text.slice(figure.end))) return false;
  return THE_REST.test(text.slice(from, figure.start)) || THE_REST.test(text.slice(figure.end, to));
}

/** Where the figure's (or a point's) own clause starts and ends in the sentence's text: between the clause ends (CLAUSE_END) around it. */
export function clauseOf(figure: { start: number; end: number }, text: string): [from: number, to: number] {
  const before = text.slice(0, figure.start);
  const from = Math.max(...[...before.matchAll(CLAUSE_ENDS)].map((m) => m.index! + 1), 0);
  const after = text.slice(figure.end);
  return [from, figure.end + (CLAUSE_END.exec(after)?.index ?? after.length)];
}

const CONTRAST = /(?<![\p{L}])(?:(?:und|and|or|oder)\s+(?:nicht|not)|sondern|but\s+(?:rather\s+)?(?:from|in))(?![\p{L}])/iu;

/** The draft's share as the part it leaves over, which the sources state: two-thirds from elsewhere, a third from China. */
export function asShareLeftOver(figure: Figure): Figure {
  const bound = figure.bound === 'upper' ? 'lower' : figure.bound === 'lower' ? 'upper' : undefined;
  const lean = figure.lean === 'above' ? 'below' : figure.lean === 'below' ? 'above' : undefined;
  const { bound: _, lean: __, ...rest } = figure;
  return { ...rest, mantissa: 100 - figure.value, scale: 0, value: 100 - figure.value, ...(bound ? { bound } : {}), ...(lean ? { lean } : {}) };
}

/**
 * The match of the part left over, told as the rest's: each source share becomes what it leaves ("100 % − 36 Prozent =
 * 64 %"), which the draft's figure is then compared with.
 */
export function asMatchOfTheRest(match: FigureMatch): FigureMatch {
  const rest = (e: FigureMatch['evidence'][number]) => {
    const value = 100 - Math.abs(e.figure.value);
    const text = `100 % − ${e.figure.text.replace(/^[-−–+]\s*/, '')} = ${Math.round(value * 100) / 100} %`;
    return { ...e, figure: { ...e.figure, text, mantissa: value, scale: 0, value, direction: undefined, bound: undefined } };
  };
  return { status: match.status, evidence: match.evidence.map(rest), conflicts: match.conflicts.map(rest) };
}
