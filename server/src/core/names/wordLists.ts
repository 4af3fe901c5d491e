import type { NameKind } from '../types';
import { wordAlternation } from '../context/lexicon';
/**
 * Language resources for telling names from ordinary capitalised words. These are common German and English
 * words, never names from the articles: every name comes from the sources or the user's glossary.
 */
export const FUNCTION_WORDS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'am', 'im', 'in', 'an', 'auf', 'aus', 'bei',
  'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'nach', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'gegen', 'ohne',
  'um', 'laut', 'wie', 'was', 'wer', 'wo', 'wann', 'warum', 'doch', 'auch', 'aber', 'und', 'oder', 'denn', 'dass', 'da', 'als', 'wenn',
  'während', 'trotz', 'seit', 'bis', 'so', 'nur', 'noch', 'schon', 'bereits', 'dessen', 'deren', 'diese', 'dieser', 'dieses', 'diesem',
  'jene', 'jener', 'sein', 'seine', 'seinem', 'seiner', 'ihr', 'ihre', 'sie', 'er', 'es', 'wir', 'ich', 'man', 'hier', 'dort', 'damit',
  'daraus', 'dadurch', 'dabei', 'nun', 'bisher', 'gleichzeitig', 'anders', 'innerhalb', 'eine', 'kein', 'keine', 'nicht', 'mehr',
  'weder', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'wohl', 'nur', 'mit', 'zur', 'jetzt', 'dann',
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'as', 'and', 'or', 'but', 'if', 'when', 'while', 'after',
  'before', 'since', 'until', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'it', 'he', 'she',
  'i', 'you', 'what', 'who', 'how', 'why', 'where', 'which', 'according', 'only', 'even', 'also', 'still', 'yet', 'so', 'then', 'there',
  'here', 'one', 'two', 'three', 'four', 'five', 'six', 'meanwhile', 'however', 'unlike', 'like', 'such', 'both', 'all', 'some', 'no',
  'not', 'despite', 'more', 'most', 'per', 'via', 'vs', 'was', 'is', 'are', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  // The past of "are" and the preposition with its article, beside „waren“ and „ins“: no word a translation keeps.
  'were', 'into', 'onto', 'waren', 'ins',
]);

/** German articles, definite and indefinite. */
export const GERMAN_ARTICLES = ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'];
/** Articles, German and English: "Ein Weckruf …" quotes the source's "Weckruf …" with the grammar of the writer's sentence. */
export const ARTICLES = new Set([...GERMAN_ARTICLES, 'the', 'a', 'an']);
/** „im Artikel“, „beim Mitarbeiter“: a preposition fused with the article is the article too. */
export const GERMAN_FUSED_ARTICLES = ['im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins'];
/** „viele Anleger“, „mehrere Mitarbeiter“: quantifiers that, like an article, stand before a German common noun. */
export const GERMAN_NOUN_QUANTIFIERS = ['viele', 'vielen', 'alle', 'allen', 'einige', 'einigen', 'keine', 'manche', 'mehrere'];

/** Acronyms that are common nouns ("KI" is German for AI). */
export const COMMON_ACRONYMS = new Set(['KI', 'AI', 'CEO', 'CTO', 'CFO', 'IT', 'PR', 'TV', 'GPU', 'GPUs', 'CPU', 'LLM', 'API', 'PC', 'OK', 'US', 'EU', 'UN']);

/** Words that make a capitalised sequence an organisation. */
const ORGANISATION_NAME_WORDS = ['University', 'Universität', 'Lab', 'Labs', 'Research', 'Partners', 'Review', 'Post', 'Times', 'Journal', 'Endowment', 'Institute', 'Institut', 'Inc', 'Corp', 'Group', 'Capital', 'Bank', 'Technology', 'Technologies', 'Project', 'Foundation', 'Agency', 'Association', 'Company', 'AG', 'GmbH', 'SE', 'Ltd', 'Akademie', 'Peace', 'Valley', 'Platforms', 'Energy', 'Electric', 'Electron', 'Electronics', 'Securities', 'Markets', 'Island', 'Islands', 'York', 'City', 'Year', 'Index', 'Exchange', 'Fund', 'Composite', 'Average', 'Materials', 'Systems', 'Semiconductor', 'Dynamics', 'Motors', 'Holdings'];
export const ORGANISATION_WORDS = new RegExp(String.raw`\b(${wordAlternation(ORGANISATION_NAME_WORDS)})\b`);

