import { wordAlternation as words } from '../context/lexicon';

/** Verbs that say who speaks a quotation: „…“, sagt X; X said: "…". */
const SPEECH_VERB_WORDS = ['sagt', 'sagte', 'sagen', 'erklärt', 'erklärte', 'betont', 'betonte', 'meint', 'meinte', 'schreibt', 'schrieb', 'warnt', 'warnte', 'lobt', 'lobte', 'nennt', 'nannte', 'bezeichnet', 'bezeichnete', 'kritisiert', 'kritisierte', 'ergänzt', 'ergänzte', 'beschreibt', 'beschrieb', 'kommentiert', 'kommentierte', 'mahnt', 'mahnte', 'urteilt', 'urteilte', 'warnt', 'ergänzt', 'fügt', 'fügte', 'bemerkt', 'bemerkte', 'zitiert', 'lobt', 'schwärmt', 'schwärmte', 'räumt', 'räumte', 'beruhigt', 'beruhigte', 'relativiert', 'relativierte', 'entgegnet', 'entgegnete', 'widerspricht', 'widersprach', 'kontert', 'konterte', 'sagt', 'so', 'countered', 'counters', 'replied', 'replies', 'responded', 'responds', 'reassured', 'reassures', 'said', 'says', 'told', 'comments', 'commented', 'remarks', 'remarked', 'observes', 'observed', 'quipped', 'admits', 'admitted', 'claims', 'claimed', 'cautions', 'cautioned', 'tells', 'explained', 'explains', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'called', 'calls', 'described', 'describes', 'stated', 'praised', 'praises', 'warned', 'warns', 'argued', 'argues', 'stressed', 'stresses', 'insisted', 'insists'];
export const SPEECH_VERB = String.raw`(?:${words(SPEECH_VERB_WORDS)})`;
/** ", Rasgon said.", „Rasgon meint, …“, "Rasgon said the panic …": the speech verb right after the name. */
export const VERB_AFTER_NAME = new RegExp(String.raw`^\s+${SPEECH_VERB}(?![\p{L}])`, 'iu');

/**
 * What ends a reporting clause after its speaker: the particle of a separable verb („…, fügte er hinzu.“, „…, räumte
 * er ein.“) and adverbs of time ("…, he said later.", „…, sagte er später.“).
 */
const SPEECH_VERB_PARTICLE_WORDS = ['hinzu', 'ein', 'später', 'dazu', 'later', 'afterwards', 'too'];
export const SPEECH_VERB_PARTICLE = String.raw`(?:${words(SPEECH_VERB_PARTICLE_WORDS)})`;

/** "…, and Matt Sheehan calling it a "…"": English present participles that speak a quotation in a list of who said what. */
const SPEAKING_GERUND_WORDS = ['calling', 'saying', 'telling', 'warning', 'arguing', 'noting', 'adding', 'insisting', 'praising'];
export const SPEAKING_GERUND = String.raw`(?:${words(SPEAKING_GERUND_WORDS)})`;

/**
 * What a question asks when it asks who said a quotation: a speech verb, its participle, or the words themselves ("Wer
 * hat das gesagt?", "Von wem stammt der Satz …?", "Whose words are these?"). Not "gedacht", "thought", "geglaubt":
 * "Wer hätte gedacht, dass …?" asks no one's name.
 */
const ASKED_SPEECH_WORDS = ['gesagt', 'geschrieben', 'genannt', 'gesprochen', 'geäußert', 'geprägt', 'stammt', 'stammen', 'stammte', 'sprach', 'spricht', 'prägte', 'spoke', 'speaks', 'coined', 'uttered', 'worte', 'words', 'satz', 'zitat', 'quote'];
export const ASKED_SPEECH = String.raw`(?:${SPEECH_VERB}|${words(ASKED_SPEECH_WORDS)})`;
/** Verbs an outlet reports with, beside the speech verbs it writes with: „…“, berichtete Reuters; "…," Bloomberg reported. */
const REPORT_VERB_WORDS = ['berichtet', 'berichtete', 'berichten', 'berichteten', 'meldet', 'meldete', 'melden', 'meldeten', 'titelt', 'titelte', 'reported', 'reports', 'headlined'];
export const REPORT_VERB = String.raw`(?:${words(REPORT_VERB_WORDS)})`;

/** Verbs of passing someone's words on: „…“, zitiert die Washington Post Matt Sheehan; "…," the FT wrote, quoting X. */
const PASSING_ON_WORDS = ['zitiert', 'zitierte', 'zitieren', 'zitierten', 'unter berufung auf', 'mit verweis auf', 'quoting', 'quoted', 'quotes', 'citing', 'cited', 'cites'];
export const PASSING_ON = String.raw`(?:${words(PASSING_ON_WORDS)})`;

