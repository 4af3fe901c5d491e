/**
 * Words that say when a clause's verb group stands (facts/ageYear.ts): German and English side by side, one list a
 * meaning. The perfect auxiliaries of speech are speechVerbs' REPORTING_AUXILIARY; these are the tenses of any verb.
 */

/** Adverbs that put an age in the present, whatever year the sentence names: „der heute 40-Jährige“, "now 40". */
export const NOW_ADVERBS = ['heute', 'heutige', 'heutigen', 'heutigem', 'heutiger', 'heutiges', 'jetzt', 'derzeit', 'aktuell', 'inzwischen', 'mittlerweile', 'today', 'now', 'nowadays', 'currently'];

/**
 * Adverbs that put an age at a time gone by, which the age's own sentence need not name: „Liang war damals 30 Jahre
 * alt“, "Liang Wenfeng, then 39", "He was about 25 at the time", „Da war er 38“ (not the „da“ of a reason: „Da er 40
 * ist“). Without a year in its sentence, such an age is of no year a
 * reader can count from.
 */
export const THEN_ADVERBS = ['damals', 'seinerzeit', 'da war', 'zu diesem zeitpunkt', 'zu jener zeit', 'zu der zeit', 'zum damaligen zeitpunkt', 'then', 'back then', 'at the time', 'at that time', 'in those days'];

/**
 * Words by which an age's own clause names the event it is the age at: "He was 30 at the time of the founding", „Er war
 * damals bei der Gründung 30“. Such an age is of that event, not of the year the sentence before happens to name.
 */
export const OWN_EVENT_OF_AN_AGE = ['at the time of', 'at the founding', 'at its founding', 'at the launch', 'zum zeitpunkt der', 'zum zeitpunkt des', 'zur zeit der', 'zur zeit des', 'bei der gründung', 'bei gründung', 'beim start', 'bei der einführung'];

/** The present of "to be", indicative and (German) Konjunktiv I of indirect speech: „Er ist 40“, „Er sei 42“, "he is 40". */
export const PRESENT_COPULAS = ['ist', 'sind', 'sei', 'seien', 'is', 'are'];

/** The simple past of "to be", indicative: „Es war …“, "It was …". */
export const PAST_COPULAS = ['war', 'waren', 'was', 'were'];

/**
 * Participles of "to be" and "to become" that turn a present of PRESENT_COPULAS into a past in its own clause: „Er sei
 * 2015 erst 30 Jahre alt gewesen“ (the past of indirect speech), „ist … geworden“, "is said to have been 30 in 2015".
 */
export const PERFECT_OF_BE = ['gewesen', 'geworden', 'been'];

/** Joins of a clause added after an age, and the pronouns its subject may repeat: „… und er hatte …“, "… and had …". */
export const CLAUSE_JOINS = ['und', 'and'];
export const SUBJECT_PRONOUNS = ['er', 'sie', 'he', 'she'];

/**
 * Auxiliaries of a pluperfect in a clause joined after an age: „… und hatte High-Flyer 2015 gegründet“, "… and had
 * co-founded …" put that deed before the age's time. Not „hat/habe/haben“: German Perfekt is the ordinary past („Er war
 * 30 und hat High-Flyer 2015 gegründet“), and where the age's own verb is a present („Er sei 42 und habe …“) the age is
 * of now already.
 */
export const EARLIER_AUXILIARIES = ['hatte', 'hatten', 'had'];

/**
 * Adverbs that put a clause on the day before the day it is told under: „Gestern fiel Alibaba um 2,4 Prozent“,
 * „vortags“, "Yesterday Alibaba fell 2.4 percent". The day before as a duration („am Vortag“, „tags zuvor“, "the day
 * before", "a day earlier") is a figure of its own (figures/extractFigures.ts) and is counted as one.
 */
export const DAY_BEFORE_ADVERBS = ['gestern', 'vortags', 'yesterday'];

