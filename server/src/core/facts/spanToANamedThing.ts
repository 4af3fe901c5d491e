import { EVENT_OF_A_NAMED_THING } from '../context/lexicon';
import type { Figure, NameMention } from '../types';
import { isOnce, namesAnEvent } from './attributes';

/** Words that open a span and reach its second end, right before a name: „zwischen … und“, „von … bis (zu)“, "between … and", "from … to". */
const OTHER_END_BEFORE = /(?:(?<!\p{L})(?:zwischen|between)(?!\p{L})[^.;:!?]*(?<!\p{L})(?:und|and)|(?<!\p{L})(?:von|vom|from)(?!\p{L})[^.;:!?]*(?<!\p{L})(?:bis(?:\s+(?:zu|zum|zur))?|to|until|till))\s+(?:(?:dem|der|den|des|the)\s+)?$/iu;

/**
 * "Von der Gründung bis R1 vergingen anderthalb Jahre", "Between the founding and R1 lay 18 months": a span whose words
 * name one event and, as its other end, a thing by its name alone runs to the event that thing is known by (a model's
 * release, a firm's founding). Without it, the span has one end and no source can state it; "Zwischen der Gründung von
 * DeepSeek und R1" would even pair two foundings. Returns that event, or nothing where the words name it already, name
 * two events, or count from an anchor of their own ("18 Monate vor R1", which the anchor reads).
 */
export function eventOfTheOtherEnd(figure: Figure, text: string, attributes: readonly string[], names: readonly NameMention[], primary: readonly string[]): string | undefined {
  if (!figure.durationUnit || figure.durationAnchor) return undefined;
  const events = attributes.filter(namesAnEvent);
  if (events.length !== 1 || !isOnce(events[0])) return undefined;
  for (const n of names) {
    // Only a name the words set as an end: "DeepSeek veröffentlichte R1 vor einer Woche" names who released it, no span
    // since DeepSeek's founding.
    if (!OTHER_END_BEFORE.test(text.slice(0, n.start))) continue;
    const event = primary.includes(n.entry.canonical) ? EVENT_OF_A_NAMED_THING[n.entry.kind] : undefined;
    if (event && event !== events[0]) return event;
  }
  return undefined;
}