/**
 * Words that cannot stand in a speaker's title between a speech verb and the speaker's name („…“, sagt der frühere
 * DeepSeek-Mitarbeiter Zihan Wang; "…," said Carnegie analyst Matt Sheehan), beside the function words
 * (names/wordLists.ts): prepositions, pronouns and conjunctions make the name another person's, or start another clause
 * ("sagt der Analyst gegenüber Liang Wenfeng", "…," whereas Rasgon says).
 */
export const TITLE_BREAKS = new Set([
  'gegenüber', 'zufolge', 'wegen', 'sondern', 'wohingegen', 'weil', 'nachdem', 'bevor', 'obwohl', 'ob', 'sowie',
  'ihm', 'ihn', 'ihnen', 'sich', 'uns', 'mir', 'mich', 'dir', 'dich',
  'about', 'into', 'against', 'toward', 'towards', 'without', 'than', 'whereas', 'although', 'though', 'because', 'unless',
  'him', 'them', 'us', 'me', 'whom', 'whose',
]);

/** Nouns for what someone said, after a possessive that points back to them: „Seine Worte: …“, "In his words, …". */
const SAYING_NOUN_WORDS = ['worte', 'worten', 'fazit', 'urteil', 'einschätzung', 'antwort', 'kommentar', 'warnung', 'diagnose', 'words', 'verdict', 'conclusion', 'answer', 'comment', 'warning', 'assessment'];
export const SAYING_NOUN = String.raw`(?:${words(SAYING_NOUN_WORDS)})`;

/**
 * Verbs that frame someone's words after them, with "es"/"das" ("„…“, so formuliert es X", "So sah es X."): of saying,
 * seeing and summing up.
 */
const FRAMING_VERB_WORDS = ['sieht', 'sah', 'sehen', 'sahen', 'formuliert', 'formulierte', 'beschreibt', 'beschrieb', 'fasst', 'fasste', 'bringt', 'brachte', 'drückt', 'drückte', 'nennt', 'nannte', 'sagt', 'sagte', 'schreibt', 'schrieb', 'erklärt', 'erklärte', 'umschreibt', 'umschrieb', 'meint', 'meinte', 'beurteilt', 'beurteilte', 'deutet', 'deutete', 'kommentiert', 'kommentierte'];
export const FRAMING_VERB = String.raw`(?:${words(FRAMING_VERB_WORDS)})`;

/** How someone put the words a frame after them gives ("as X put it", "wie X es formulierte", "that is how X described it"). */
const PUT_IT_PHRASES = ['put it', 'puts it', 'called it', 'calls it', 'dubbed it', 'dubs it', 'termed it', 'described it', 'describes it', 'summed it up', 'sums it up', 'phrased it', 'phrases it', 'formulierte', 'formuliert', 'ausdrückte', 'ausdrückt', 'ausgedrückt hat', 'formuliert hat', 'gesagt hat'];
export const PUT_IT = String.raw`(?:(?:es|das)\s+)?(?:${words(PUT_IT_PHRASES)}|${SPEECH_VERB})`;

/**
 * Verbs after a quotation put first in its sentence that name who said it, the speaker coming after them (German
 * order): „Vom „Sputnik-Moment“ sprach X“, „Einen „Weckruf …“ nannte es X“, „Als „…“ bezeichnete X …“, „Einen „…“ sah
 * darin X“.
 */
/** Verbs of seeing, which speak only as „sah darin X“: „Den „Sputnik-Moment“ sah auch X nicht kommen“ quotes nobody. */
export const SEEING_VERBS = new Set(['sah', 'sieht', 'sahen']);

/**
 * German verbs of saying that end the quotation's clause after it: „…, während X die Entwicklung als „…“ bezeichnete“,
 * „… von einem „…“ sprach“. Not `so` (the „…“, so X marker) nor the seeing verbs: „… „…“ so nicht gelten ließ“,
 * „… im „…“ vor allem Panikmache sah“ quote nobody.
 */