/**
 * The day before said of a noun that heads a lead-in: „Die gestrigen Verluste: Nvidia −7,82 %“, "Yesterday's moves
 * reviewed: Nvidia −7.82%". What the colon opens is that day's (facts/recallsEarlierDay.ts). German and English apart:
 * a German head noun is told by its capital, so adjectives may stand before it („Die gestrigen größten Verlierer:“).
 */
export const DAY_BEFORE_ATTRIBUTIVES_DE = ['gestrig*', 'vortägig*'];
export const DAY_BEFORE_POSSESSIVES_EN = ["yesterday's", 'yesterday’s'];

/** Articles a lead-in of the day before may open with: „Die gestrigen Verluste:“, "The yesterday's …" is no English. */
export const LEAD_IN_ARTICLES = ['die', 'der', 'den', 'des', 'das'];

/**
 * Words that may close such a lead-in after its head noun, naming it a review and not a deed of its own: „Die gestrigen
 * Verluste im Überblick:“, "Yesterday's moves reviewed:". Any other word there (a verb: „Die gestrigen Verlierer
 * erholten sich heute:“, "Yesterday's losers bounced back today:") makes the list the heading's day's.
 */
export const LEAD_IN_CLOSERS = ['im überblick', 'in zahlen', 'auf einen blick', 'zusammengefasst', 'reviewed', 'at a glance', 'in review', 'in numbers', 'in brief', 'recapped', 'summarized', 'summarised'];

/**
 * Words that make such an adverb a noun of another clause's time, not the clause's own: „die Verluste von gestern“,
 * „anders als gestern“, "compared with yesterday", "since yesterday" (and a possessive: "yesterday's losses").
 */
export const DAY_BEFORE_GOVERNORS = ['von', 'als', 'wie', 'seit', 'bis', 'gegenüber', 'than', 'with', 'since', 'from', 'as', 'until', 'of', 'like'];

/**
 * English participles a pluperfect is made with that do not end in "-ed": "It had risen 52% over 2024", "had lost".
 * (German participles are told by their shape: „zugelegt“, „eingebrochen“, „verloren“; see pluperfectClause.ts.)
 */
export const IRREGULAR_PARTICIPLES = ['risen', 'fallen', 'lost', 'won', 'grown', 'gone', 'shed', 'sunk', 'slid', 'been', 'become', 'seen', 'done', 'made', 'hit', 'shot', 'struck', 'taken', 'given', 'swung', 'spent', 'paid', 'brought', 'built', 'begun', 'run'];

/** Words that may stand between a pluperfect's auxiliary and its participle: "had already gained", "had itself lost". */
export const AUXILIARY_ADVERBS = ['already', 'also', 'just', 'only', 'still', 'itself', 'themselves', 'even', 'previously', 'once', 'never', 'not'];

/** German prefixes of a participle without „ge“: „verloren“, „erreicht“, „bewertet“, „übertroffen“, „zerstört“. */
export const UNPREFIXED_PARTICIPLE_STARTS = ['ver', 'er', 'be', 'ent', 'zer', 'über', 'emp'];

/**
 * „Tags darauf erholte sich die Aktie um 8,9 Prozent“, "In the week that followed, Microsoft gained 4%", „Seit
 * Jahresbeginn …“: words that place a move relative to another day, or over more than one, so no article's day of
 * moves may be lent to it.
 */
export const RELATIVE_DAY_WORDS = ['darauf', 'danach', 'später', 'zuvor', 'vorher', 'folgetag', 'folgetags', 'vortag', 'vortags', 'tags', 'woche', 'wochen', 'monat', 'monate', 'seit', 'jahresbeginn', 'gestern', 'vorgestern', 'morgen', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'after', 'afterwards', 'later', 'earlier', 'before', 'next', 'following', 'followed', 'previous', 'prior', 'since', 'week', 'weeks', 'month', 'months', 'yesterday', 'tomorrow', 'ytd', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
