import type { NameMention } from '../types';
import { PASSING_ON, WORKPLACE_PREPOSITIONS } from './speechVerbs';

/**
 * „Cao zitiert Dimitris Papailiopoulos: „…““, "Cao quotes Dimitris Papailiopoulos of Microsoft's AI Frontiers Lab: "…"",
 * "The moderator, citing Sheehan: "…"": the sentence's subject passes the words on, and the person it cites right
 * before the colon is who said them. Undefined where no verb of citing stands between two people before the quotation,
 * or where the cited person's clause does not end in a colon before it (the cited words may be reported elsewhere).
 */
export function citedPerson(text: string, before: readonly NameMention[], quoteStart: number): NameMention | undefined {
  const people = before.filter((n) => n.entry.kind === 'person');
  for (let i = people.length - 1; i > 0; i--) {
    const cited = people[i];
    if (!CITING_BETWEEN.test(text.slice(people[i - 1].end, cited.start))) continue;
    return COLON_AFTER.test(text.slice(cited.end, quoteStart)) ? cited : undefined;
  }
  return undefined;
}

/** The verb of citing, then at most four words of a title („den Forscher“, "the researcher"), and no sentence end. */
const CITING_BETWEEN = new RegExp(String.raw`^[^.;:!?]{0,40}?(?<![\p{L}])${PASSING_ON}(?![\p{L}])(?:\s+[\p{L}'’-]+){0,4}\s*$`, 'iu');
/**
 * Between the cited person and the colon only who the person is: where the person works (" of Microsoft's AI Frontiers
 * Lab", „vom Microsoft AI Frontiers Lab“), a parenthesis or an apposition between commas; no clause of the speaker's own
 * ("Cao quotes Sheehan, then says in his own words: …").
 */
const COLON_AFTER = new RegExp(String.raw`^(?:\s*\([^()]{0,80}\))?(?:\s*,[^,:;.!?]{1,60},)?(?:\s+${WORKPLACE_PREPOSITIONS}\s+[^,:;.!?]{1,60})?\s*:\s*$`, 'iu');