/**
 * The generic head of an organisation's or a programme's name in German and English: „Projekt Stargate“ is Project
 * Stargate translated, not misspelt.
 */
const TRANSLATED_NAME_HEADS: Array<[string, string]> = [['Projekt', 'Project'], ['Universität', 'University'], ['Institut', 'Institute'], ['Akademie', 'Academy'], ['Technologie', 'Technology'], ['Labor', 'Lab'], ['Initiative', 'Initiative']];
/** A name's generic head → the same head in the other language, both ways („Projekt“ → "Project" → „Projekt“). */
export const TRANSLATED_NAME_HEAD: ReadonlyMap<string, string> = new Map(TRANSLATED_NAME_HEADS.flatMap(([german, english]): Array<[string, string]> => [[german, english], [english, german]]));

/** Joiners inside English organisation names ("Carnegie Endowment for International Peace"). */
export const NAME_JOINERS = new Set(['for', 'of', '&', 'and']);

/** A capitalised word that looks like a German common noun or adjective, not a name. */
export function looksLikeCommonWord(word: string): boolean {
  return /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|ität|tion|tionen|isch|ische|ischen|ischer|isches|lich|liche|lichen|licher|ige|igen|iger|ierung|nahme|ien)$/.test(word);
}

/**
 * The endings of an inflected German adjective („schwache“, „weiteren“, „einzelner“) and of an English participle
 * ("related", "leading"): a word so ended that a text also writes in lower case is an ordinary word, not a given name.
 */