const CLAUSE_FINAL_SPEECH_VERB_WORDS = ['sagt', 'sagte', 'sagten', 'nennt', 'nannte', 'nannten', 'bezeichnet', 'bezeichnete', 'bezeichneten', 'spricht', 'sprach', 'sprachen', 'prägt', 'prägte', 'beschreibt', 'beschrieb', 'schreibt', 'schrieb', 'kommentiert', 'kommentierte', 'kritisiert', 'kritisierte', 'zitiert', 'zitierte', 'erklärt', 'erklärte', 'meint', 'meinte'];
export const CLAUSE_FINAL_SPEECH_VERB = String.raw`(?:${words(CLAUSE_FINAL_SPEECH_VERB_WORDS)})`;

/** English verbs that speak a quotation only as its description: "described the development as a "…"", not "described the "…" phrase as overblown". */
export const DESCRIBING_VERBS = new Set(['described', 'describes']);
/** What stands right before such a quotation: "as a", "as the". */
export const DESCRIBED_AS = String.raw`(?<![\p{L}])as\s+(?:(?:a|an|the)\s+)?$`;

const FRONTED_QUOTE_VERB_WORDS = ['sprach', 'spricht', 'sprachen', 'sprechen', 'sah', 'sieht', 'sahen', 'prägte', 'prägt'];
export const FRONTED_QUOTE_VERB = String.raw`(?:${SPEECH_VERB}|${words(FRONTED_QUOTE_VERB_WORDS)})`;

/**
 * The short words that may stand between such a verb and the speaker, or between an English speaker and the verb after
 * the quotation ("…," Sheehan later called it): pronouns of the quotation, and adverbs of time and addition. Nothing
 * else: a preposition or an article starts another phrase, whose name is not the speaker.
 */
export const SPEAKER_GAP_WORDS = new Set([
  'es', 'das', 'dies', 'darin', 'dazu', 'damals', 'später', 'wenig', 'kurz', 'danach', 'darauf', 'auch', 'ebenfalls',
  'selbst', 'sogar', 'bereits', 'schon', 'zuvor', 'einst', 'einmal', 'noch', 'dann', 'wiederum', 'hingegen', 'dagegen',
  'jedoch', 'allerdings', 'zudem', 'neulich', 'jüngst', 'kürzlich', 'gestern', 'heute', 'prompt', 'sofort',
  'later', 'also', 'then', 'once', 'too', 'soon', 'afterwards', 'recently', 'famously', 'memorably', 'promptly', 'quickly',
]);

/** The auxiliary of a speech verb's perfect tense: „X hat gesagt, …“, "X has said …". */
const REPORTING_AUXILIARY_WORDS = ['hat', 'hatte', 'habe', 'has', 'had', 'have'];
export const REPORTING_AUXILIARY = String.raw`(?:${words(REPORTING_AUXILIARY_WORDS)})`;

/**
 * Participles of speech verbs after that auxiliary. German only by design: the English participles ("said", "argued")
 * are the past forms already in SPEECH_VERB.
 */
const SPEECH_PARTICIPLE_WORDS = ['gesagt', 'erklärt', 'betont', 'gemeint', 'geschrieben', 'gewarnt', 'gelobt', 'genannt', 'bezeichnet', 'kritisiert', 'ergänzt', 'beschrieben', 'kommentiert', 'bemerkt', 'argumentiert', 'behauptet', 'eingeräumt', 'hervorgehoben'];
export const SPEECH_PARTICIPLE = String.raw`(?:${words(SPEECH_PARTICIPLE_WORDS)})`;
/**
 * Participles that, after „Das hat X …“ following a quotation, say that X spoke its words: „Das hat X gesagt.“, „Das hat
 * X so formuliert.“ Not what X did about words ("kritisiert", "gelobt", "kommentiert"): „Das hat X kritisiert“ names
 * a critic of the quotation, not its speaker; nor „erklärt“, „betont“: „Trump nannte es einen „Weckruf“. Das hat X
 * erklärt.“ is X explaining Trump's words.
 */
// Not „getwittert“, „gepostet“, "tweeted", "posted": passing someone else's words on is as common as saying one's own.
const SAID_IT_PARTICIPLE_WORDS = ['gesagt', 'geschrieben', 'formuliert', 'geäußert', 'behauptet'];
export const SAID_IT_PARTICIPLE = String.raw`(?:${words(SAID_IT_PARTICIPLE_WORDS)})`;
/** Past forms after "That's what X …" following a quotation: "That's what X said." */
const SAID_WHAT_WORDS = ['said', 'says', 'wrote', 'writes', 'told', 'claimed', 'stated'];
export const SAID_WHAT = String.raw`(?:${words(SAID_WHAT_WORDS)})`;
/** „X gibt zu bedenken, …“, „…, wie X zu Bedenken gibt“: a warning told as a phrase, in either order and either spelling. */
export const GIVES_TO_CONSIDER = String.raw`(?:(?:gibt|gab|geben|gaben)\s+zu\s+[Bb]edenken|zu\s+[Bb]edenken\s+(?:gibt|gab|geben|gaben))`;

