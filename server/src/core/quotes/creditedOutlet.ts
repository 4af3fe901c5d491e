import { FUNCTION_WORDS, GROUP_WORDS, OUTLET_HEADS, OUTLET_NAMES } from '../names/wordLists';
import type { NameMention } from '../types';
import { PASSING_ON, REPORT_VERB, SPEECH_VERB } from './speechVerbs';

/**
 * „…“, schrieb das Handelsblatt; "…," the Financial Times wrote: a quotation credited to an outlet the sources may not
 * name. An outlet is a name from a word list, or capitalised words ending in a word that names a paper ("Süddeutsche
 * Zeitung", "South China Morning Post"), and only right next to a verb it writes or reports with: never any capitalised
 * word before "schrieb" ("Sie schrieb", "Gestern meldete Reuters", "He wrote").
 */

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Up to three capitalised words, each a single run of letters before its space: a long token is read once.
const OUTLET = new RegExp(
  String.raw`(?<![\p{L}\p{N}.-])(?:(?:\p{Lu}[\p{L}.&'’]{0,30}\s+){1,3}(?:${OUTLET_HEADS.join('|')})|(?:${OUTLET_NAMES.map(escape).join('|')}))(?![\p{L}\p{N}-])`,
  'gu',
);
const WRITES = String.raw`(?:${SPEECH_VERB}|${REPORT_VERB})`;
// „…“, schrieb das Handelsblatt; berichtete dagegen die Süddeutsche Zeitung. Not "told the FT", "sagte dem Spiegel":
// the outlet is who was spoken to.
const VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${WRITES})\s+(?:(?:auch|zudem|dagegen|hingegen|jedoch|aber|also|then)\s+)?(?:(?:der|die|das|the)\s+)?$`, 'iu');
// Das Handelsblatt schrieb; the Financial Times, citing Chinese media, reported.
const VERB_AFTER = new RegExp(String.raw`^(?:\s*,[^,.;:„“"»«]{1,60},)?\s+${WRITES}(?![\p{L}])`, 'iu');
const SPOKEN_TO = /^(?:told|tells)$/iu;
// „…“, sagte der Süddeutschen Zeitung ein Experte: a saying verb before "dem"/"der" speaks to the paper; a paper
// writes or reports ("schrieb der Spiegel").
const SAID_TO = /(?<![\p{L}])(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|bestätigte|bestätigt|verriet|verrät|versicherte|versichert)\s+(?:(?:auch|zudem|dagegen|hingegen|jedoch|aber)\s+)?(?:dem|der)\s+$/iu;

/** The outlets a text credits with writing or reporting, where no known name stands. */
export function creditedOutlets(text: string, known: readonly NameMention[]): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(OUTLET)) {
    let start = m.index!;
    const end = start + m[0].length;
    // "Die Washington Post", "Laut Financial Times": an article or a preposition is no part of the name.
    for (let word = /^\S+\s+/u.exec(m[0]); word && FUNCTION_WORDS.has(word[0].trim().toLowerCase()); word = /^\S+\s+/u.exec(text.slice(start, end))) start += word[0].length;
    // "die Zeitung schrieb" names no paper.
    if (start >= end || OUTLET_HEADS.includes(text.slice(start, end)) || known.some((n) => n.start < end && start < n.end)) continue;
    if (GROUP_WORDS.has(/^\S+/u.exec(text.slice(start, end))![0].toLowerCase())) continue;
    if (SAID_TO.test(text.slice(Math.max(0, start - 40), start))) continue;
    const before = VERB_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (!(before && !SPOKEN_TO.test(before[1])) && !VERB_AFTER.test(text.slice(end, end + 70))) continue;
    const name = text.slice(start, end);
    found.push({ start, end, text: name, entry: { canonical: name, kind: 'organisation', aliases: [] } });
  }
  return found;
}

/** Whether a name is an outlet's: its words are not its speaker's own, whoever the source says spoke. */
export function isOutlet(name: string): boolean {
  return OUTLET_NAMES.includes(name) || new RegExp(String.raw`(?:^|\s)(?:${OUTLET_HEADS.join('|')})$`, 'u').test(name);
}

const PASSED_ON_AFTER = new RegExp(String.raw`^[^.;:!?„“"»«]{0,40}?(?<![\p{L}])${PASSING_ON}(?![\p{L}])`, 'iu');
const PASSING_VERB = new RegExp(String.raw`^${PASSING_ON}$`, 'iu');

/**
 * „…“, zitiert die Washington Post Matt Sheehan; "…," the FT wrote, quoting Zihan Wang; schrieb Reuters unter Berufung
 * auf X: the outlet passes the words on. The person it quotes speaks (or no one, where it names no one); undefined
 * where the outlet speaks itself.
 */
export function passedOnBy(text: string, outlet: NameMention, verb: string, names: readonly NameMention[]): { person?: NameMention } | undefined {
  const passing = PASSING_VERB.test(verb.trim()) || PASSED_ON_AFTER.test(text.slice(outlet.end, outlet.end + 60));
  if (!passing) return undefined;
  const clauseEnd = /[.;!?„“"»«]/u.exec(text.slice(outlet.end, outlet.end + 100));
  const limit = outlet.end + (clauseEnd ? clauseEnd.index : 100);
  const person = names.find((n) => n.start >= outlet.end && n.end <= limit && n.entry.kind === 'person');
  return person ? { person } : {};
}