/** A genitive right after a name: "Liang's co-founder", „Liangs Mitgründer“, "Sheehan’s colleague". */
export const GENITIVE_AFTER_NAME = /^(?:['’]s?|s)(?![\p{L}])/iu;
export const INFLECTED_WORD_ENDING = /(?:e|en|er|es|em|ed|ing)$/;

/** A capitalised word that names a category before a name: "Premierminister Li Qiang", "Provinz Guangdong". */
export function looksLikeCategory(word: string): boolean {
  return word.includes('-') || /[äöüß]/.test(word) || word.length >= 12 || /(er|eur|or|ent|ant|ist|te|ur|inz|fonds|stadt|staat|land|modell|gruppe|konzern|familie|serie|reihe)$/i.test(word) || looksLikeCommonWord(word);
}

/** Category nouns of places, also as the end of a compound: „Provinz Guangdong“, „Hauptstadt“, "the city of Hangzhou". */
const PLACE_CATEGORY_WORDS = ['stadt', 'provinz', 'staat', 'land', 'region', 'bundesstaat', 'hauptstadt', 'city', 'province', 'state', 'country'];
export const PLACE_CATEGORY = new RegExp(String.raw`(${wordAlternation(PLACE_CATEGORY_WORDS)})$`, 'i');

/** Words that deny, German and English: an answer that holds one ("Liang Wenfeng jedenfalls nicht") names no one. */
export const DENIAL_WORDS = /(?<![\p{L}])(?:nicht|nie|niemals|nichts|niemand|kein(?:e|er|en|em|es)?|keineswegs|keinesfalls|weder|not|no|never|nobody|none|nor|neither)(?![\p{L}])|(?<=\p{L})n['’]t(?![\p{L}])/iu;
/**
 * Stock indexes whose names end in a number ("S&P 500", "FTSE 100", „Euro Stoxx 50“, „DAX 40“): the number is part of
 * the name, not a figure, also where no source names the index.
 */
export const NUMBERED_INDEX_NAMES = [
  'S&P 500', 'S&P 100', 'S&P/ASX 200', 'ASX 200', 'Nasdaq 100', 'FTSE 100', 'FTSE 250', 'Euro Stoxx 50', 'Stoxx Europe 600', 'Stoxx 600',
  'Nikkei 225', 'DAX 40', 'CAC 40', 'IBEX 35', 'AEX 25', 'Russell 1000', 'Russell 2000', 'CSI 300', 'KOSPI 200', 'TSX 60',
];

/**
 * Outlets named by one word or their initials, that no common word spells: "schrieb das Handelsblatt", "the FT
 * reported". Words a sentence uses otherwise ("Welt", "Zeit", "Stern", "Focus", "Fortune") are left out.
 */
export const OUTLET_NAMES = ['Handelsblatt', 'FAZ', 'F.A.Z.', 'SZ', 'Spiegel', 'taz', 'NZZ', 'Tagesspiegel', 'Tagesschau', 'heise', 'Heise', 'Golem', 't3n', 'Telepolis', 'Reuters', 'Bloomberg', 'AFP', 'dpa', 'Xinhua', 'Caixin', 'Nikkei', 'Economist', 'Guardian', 'Politico', 'Axios', 'Forbes', 'Wired', 'TechCrunch', 'Semafor', 'CNBC', 'CNN', 'BBC', 'NPR', 'FT', 'WSJ', 'NYT', 'SCMP'];

/** The last word of an outlet's name of several words: "Süddeutsche Zeitung", "Financial Times", "Business Insider". */
// Not the plural nouns a writer uses for any group of them ("Chinesische Nachrichten", "Mehrere Insider", "News").
export const OUTLET_HEADS = ['Zeitung', 'Allgemeine', 'Rundschau', 'Tagblatt', 'Anzeiger', 'Kurier', 'Times', 'Post', 'Journal', 'Review', 'Tribune', 'Herald', 'Chronicle', 'Gazette', 'Telegraph'];
/** Words that count or sort what follows, never the first word of a paper's name: "Several Times", "Mehrere Zeitungen". */
export const GROUP_WORDS = new Set(['mehrere', 'einige', 'viele', 'verschiedene', 'zahlreiche', 'andere', 'beide', 'alle', 'several', 'many', 'some', 'various', 'other', 'numerous', 'both', 'all', 'few']);

/**
 * Nouns of a person's role in an organisation, German and English: "DeepSeek's founder", "der Gründer von DeepSeek", "der
 * DeepSeek-Gründer", "OpenAI's chief executive". The organisation before or after them owns the role; it is not who acts.
 */
export const ROLE_NOUNS = ['founder', 'co-founder', 'cofounder', 'chief executive', 'chief', 'ceo', 'boss', 'chairman', 'chairwoman', 'president', 'gründer', 'gründerin', 'mitgründer', 'mitgründerin', 'chef', 'chefin', 'firmenchef', 'konzernchef', 'vorstandschef', 'geschäftsführer', 'geschäftsführerin'];
/** The words that tie a role to its organisation after it: "Gründer von DeepSeek", "founder of DeepSeek". */
export const ROLE_OF = ['von', 'vom', 'des', 'der', 'bei', 'of', 'at'];

/**
 * "DeepSeek says it employs 160 people", "Liang sagte, er sei 40": the pronouns after a speaking verb by which a
 * speaker speaks of itself, by the kind of name that speaks (a person is no "it"; "es" after a person is "es sei").
 */
export const SELF_PRONOUNS: Partial<Record<NameKind, string[]>> = {
  person: ['he', 'his', 'she', 'her', 'er', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer'],
  organisation: ['it', 'its', 'we', 'our', 'they', 'their', 'es', 'man', 'wir', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'sein', 'seine', 'seinen', 'seinem', 'seiner'],
};

/**
 * Words that ask for the thing a question's fact is about: "Which hedge fund did DeepSeek's founder set up in 2015?", „Was
 * gründete der DeepSeek-Gründer 2015?“. The organisation that owns the role is not it, whatever else the clause names.
 */
export const ASKING_WORDS = ['what', 'which', 'was', 'welche', 'welchen', 'welcher', 'welches', 'welchem'];
/**
 * The words after which a question's first "Was" is English "was", a yes/no question ("Was the company set up by
 * DeepSeek's founder in 2021?"), not German „was“ asking for a thing („Was gründete …“).
 */
export const AFTER_ENGLISH_WAS = ['the', 'a', 'an', 'it', 'he', 'she', 'this', 'that', 'there', 'they', 'its', 'his', 'her', 'their'];
/** The words after which an asking word still opens a question of its own: "How old is he, and what did he set up in 2015?". */
export const ASKING_JOINERS = ['and', 'or', 'und', 'oder'];

/**
 * What a member of a list is, said beside its name: "der Chipkonzern Nvidia und der Softwarekonzern Microsoft", "im
 * Programmiertest HumanEval und im Mathematiktest MATH-500", "the HumanEval coding test and the MATH-500 maths test". The
 * ends of such nouns (German compounds end in them: "Chip|konzern", "Mathematik|test"), beside the category nouns of
 * `categoryOf` (names/kindEvidence.ts).
 */
export const LIST_MEMBER_NOUNS = ['test', 'benchmark', 'index', 'indizes', 'giant', 'riese', 'group', 'gruppe', 'konzern', 'rechner', 'computer', 'aktie', 'stock', 'titel', 'papier'];
/**
 * The prepositions that give a list of values to the list of names right after it: "7.82%, 6.58% and 3.75% for Nvidia,
 * Microsoft and Broadcom", „7,82, 6,58 und 3,75 Prozent bei Nvidia, Microsoft und Broadcom“.
 */
export const VALUES_OWNER_PREPOSITIONS = ['for', 'at', 'für', 'bei'];
/**
 * Plural pronouns that, opening a sentence, stand for the names of the sentence before: "Nvidia and Microsoft were hit
 * hardest. They lost 7.82% and 3.75%.", „… Sie verloren 7,82 und 3,75 Prozent.“
 */
export const PLURAL_SUBJECT_PRONOUNS = ['they', 'sie'];
/**
 * Possessives that, opening a sentence, stand for the names of the sentence before as owners: "Nvidia and Microsoft were
 * hit hardest. Their shares lost 7.82% and 3.75%.", „… Ihre Papiere gaben 7,82 und 3,75 Prozent ab.“, „Deren Aktien …“.
 * „Ihre“ is also a single owner's („Die Nvidia-Aktie … Ihre Verluste …“): only a list of as many names as values pairs.
 */
export const PLURAL_POSSESSIVE_PRONOUNS = ['their', 'ihre', 'deren'];
/** The articles that may stand between such a preposition and the names: "for the", „bei den“. */
export const VALUES_OWNER_ARTICLES = ['the', 'die', 'der', 'den', 'dem'];
/** The prepositions a writer repeats before each member of a list: "bei Nvidia und bei Microsoft", "on X and on Y", "shares of Nvidia and of Microsoft". */
export const LIST_MEMBER_PREPOSITIONS = ['im', 'in', 'bei', 'beim', 'von', 'vom', 'für', 'auf', 'am', 'an', 'unter', 'on', 'at', 'of', 'for', 'from', 'by'];
/**
 * The prepositions of a short phrase a writer puts after each member of a list to say where it is from or what it is
 * for: „Nvidia aus Santa Clara und Microsoft aus Redmond“, „HumanEval fürs Programmieren und MATH-500 für Mathematik“,
 * "Nvidia of Santa Clara and Microsoft of Redmond", "HumanEval for coding and MATH-500 for maths".
 */
export const LIST_MEMBER_DESCRIPTOR_PREPOSITIONS = ['aus', 'von', 'vom', 'für', 'fürs', 'mit', 'in', 'im', 'from', 'of', 'for', 'with'];