/**
 * Participles that, after the quotation, finish a perfect tense begun before it: „X habe das Ganze einen „…“
 * genannt“, „X hat von einem „…“ gesprochen“. What a speaker calls something, not what anyone merely says about it:
 * „X hat den „…“ kommen sehen“ quotes no one.
 */
const NAMING_PARTICIPLE_WORDS = ['genannt', 'gesprochen', 'bezeichnet', 'geprägt', 'getauft', 'ausgerufen'];
export const NAMING_PARTICIPLE = String.raw`(?:${words(NAMING_PARTICIPLE_WORDS)})`;

/**
 * Particles of spoken German between a speaker and the verb: „Cao hat ja gesagt“, „Sheehan meinte doch“. German only:
 * English has no such particles; its words between speaker and verb are SPEAKER_GAP_WORDS.
 */
export const SPOKEN_PARTICLES = ['ja', 'doch', 'eben', 'halt', 'mal'];

/**
 * Nouns that name a quoted term before it: „Den Begriff „Sputnik-Moment“ prägte …“, "The phrase "Sputnik moment" came
 * from …". The quotation is the term the noun names, and the speaker named after it coined or used it.
 */
export const TERM_NOUNS = ['begriff', 'wort', 'ausdruck', 'schlagwort', 'formel', 'etikett', 'vergleich', 'term', 'word', 'phrase', 'expression', 'label', 'line', 'comparison', 'metaphor', 'catchphrase'];

/** What frames the speaker of an English quotation put first: "… is what X called it", "… was how X described it". */
export const FRONTED_FRAME = /^(?:is|was|are|were)\s+(?:what|how)\s+$/iu;

/**
 * Words by which a speaker disputes or shares what another said („Cao widersprach, dass …“, „er teile die Einschätzung,
 * dass …“, "Cao countered that …", "Cao agreed that …"): what follows is someone else's claim, not the speaker's own.
 */
const DISPUTING_WORDS = ['widerspricht', 'widersprach', 'widersprechen', 'bestreitet', 'bestritt', 'bestreiten', 'bezweifelt', 'bezweifelte', 'zweifelt', 'zweifelte', 'dementiert', 'dementierte', 'kontert', 'konterte', 'entgegnet', 'entgegnete', 'countered', 'counters', 'disputed', 'disputes', 'denied', 'denies', 'rejected', 'rejects', 'doubted', 'doubts', 'questioned', 'questions'];
const SHARING_WORDS = ['teile', 'teilt', 'teilte', 'teilen', 'stimmt', 'stimmte', 'pflichtet', 'pflichtete', 'bestätigt', 'bestätigte', 'agreed', 'agrees', 'echoed', 'echoes', 'shares', 'shared', 'confirmed', 'confirms'];
export const DISPUTING_OR_SHARING = new RegExp(String.raw`(?<![\p{L}])(?:${words([...DISPUTING_WORDS, ...SHARING_WORDS])})(?![\p{L}])`, 'iu');
/** „Cao widersprach: …“, "Cao countered: …": the words that dispute another's claim, before the speaker's own. */
export const DISPUTING = new RegExp(String.raw`(?<![\p{L}])(?:${words(DISPUTING_WORDS)})(?![\p{L}])`, 'iu');

/** „Wang von DeepSeek sagte“, "a researcher at Microsoft": the prepositions that tie a speaker to a workplace. */
const WORKPLACE_PREPOSITION_WORDS = ['von', 'vom', 'der', 'des', 'bei', 'aus', 'of', 'from', 'at'];
export const WORKPLACE_PREPOSITIONS = String.raw`(?:${words(WORKPLACE_PREPOSITION_WORDS)})`;

/** Words that join a second clause to a speaker's own predicate: "X praised the model, and Y …", „…, aber Y …“. */
const CLAUSE_JOINERS = ['and', 'und', 'but', 'aber'];
export const JOINED_CLAUSE_WORDS = String.raw`(?:${words(CLAUSE_JOINERS)})`;
/** Words that open reported speech: "says of him that he …", „sagt, dass er …“. */
const REPORTED_THAT_WORDS = ['that', 'dass'];
export const REPORTED_THAT = String.raw`(?:${words(REPORTED_THAT_WORDS)})`;
/** Subject pronouns that report what another person said: „…, er habe …“, "… that he …". */
const REPORTED_PRONOUN_WORDS = ['er', 'sie', 'he', 'she'];
export const REPORTED_PRONOUN = String.raw`(?:${words(REPORTED_PRONOUN_WORDS)})`;

