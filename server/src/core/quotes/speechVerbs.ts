/** Verbs that say who speaks a quotation: „…“, sagt X; X said: "…". */
export const SPEECH_VERB = String.raw`(?:sagt|sagte|sagen|erklärt|erklärte|betont|betonte|meint|meinte|schreibt|schrieb|warnt|warnte|lobt|lobte|nennt|nannte|bezeichnet|bezeichnete|kritisiert|kritisierte|ergänzt|ergänzte|beschreibt|beschrieb|kommentiert|kommentierte|mahnt|mahnte|urteilt|urteilte|warnt|ergänzt|fügt|fügte|bemerkt|bemerkte|zitiert|lobt|schwärmt|schwärmte|räumt|räumte|beruhigt|beruhigte|relativiert|relativierte|entgegnet|entgegnete|widerspricht|widersprach|kontert|konterte|sagt|so|countered|counters|replied|replies|responded|responds|reassured|reassures|said|says|told|comments|commented|remarks|remarked|observes|observed|quipped|admits|admitted|claims|claimed|cautions|cautioned|tells|explained|explains|added|adds|noted|notes|wrote|writes|called|calls|described|describes|stated|praised|praises|warned|warns|argued|argues|stressed|stresses|insisted|insists)`;

/** "…, and Matt Sheehan calling it a "…"": English present participles that speak a quotation in a list of who said what. */
export const SPEAKING_GERUND = String.raw`(?:calling|saying|telling|warning|arguing|noting|adding|insisting|praising)`;

/**
 * What a question asks when it asks who said a quotation: a speech verb, its participle, or the words themselves ("Wer
 * hat das gesagt?", "Von wem stammt der Satz …?", "Whose words are these?"). Not "gedacht", "thought", "geglaubt":
 * "Wer hätte gedacht, dass …?" asks no one's name.
 */
export const ASKED_SPEECH = String.raw`(?:${SPEECH_VERB}|gesagt|geschrieben|genannt|gesprochen|geäußert|geprägt|stammt|stammen|stammte|sprach|spricht|prägte|spoke|speaks|coined|uttered|worte|words|satz|zitat|quote)`;
/** Verbs an outlet reports with, beside the speech verbs it writes with: „…“, berichtete Reuters; "…," Bloomberg reported. */
export const REPORT_VERB = String.raw`(?:berichtet|berichtete|berichten|berichteten|meldet|meldete|melden|meldeten|titelt|titelte|reported|reports|headlined)`;

/** Verbs of passing someone's words on: „…“, zitiert die Washington Post Matt Sheehan; "…," the FT wrote, quoting X. */
export const PASSING_ON = String.raw`(?:zitiert|zitierte|zitieren|zitierten|unter\s+berufung\s+auf|mit\s+verweis\s+auf|quoting|quoted|quotes|citing|cited|cites)`;

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
export const SAYING_NOUN = String.raw`(?:worte|worten|fazit|urteil|einschätzung|antwort|kommentar|warnung|diagnose|words|verdict|conclusion|answer|comment|warning|assessment)`;

/**
 * Verbs that frame someone's words after them, with "es"/"das" ("„…“, so formuliert es X", "So sah es X."): of saying,
 * seeing and summing up.
 */
export const FRAMING_VERB = String.raw`(?:sieht|sah|sehen|sahen|formuliert|formulierte|beschreibt|beschrieb|fasst|fasste|bringt|brachte|drückt|drückte|nennt|nannte|sagt|sagte|schreibt|schrieb|erklärt|erklärte|umschreibt|umschrieb|meint|meinte|beurteilt|beurteilte|deutet|deutete|kommentiert|kommentierte)`;

/** How someone put the words a frame after them gives ("as X put it", "wie X es formulierte", "that is how X described it"). */
export const PUT_IT = String.raw`(?:(?:es|das)\s+)?(?:put\s+it|puts\s+it|described\s+it|describes\s+it|summed\s+it\s+up|sums\s+it\s+up|phrased\s+it|phrases\s+it|formulierte|formuliert|ausdrückte|ausdrückt|ausgedrückt\s+hat|formuliert\s+hat|gesagt\s+hat|${SPEECH_VERB})`;

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
export const CLAUSE_FINAL_SPEECH_VERB = String.raw`(?:sagt|sagte|sagten|nennt|nannte|nannten|bezeichnet|bezeichnete|bezeichneten|spricht|sprach|sprachen|prägt|prägte|beschreibt|beschrieb|schreibt|schrieb|kommentiert|kommentierte|kritisiert|kritisierte|zitiert|zitierte|erklärt|erklärte|meint|meinte)`;

