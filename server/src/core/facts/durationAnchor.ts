import type { SentenceFacts } from '../analysis/analyzedSentence';
import { conceptsOf } from '../context/concepts';
import type { Figure } from '../types';
import { isAttribute } from './attributes';
import { EVENT_OF_A_NAMED_THING } from '../context/lexicon';

/** What the other event of a duration is, as its words name it: "the R1 launch" is a release of DeepSeek R1. */
export interface DurationAnchor {
  attributes: string[];
  /** Canonical names in the words, with the names they contain. */
  names: string[];
  /**
   * Which way the event the words name lies from the sentence's date: "eine Woche nach dem Durchbruch, am 27. Januar"
   * puts the breakthrough before (-1), "drei Tage vor dem Kurssturz" after (1). None where the date is in the words
   * themselves ("drei Tage vor dem Kurssturz am 27. Januar").
   */
  sign?: 1 | -1;
}

const START = /(?<![\p{L}])(?:start|marktstart|markteinführung)(?![\p{L}])/iu;
const SELL_OFF = /(?<![\p{L}])(?:sell-?off|ausverkauf|kurssturz|crash|börsenbeben|rout)/iu;

export function readDurationAnchor(facts: SentenceFacts, figure: Figure): DurationAnchor | undefined {
  const span = figure.durationAnchor;
  if (!span) return undefined;
  const concepts = [...conceptsOf(facts.text, span.start, span.end, facts.names)];
  const attributes = concepts.filter(isAttribute);
  // "the sell-off", "dem Ausverkauf", "the crash" name a fall of shares, not any day they moved.
  if (SELL_OFF.test(facts.text.slice(span.start, span.end)) && !attributes.includes('fall')) attributes.push('fall');
  // "drei Tage nach dem Start von R1", "acht Jahre nach dem Start des Hedgefonds": a start is a model's release or a
  // firm's founding, whichever the event named is.
  if (START.test(facts.text.slice(span.start, span.end))) for (const a of ['release', 'founding']) if (!attributes.includes(a)) attributes.push(a);
  const names = concepts.filter((c) => c.startsWith('name:')).map((c) => c.slice('name:'.length));
  // "18 Monate vor R1", "eight years after High-Flyer": words that name only a thing name the event it is known by.
  if (attributes.length === 0) {
    for (const m of facts.names) {
      const event = m.start >= span.start && m.end <= span.end ? EVENT_OF_A_NAMED_THING[m.entry.kind] : undefined;
      if (event && !attributes.includes(event)) attributes.push(event);
    }
  }
  const relative = /(\p{L}+)\s*$/u.exec(facts.text.slice(0, span.start))?.[1].toLowerCase() ?? '';
  const datedWords = facts.figures.some((f) => (f.kind === 'date' || f.kind === 'year') && f.start >= span.start && f.end <= span.end);
  const sign = datedWords ? undefined : /^(?:vor|bevor|ehe|before|prior|to)$/.test(relative) ? 1 : /^(?:nach|nachdem|after)$/.test(relative) ? -1 : undefined;
  return attributes.length || names.length ? { attributes, names, ...(sign ? { sign } : {}) } : undefined;
}