/** The article before a speaker's title: „der Tech-Investor X“, "the analyst X". */
export const TITLE_ARTICLES = ['der', 'die', 'das', 'the'];

/**
 * The mood of German reported speech: „…: Das Team habe die Herausforderung in eine Chance verwandelt.“ Konjunktiv I
 * of the auxiliaries and modals, and the Konjunktiv II forms that stand in for it where the two would look alike
 * („hätten“ for „haben“). English has no such mood: its reported speech is told by a verb of saying.
 */
const REPORTED_MOOD_WORDS = ['sei', 'seien', 'habe', 'hätten', 'könne', 'müsse', 'müssten', 'werde', 'würden', 'solle', 'wolle', 'dürfe', 'wären'];
export const REPORTED_MOOD = new RegExp(String.raw`(?<![\p{L}])(?:${words(REPORTED_MOOD_WORDS)})(?![\p{L}])`, 'u');

/** Verbs by which someone asks: „Die Moderatorin fragte Cao: …“, "Wilke asked Cao: …" is a question put to Cao, not his claim. */
const ASKING_WORDS = ['fragt', 'fragte', 'fragten', 'erkundigte', 'asked', 'asks', 'wondered', 'wanted'];
export const ASKING = new RegExp(String.raw`(?<![\p{L}])(?:${words(ASKING_WORDS)})(?![\p{L}])`, 'iu');

/** Words that join two people into one subject: „Cao und Sheehan“, "Cao as well as Sheehan". */
export const JOINING_WORDS = ['und', 'sowie', 'oder', 'and', 'or', 'as well as', '&'];

/**
 * Words by which a sentence's subject hands the word to another person, who may then be the one quoted: „Cao verwies
 * auf Sheehan“, „Wilke fragte Cao“, „Cao zitierte Sheehan“, "Cao pointed to Sheehan", "Wilke turned to Cao".
 */
export const HANDING_OVER_WORDS = ['verweist', 'verwies', 'fragt', 'fragte', 'zitiert', 'zitierte', 'übergab', 'gab', 'wandte', 'wendet', 'bat', 'holte', 'lud', 'pointed', 'points', 'referred', 'refers', 'quoted', 'quotes', 'cited', 'cites', 'asked', 'asks', 'turned', 'turns', 'handed', 'hands', 'invited', 'introduced', 'deferred'];

/**
 * Words by which a colon's clause hands the words after it on to someone other than its named person: the person
 * cites or points to another („Sheehan zitierte einen früheren Mitarbeiter: …“, "Sheehan, citing a former employee,
 * said: …") or is told them ("Sheehan was told: …", „Sheehan wurde gesagt: …“).
 */
export const HANDING_ON = new RegExp(String.raw`(?<![\p{L}])(?:${PASSING_ON}|${words(HANDING_OVER_WORDS)})(?![\p{L}])`, 'iu');
/** The auxiliaries of the passive: "was told", „wurde gesagt“. */
const PASSIVE_AUXILIARY_WORDS = ['wurde', 'wurden', 'wird', 'werden', 'worden', 'was', 'were', 'is', 'are', 'been', 'being'];
export const TOLD_TO_SPEAKER = new RegExp(String.raw`(?<![\p{L}])(?:${words(PASSIVE_AUXILIARY_WORDS)})(?:\s+(?:${words([...SPEAKER_GAP_WORDS])})){0,2}\s+(?:${SPEECH_VERB}|${SPEECH_PARTICIPLE})(?![\p{L}])`, 'iu');

/**
 * Words between two names that make the first not the subject of its sentence: a postposition („Sheehan gegenüber zeigte sich
 * Rasgon gelassen“, "Sheehan aside, Rasgon …") or a subordinator that opens a clause of its own, whose subject the next
 * person may be („Sheehan hörte zu, während Rasgon … erklärte“, "Sheehan listened while Rasgon …").
 */
export const NOT_THE_SUBJECT_WORDS = [
  'gegenüber', 'zufolge', 'entgegen', 'zuliebe', 'während', 'als', 'weil', 'obwohl', 'nachdem', 'bevor', 'wenn', 'dass', 'wobei', 'wohingegen', 'da',
  'aside', 'notwithstanding', 'while', 'when', 'as', 'because', 'although', 'though', 'after', 'before', 'since', 'whereas', 'that',
];