/** English verbs that speak a quotation only as its description: "described the development as a "…"", not "described the "…" phrase as overblown". */
export const DESCRIBING_VERBS = new Set(['described', 'describes']);
/** What stands right before such a quotation: "as a", "as the". */
export const DESCRIBED_AS = String.raw`(?<![\p{L}])as\s+(?:(?:a|an|the)\s+)?$`;

export const FRONTED_QUOTE_VERB = String.raw`(?:${SPEECH_VERB}|sprach|spricht|sprachen|sprechen|sah|sieht|sahen|prägte|prägt)`;

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
export const REPORTING_AUXILIARY = String.raw`(?:hat|hatte|habe|has|had|have)`;

/**
 * Participles of speech verbs after that auxiliary. German only by design: the English participles ("said", "argued")
 * are the past forms already in SPEECH_VERB.
 */
export const SPEECH_PARTICIPLE = String.raw`(?:gesagt|erklärt|betont|gemeint|geschrieben|gewarnt|gelobt|genannt|bezeichnet|kritisiert|ergänzt|beschrieben|kommentiert|bemerkt|argumentiert|behauptet|eingeräumt|hervorgehoben)`;

/**
 * Participles that, after the quotation, finish a perfect tense begun before it: „X habe das Ganze einen „…“
 * genannt“, „X hat von einem „…“ gesprochen“. What a speaker calls something, not what anyone merely says about it:
 * „X hat den „…“ kommen sehen“ quotes no one.
 */
export const NAMING_PARTICIPLE = String.raw`(?:genannt|gesprochen|bezeichnet|geprägt|getauft|ausgerufen)`;

/**
 * Particles of spoken German between a speaker and the verb: „Cao hat ja gesagt“, „Sheehan meinte doch“. German only:
 * English has no such particles; its words between speaker and verb are SPEAKER_GAP_WORDS.
 */
export const SPOKEN_PARTICLES = ['ja', 'doch', 'eben', 'halt', 'mal'];

/** What frames the speaker of an English quotation put first: "… is what X called it", "… was how X described it". */
export const FRONTED_FRAME = /^(?:is|was|are|were)\s+(?:what|how)\s+$/iu;

/**
 * Words by which a speaker disputes or shares what another said („Cao widersprach, dass …“, „er teile die Einschätzung,
 * dass …“, "Cao countered that …", "Cao agreed that …"): what follows is someone else's claim, not the speaker's own.
 */
export const DISPUTING_OR_SHARING = /(?<![\p{L}])(?:widerspricht|widersprach|widersprechen|bestreitet|bestritt|bestreiten|bezweifelt|bezweifelte|zweifelt|zweifelte|dementiert|dementierte|kontert|konterte|entgegnet|entgegnete|teile|teilt|teilte|teilen|stimmt|stimmte|pflichtet|pflichtete|bestätigt|bestätigte|countered|counters|disputed|disputes|denied|denies|rejected|rejects|doubted|doubts|questioned|questions|agreed|agrees|echoed|echoes|shares|shared|confirmed|confirms)(?![\p{L}])/iu;

/** „Wang von DeepSeek sagte“, "a researcher at Microsoft": the prepositions that tie a speaker to a workplace. */
export const WORKPLACE_PREPOSITIONS = String.raw`(?:von|vom|der|des|bei|aus|of|from|at)`;

/** Words that join a second clause to a speaker's own predicate: "X praised the model, and Y …", „…, aber Y …“. */
export const JOINED_CLAUSE_WORDS = String.raw`(?:and|und|but|aber)`;
/** Words that open reported speech: "says of him that he …", „sagt, dass er …“. */
export const REPORTED_THAT = String.raw`(?:that|dass)`;
/** Subject pronouns that report what another person said: „…, er habe …“, "… that he …". */
export const REPORTED_PRONOUN = String.raw`(?:er|sie|he|she)`;
