import type { NameEntry, NameKind } from '../types';
import { PLACE_CATEGORY } from './wordLists';
import { wordAlternation } from '../context/lexicon';

/**
 * What a name is, said only where something says so. The extraction guesses a kind for every name (two capitalised
 * words look like a person), and the guess steers which name speaks or is meant; a reader is shown a kind only with
 * evidence: the user's glossary, a title or category word the sources put beside the name ("CEO", "Gründer",
 * "das Start-up"), an affiliation in brackets, or a corporate word in the name itself ("Inc", "AG", "Robotics").
 */

/** Last words that make a name a company: beside `ORGANISATION_WORDS`, the usual ends of company names. */
export const CORPORATE_SUFFIX = /\b(Robotics|Systems|Dynamics|Motors|Holdings?|Ventures|Industries|Networks|Semiconductors?|Computing|Software|Analytics|Studios|Media|Corporation|Limited|LLC|PLC|Co|KG|SA|SAS|BV|NV|AI|Labs?|Inc|Corp|AG|GmbH|SE|Ltd)\.?$/;

/** Words that make a name an institution wherever they stand ("Carnegie Endowment for International Peace"). */
const INSTITUTION_WORDS = /\b(University|Universität|Institute|Institut|Foundation|Stiftung|Bank|Group|Gruppe|Capital|Research|Partners|Technolog(y|ies)|Association|Agency|Akademie|Academy|Endowment|Company)\b/;

function isEvidentlyOrganisation(name: string): boolean {
  return CORPORATE_SUFFIX.test(name) || INSTITUTION_WORDS.test(name);
}

/** Titles of people; German ones also as the end of a compound ("Softwareentwickler", "Trump-Berater", "OpenAI-Chef"). */
const PERSON_TITLES_EN = ['CEO', 'CTO', 'CFO', 'COO', 'founder', 'co-founder', 'cofounder', 'president', 'chancellor', 'analyst', 'professor', 'researcher', 'scientist', 'investor', 'adviser', 'advisor', 'developer', 'engineer', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'chief', 'chairman', 'chairwoman', 'journalist', 'author', 'entrepreneur', 'billionaire', 'senator', 'economist', 'executive', 'secretary', 'minister', 'manager', 'employee', 'Dr', 'Prof'];
const PERSON_TITLE_EN = new RegExp(String.raw`^(${wordAlternation(PERSON_TITLES_EN)})s?\.?$`, 'i');
const PERSON_TITLES_DE = ['chef', 'gründer', 'präsident', 'minister', 'kanzler', 'analyst', 'professor', 'forscher', 'wissenschaftler', 'investor', 'berater', 'entwickler', 'ingenieur', 'sprecher', 'direktor', 'vorsitzende', 'vorsitzender', 'journalist', 'autor', 'unternehmer', 'milliardär', 'politiker', 'manager', 'mitarbeiter', 'ökonom', 'experte'];
const PERSON_TITLE_DE = new RegExp(String.raw`(${wordAlternation(PERSON_TITLES_DE)})(in|innen|en|s)?$`, 'i');
/** Category nouns before a name ("das KI-Start-up DeepSeek", "der Hedgefonds High-Flyer", "des KI-Modells R1"). */
const ORGANISATION_CATEGORY_WORDS = ['start-up', 'startup', 'unternehmen', 'firma', 'konzern', 'hersteller', 'anbieter', 'fonds', 'bank', 'labor', 'institut', 'universität', 'verband', 'behörde', 'agentur', 'organisation', 'gesellschaft', 'plattform', 'dienst', 'börse', 'company', 'firm', 'lab', 'fund', 'maker', 'provider', 'agency', 'university', 'institute', 'platform', 'service', 'exchange'];
const MODEL_CATEGORY_WORDS = ['modell', 'model', 'llm', 'chatbot'];
const CHIP_CATEGORY_WORDS = ['chip', 'gpu', 'prozessor', 'processor', 'grafikkarte', 'beschleuniger', 'accelerator'];
const CATEGORIES: Array<[RegExp, NameKind]> = [
  [new RegExp(String.raw`(${wordAlternation(ORGANISATION_CATEGORY_WORDS)})s?$`, 'i'), 'organisation'],
  [new RegExp(String.raw`(${wordAlternation(MODEL_CATEGORY_WORDS)})s?$`, 'i'), 'model'],
  [new RegExp(String.raw`(${wordAlternation(CHIP_CATEGORY_WORDS)})s?$`, 'i'), 'chip'],
  [PLACE_CATEGORY, 'place'],
];

/** What a category noun says the name beside it is: "Start-up" an organisation, "Chips" chips, "Provinz" a place. */
export function categoryOf(word: string): NameKind | undefined {
  return CATEGORIES.find(([category]) => category.test(word))?.[1];
}

/** A title that makes the name after it a person's: "CEO Sam Altman", "Gründer Liang Wenfeng". */
export function isPersonTitle(word: string): boolean {
  return PERSON_TITLE_EN.test(word) || PERSON_TITLE_DE.test(word);
}

/** Marks the names whose kind the user's glossary gives: those kinds are known. */
export function markDeclaredKinds(names: { lookup(spelling: string): NameEntry | undefined }, glossary: Array<{ name: string; kind?: NameKind }>): void {
  for (const g of glossary) {
    const entry = g.kind ? names.lookup(g.name) : undefined;
    if (entry) entry.kindDeclared = true;
  }
}

/** The kind a reader may be told, or undefined where nothing but the shape of the name suggests one. */
export function knownKind(entry: NameEntry): NameKind | undefined {
  if (entry.kindDeclared) return entry.kind === 'other' ? undefined : entry.kind;
  const fromRole = entry.role === undefined ? undefined : kindOfRole(entry.role, entry.kind);
  if (fromRole) return fromRole;
  if ([entry.canonical, ...entry.aliases].some((n) => n.includes(' ') && isEvidentlyOrganisation(n))) return 'organisation';
  return undefined;
}

function kindOfRole(role: string, guessed: NameKind): NameKind | undefined {
  const words = role.split(/\s+/);
  if (words.some((w) => kindOfWord(w) === 'person')) return 'person';
  // "Stacy Rasgon (Bernstein Research)", "Matt Sheehan vom Carnegie Endowment": a person's affiliation.
  if (guessed === 'person' && isEvidentlyOrganisation(role)) return 'person';
  return words.map(kindOfWord).find(Boolean);
}

/** What a title or category word says the name beside it is: "Gründer", "OpenAI-Chef" a person, "Start-up" a company. */
export function kindOfWord(word: string): NameKind | undefined {
  return isPersonTitle(word) || word.split('-').some(isPersonTitle) ? 'person' : categoryOf(word);
}
