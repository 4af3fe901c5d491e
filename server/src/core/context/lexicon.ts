import type { NameKind } from '../types';

/**
 * A list of words or phrases as one regex alternation (for a `u` regex); a space in a phrase matches any run of white
 * space (a line break), a closing "*" any further letters ("erhöh*": erhöht, erhöhte). Any other sign stands for itself:
 * the dot of an abbreviation („Std.“, "a.m.") is that dot, not any letter.
 */
export const wordAlternation = (list: readonly string[]) => list.map((w) => w.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/\*$/, '\\p{L}*')).join('|');
/**
 * What every match of `wordAlternation(list)` holds: each entry's longest word, in a plain pattern. V8 scans a pattern
 * that opens with a lookbehind position by position, this one many times faster, and most texts hold none of them.
 */
export const wordCues = (list: readonly string[]) =>
  new RegExp([...new Set(list.map((w) => w.replace(/\*$/, '').split(' ').reduce((a, b) => (b.length > a.length ? b : a))))].map((w) => w.replace(/[.?+^$()[\]{}|\\*]/g, '\\$&')).join('|'), 'iu');

/**
 * A small bilingual lexicon: German and English word stems that name the same thing share a concept, so an
 * English draft sentence about "training cost" meets the German source sentence about "Training … kostete".
 * Stems match the start of a word, or any part of a German compound when they are five letters or longer (unless
 * written "^stem": "Hochleistungschips" say nothing of a benchmark). A stem written "=fell" is a whole word, an irregular
 * past that no ending follows: "fellow" did not fall, "Sankt" did not sink, "roses" did not rise.
 */
export const LEXICON: Record<string, string[]> = {
  cost: ['^token', 'kosten', 'kost', 'gekostet', 'ausgegeben', 'ausgeben', 'ausgab', 'aufgewendet', 'aufwand', 'aufwandt', 'budget', 'set aside', 'eingeplant', 'cost', 'spent', 'spend', 'price', 'preis', 'paid', 'bezahl', 'teuer', 'expensive', 'cheap', 'günstig', 'billig'],
  training: ['training', 'trainier', 'train'],
  stock: ['sell-off', 'selloff', 'ausverkauf', 'wall street', 'chipwert', 'technologiewert', 'techwert', 'tech-wert', 'aktie', 'kurs', 'börse', 'share', 'stock', 'market', 'markt', 'index'],
  fall: ['fiel', 'eingebüßt', 'in die tiefe', 'gave up', 'give up', 'gives up', 'giving up', 'given up', 'fallen', 'nachgab', 'nachgegeben', 'einbüß', '=sank', '=sanken', 'sinken', 'stürz', 'sackte', 'büßt', 'verlor', 'verlier', 'verlust', 'einbruch', 'einbr', 'minus', 'tiefer', 'niedriger', 'lower', '=fell', 'drop', 'slump', 'plung', '=lost', 'lose', 'losing', 'loss', 'shed', 'slipp', '=slips', 'dipped', 'dipping', '=dips', 'declin', 'down', 'tumbl', 'slid', 'crash', 'abstürz', 'verbillig', 'vanish', 'verschwand', 'verschwunden', 'evaporat', 'ausradiert', 'wiped out', 'wiped off', 'wipe out', 'wiping out', 'schrumpf', '^fällt', 'shrank', 'shrunk', 'vernichtet', 'ausgelöscht', 'sinkt', 'gesunken', '=sunk', 'decreas', 'rückgang', 'zurückgegangen', 'sackt', 'sacken', 'gave back', 'give back', 'gives back', 'giving back', 'given back', '=sinks', 'tanked', 'tanking', 'sagged', 'sagging', '=sags', 'bröckel', 'in the red', 'in den roten bereich', 'im roten bereich', 'in die verlustzone', 'in negative territory', 'nach unten', 'abgeb', 'abgegeb', 'eingebroch', 'abgestürzt', 'abgerutscht', 'abgesackt', 'abgetaucht', 'eingeknickt', 'abgeschmiert', 'ermäßig', 'retreat', 'nosediv', 'crater', 'skidd', 'sold off'],
  change: ['veränderung', '^change', 'move', 'bewegung'],
  // A move over a week, not a day's (facts/attributes.ts): "auf Wochensicht", "schloss … die Woche tiefer", "for the week".
  week: ['wochensicht', 'wochenbilanz', 'wochenverlauf', 'wochenvergleich', 'wochenplus', 'wochenminus', 'wochengewinn', 'wochenverlust', 'die woche', 'im laufe der woche', 'seit wochenbeginn', 'for the week', 'on the week', 'over the week', 'weekly gain', 'weekly loss', 'weekly drop', 'weekly rise', 'weekly advance', 'weekly decline', 'week-on-week', 'ended the week', 'closed the week', 'finished the week'],
  // "589 Milliarden Dollar lösten sich in Luft auf", "$589 billion went up in smoke": a sum that vanished was lost
  // (facts/readFacts.ts); fears that went up in smoke are no fall of anything.
  vanished: ['in luft auf', 'up in smoke'],
  rise: ['stieg', 'steigen', '^steigt', 'zugelegt', 'zuleg', '^legte', '^legten', 'gewann', 'gewinn', 'plus', '=rose', 'rise', 'gain', 'jump', 'climb', '=grew', 'grow', 'rally', 'rallied', 'soar', 'surg', 'gewonnen', 'climbing', 'gaining', 'verteuer', 'kletter', '^erholt', 'erholen', 'zuwachs', 'kurssprung', 'in the green', 'im grünen bereich', 'in den grünen bereich', 'in positive territory', 'nach oben', 'in die höhe', 'verbesser', 'increase', 'angestiegen', '=angezogen', 'hochgeschossen', '=vorgerückt', 'gutgemacht'],
  benchmark: ['benchmark', 'test', 'score', 'erreicht', 'achiev', '^reach', '^leistung', 'performance'],
  model: ['modell', 'model', 'version', 'variante', 'variant', 'llm', 'sprachmodell'],
  // "15,000 cards", „15.000 Grafikkarten“: the cards a GPU is sold on (not "scorecard").
  chip: ['chip', 'gpu', 'rechenleistung', 'computing power', 'compute power', 'grafikprozessor', 'grafikbeschleuniger', 'beschleuniger', 'accelerator', 'einheit', 'units', 'unit', 'prozessor', 'processor', 'hardware', 'grafikkarte', '=card', '=cards'],
  // "was incorporated in July 2023", "ins Handelsregister eingetragen": a filing's words for a company's founding. Only
  // the filing's phrases ("incorporated in/on/under …"): "incorporated reinforcement learning into R1" builds something in.
  founding: ['set up', 'spun up', 'ins leben', 'aufgezogen', 'auf die beine gestellt', 'aus der taufe', 'entstand', 'entstanden', 'started a company', 'started a firm', 'started a hedge fund', 'started the company', 'dates back', 'date back', 'geht zurück', 'gehen zurück', 'gegründet', '=gegr', '=estab', '^gründet', 'gründung', 'gründer', 'founded', '^founds', 'founder', 'founding', 'establish', 'launched', 'incorporated in ', 'incorporated on ', 'incorporated under ', 'date of incorporation', 'handelsregister'],
  release: ['=veröff', '=publ', 'erschien', 'erschienen', 'erscheint', 'erscheinen', 'appeared', 'appearance', 'veröffentlich', 'release', 'published', 'vorgestellt', 'vorstellung', 'unveil', 'launch', 'introduc', 'announce', 'came out', 'come out', 'comes out', 'rolled out', 'debut', 'auf den markt', 'auf dem markt', 'on the market', 'hit the market', 'went live', 'kam heraus', 'herausgebracht', 'herausgekommen', 'brachte heraus', 'shipped', 'ging an den start', 'gingen an den start', 'geht an den start'],
  // „verarbeitet Daten 1,8-mal so schnell“, "processes data 1.8 times as fast": processing is what is made faster.
  speed: ['beschleunig', 'schneller', 'faster', 'speed', 'verarbeit', 'processing', 'processes', 'accelerat', 'effizien', 'efficien'],
  supercomputer: ['supercomputer', 'großrechner', 'rechenzentr', 'cluster'],
  engineer: ['ingenieur', 'engineer'],
  // "the meeting with the premier", „mit dem Premierminister“: a head of government named by office, as a source names
  // "Premierminister Li Qiang"; with the event's word that is more than the event alone (match/matchFigure.ts).
  government: ['premier', 'regierungschef', 'ministerpräsident', 'prime minister', 'staatschef', 'head of government', 'head of state'],
  publication: ['newsletter', 'ausgabe', 'edition', 'briefing'],
  colleague: ['kollege', 'colleague', 'mitgründer', 'co-founder', 'cofounder', 'mitstreiter'],
  // "22 months of runway", „eine Liquiditätsreichweite von 22 Monaten“: how long a company's cash lasts, a span of its
  // own that a draft restates („Runway is 19 months“ … "runway is now 21 months"), unlike spans that merely count time.
  runway: ['runway', 'liquiditätsreichweite', 'reichweite der liquidität', 'cash-reichweite', 'finanzierungsreichweite'],
  staff: ['mitarbeiter', '^leute', 'beschäftigte', 'angestellte', 'belegschaft', 'employee', 'staff', 'people', 'workers', 'workforce', 'arbeitskräfte', 'personal', 'headcount'],
  age: ['jährig', 'alt', 'old', 'aged', 'alter'],
  birth: ['jahrgang', 'geboren', 'born', 'geburt', 'birth'],
  // „ist mit Li Qiang zusammengekommen“, "held talks with Premier Li Qiang", "sat at the table with", "sat with",
  // „empfängt Premier Li Qiang den Gründer“: a meeting told by how it was held. Not „am Tisch“ alone: one stands at a
  // press conference's table by oneself.
  meeting: ['traf', 'treffen', 'getroffen', '^trifft', 'met', 'meet', 'sat down with', 'empfing', 'empfangen', '=empfängt', 'zusammengekommen', 'held talks', 'hold talks', 'holds talks', 'holding talks', 'at the table with', 'at a table with', 'received by', 'sat with', 'sits with'],
  // "investors rotated out of Nvidia": people who invest say nothing of an investment programme.
  investor: ['investor', 'anleger'],
  investment: ['initiative', 'investition', 'investment', 'invest', 'infrastruktur', 'infrastructure', 'programm', 'program'],
  // "Programmieraufgaben", "a programming benchmark", "programmers": writing code, no investment programme. Longer
  // than "programm", so these words are read as this first.
  coding: ['programmier', 'programming', 'programmer', 'coding'],
  worldwide: ['weltweit', 'worldwide', 'global', 'world'],
  china: ['china', 'chines', 'chinese', 'volksrepublik', 'peking', 'beijing'],
  usa: ['usa', 'amerikan', 'american', 'vereinigte', 'united states'],
  france: ['frankreich', 'france', 'französ', 'french'],
  germany: ['deutschland', 'germany'],
  britain: ['großbritannien', 'britain', 'british', 'britisch', 'united kingdom'],
  india: ['indien', 'india', 'indisch', 'indian'],
  italy: ['italien', 'italy', 'italian'],
  japan: ['japan'],
  korea: ['korea'],
  taiwan: ['taiwan'],
  success: ['erfolg', 'success', 'talent', '^arbeit', 'work'],
  fund: ['hedgefonds', 'fonds', 'fund'],
  // "Chipkonzern", "Chiphersteller", "chipmaker": a compound whose head is a company names a company, not its product.
  startup: ['startup', 'start-up', 'firma', 'unternehmen', 'company', 'firm', 'konzern$', 'hersteller$', 'riese$', 'gigant$', 'maker$'],
  // „Ausfuhrstopp“, „Ausfuhrsperre“, "curbs" stop exports; a bare „Ausfuhr“ is trade itself („Chinas Ausfuhren stiegen“).
  export: ['export', 'sanktion', 'sanction', 'beschränk', 'restrict', 'ausfuhrstopp', 'ausfuhrsperr', 'curb', 'controls', 'kontroll', 'verbot', 'embargo', 'banned', 'bans'],
  license: ['lizenz', 'license', 'licence', 'open-source', 'opensource', 'open source', 'quelloffen'],
  estimate: ['schätz', 'estimat'],
  hours: ['stunde', 'hour'],
  years: ['jahr', 'year'],
  laptop: ['laptop', 'notebook'],
  smaller: ['klein', 'small', 'distill', 'destill'],
  // The two prices of a language model's API: per token read and per token written.
  input: ['input', 'eingabe', '^eingabe-token', 'input-token'],
  output: ['output', '^ausgabe-token', 'output-token', '^ausgabetoken', 'ausgegebene token', 'ausgegebener token', 'ausgegebenen token', 'generated token'],
  yuan: ['yuan', 'renminbi'],
  stake: ['^stake', 'holding', 'beteiligung', 'beteiligt', 'of the company', 'of the firm', 'des unternehmens', 'der firma', 'am unternehmen', 'an der firma', 'controlling', 'kontrolliert', 'owns', 'owned', 'ownership', 'eigentümer', 'anteilseigner', 'shareholder', 'aktionär'],
  update: ['update', 'upgrade', 'aktualisier', 'überarbeitet', 'neuauflage'],
  shorter: ['verkürz', 'kürzer', 'shorten', 'shorter'],
  news: ['schlagzeile', 'durchbruch', 'headline', 'breakthrough', 'broke through', 'breaks through', 'news', 'nachricht', 'aufsehen', 'wirbel', 'sensation', 'spotlight'],
  // "lost 7.82 percent of its value", „verlor 7,82 Prozent seines Werts“: a company's own value is its market value.
  valuation: ['bewertet', 'bewertung', 'valuation', 'valued', 'taxiert', 'börsenwert', 'marktwert', 'market value', 'market cap', 'marktkapitalisierung', 'in value', 'of its value', 'of their value', 'seines werts', 'seines wertes', 'ihres werts', 'ihres wertes', 'seinem wert', 'ihrem wert', 'des werts', 'des wertes', 'an wert'],
  chart: ['app store', 'app-store', 'topped', 'charts', 'spitzenplatz', 'platz eins', 'ranking'],
  ratio: ['^ratio', 'verhältnis', 'faktor', 'factor'],
  revenue: ['umsatz', 'umsätze', 'revenue', 'sales', 'erlös'],
  parameters: ['parameter'],
  downloads: ['download', 'heruntergelad'],
  users: ['nutzer', 'user', 'anwender'],
  lead: ['rückstand', 'vorsprung', 'hinterher', 'behind', 'ahead of'],
  percentShare: ['anteil', 'stamm', 'come from', 'comes from', 'share of', 'share from', 'kommt aus', 'kommen aus'],
};

/**
 * What a benchmark is made of: "92% of the HumanEval programming tasks", „85 Prozent der MATH-500-Aufgaben“. A share
 * of these solved is a benchmark score (facts/tasksSolved.ts). `compoundEnds` close a German compound too
 * („Programmieraufgaben“); „Fragen“ only as a word of its own („Umfragen“, „Anfragen“ are no test's questions).
 */
export const BENCHMARK_ITEMS = {
  words: ['tasks', 'problems', 'questions', 'exercises', 'puzzles', 'test cases', 'fragen'],
  compoundEnds: ['aufgaben', 'probleme', 'problemen', 'übungen', 'testfälle', 'testfällen'],
};

/**
 * Words for putting a finished thing out, the lexicon's `release` words without "announce", "launch", "vorgestellt":
 * a programme put out is software (context/softwareProgramme.ts); an investment programme is announced or launched.
 */
export const PUT_OUT = ['herausgebracht', 'brachte heraus', 'brachten heraus', 'kam heraus', 'kamen heraus', 'herausgekommen', 'erschien*', 'veröffentlich*', 'released', 'published', 'came out', 'shipped'];

/**
 * A founding word before what something rests on founds nothing: „Der Erfolg gründet (sich) auf dem Kapital …“, "an
 * approach founded on a 2016 idea". Each is read before the words "(sich) auf" or "on"/"upon"; "founded on 17 July 2023"
 * (a date after it) is a founding.
 */
export const RESTING_ON: Record<'de' | 'en', { verbs: string[]; on: string[]; stillFounding: string[] }> = {
  // „gründete auf eigene Faust / auf Anraten …“, "founded on a Monday / upon his return": a founding after all.
  de: { verbs: ['gründet', 'gründete', 'gründeten', 'gründen'], on: ['auf', 'sich auf'], stillFounding: ['eigene faust', 'eigene rechnung', 'anraten', 'initiative', 'wunsch', 'drängen', 'betreiben', 'geheiß', 'einladung'] },
  en: { verbs: ['founded', 'founds'], on: ['on', 'upon'], stillFounding: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'his return', 'her return', 'their return', 'the eve', 'the day', 'the same day'] },
};

/**
 * "Nach Angaben der Firma nur 5,6 Millionen Dollar", "a spokesperson of the company said": who says a figure, not a
 * stake in the firm ("der Firma", "of the company" are stake words after "Anteil", "share"). So is a company's motto
 * or creed: „Zum Leitspruch der Firma gehört, dass 99 Prozent …“, "the motto of the company is that 99 percent …".
 */
export const SAID_BY_THE_COMPANY: { by: string[]; company: string[]; after: string[] } = {
  by: ['nach angaben', 'laut', 'sprecher', 'sprecherin', 'according to', 'spokesperson of', 'spokesman of', 'spokeswoman of', 'leitspruch', 'leitsatz', 'wahlspruch', 'motto', 'credo', 'philosophie', 'motto of', 'credo of', 'creed of', 'philosophy of',
    // „Auf der Internetseite der Firma steht …“, "the website of the company says …": what its pages say, it says.
    'internetseite', 'webseite', 'website', 'homepage', 'internetauftritt', 'website of', 'homepage of'],
  company: ['der firma', 'des unternehmens', 'dem unternehmen', 'the company', 'the firm', 'the start-up', 'the startup'],
  // „der Firma zufolge“: the word after the company.
  after: ['zufolge'],
};

/**
 * German and English words a translated quotation keeps, one group per meaning: "They surprised the world" keeps
 * „Sie haben die Welt … überrascht“ in these, where it shares no spelling. They only find the source quotation a
 * quotation translates (quotes/translatedQuotation.ts), and are no concepts: "Welt" and "world" say nothing of which
 * fact a figure states. Stems match a word's start, or a part of a German compound when five letters or longer;
 * "=word" matches the whole word only.
 */
export const TRANSLATIONS: string[][] = [
  ['welt', 'world'],
  ['regierung', 'government'],
  ['überrasch', 'surpris', 'astonish'],
  ['durchbruch', 'breakthrough'],
  ['angst', 'furcht', 'befürcht', 'fear', 'afraid'],
  ['gesehen', '=sehen', '=sieht', '=sah', '=seen', '=see', '=saw', 'witness'],
  ['präzis', '=genau', '=genaue', '=genauen', 'precis', 'accura', 'exact'],
  ['antwort', 'answer', 'respons', '=reply', '=replies'],
  ['=statt', '=anstatt', 'instead', '=rather'],
  ['logisch', 'logic'],
  ['schritt', '=step', '=steps'],
  ['zeit', '=time', '=times'],
  ['rechen', 'comput', 'calculat'],
  ['deutlich', 'erheblich', 'significant', 'considerabl', 'marked', 'clearly', 'substantial'],
  ['verwend', 'benutz', '=nutzt', '=nutzen', '=use', '=uses', '=used', '=using', 'employ', 'relies', 'rely'],
  ['bekannt', '=known', 'familiar', 'establish'],
  ['vorteil', 'advantage', 'edge'],
  ['glaub', 'believ'],
  ['=fest', '=firmly', '=firm'],
  ['erfolg', 'success'],
  ['=hart', '=harte', '=harter', '=harten', '=hard'],
  ['arbeit', '=work', '=working', 'labour', 'labor'],
  ['prozent', 'percent'],
  ['verwandel', 'verwandl', '=turned', '=turns', '=turn', 'transform', 'convert'],
  ['herausforderung', 'challeng'],
  ['chance', 'gelegenheit', 'opportunit'],
  ['=jung', '=junge', '=junger', '=jungen', 'young'],
  ['forsch', 'research', 'scientist'],
  ['=stark', '=starke', '=stärker', 'strong'],
  ['profitier', 'benefit', 'profit'],
  ['beschränk', 'restrict', 'restrain', 'limitation', 'constraint'],
  ['zwang', 'zwing', 'gezwungen', 'forced', 'forces', 'compel'],
  ['ergebnis', 'resultat', 'result', 'outcome'],
  ['konkurrenzfähig', 'wettbewerbsfähig', 'competitive'],
  ['überlegen', 'superior'],
  ['gering', '=weniger', '=fewer', '=less', '=lower', 'scarce'],
  ['auserwählt', 'erwählt', 'chosen'],
  ['unternehmen', 'firma', 'firmen', 'konzern', 'compan', 'business', '=firm', '=firms'],
  ['ecke', 'corner'],
  ['gedrängt', 'drängt', 'gedrückt', 'pushed', 'pushing', 'driven', 'cornered'],
  ['begrenzt', 'limited'],
  ['=weitaus', '=viel', '=far', '=much'],
  ['umgehen', 'handle', 'manage', '=deal', '=use'],
  ['weckruf', '=wake', '=call'],
  ['interessant', 'interesting'],
  ['industr', 'branche', 'sector'],
  ['=neu', '=neue', '=neuen', '=neuer', '=new', 'novel'],
  ['schnell', '=fast', 'quick', 'rapid'],
  ['=groß', '=große', '=großen', '=großer', '=big', '=large', '=great', '=huge'],
  ['wichtig', 'important'],
  ['gefahr', 'bedroh', 'danger', 'threat'],
  ['sicherheit', 'security', 'safety'],
  ['zukunft', 'future'],
  ['vertrau', 'trust'],
  ['wettlauf', 'wettrennen', '=race'],
  ['frage', 'question'],
  ['lösung', 'solution'],
  ['entwickl', 'develop'],
  ['schwert', 'sword'],
  ['zweischneidig', '=edged'],
  ['zugang', 'access'],
  ['aufmerksam', 'attention'],
  ['=ende', '=end'],
  ['anfang', 'beginn', 'beginning', '=start'],
  ['jahrhundert', 'century'],
  ['=kalt', '=cold'],
  ['erwischt', 'caught'],
  ['übertrieben', 'exaggerat', 'overblown', 'overdone'],
  ['gelassen', '=calm', 'relaxed'],
  ['=immer', '=always'],
  ['=nie', 'niemals', '=never'],
  ['=heute', '=today'],
  ['wahr', '=true'],
  ['falsch', '=false', '=wrong'],
  ['besser', '=better'],
  ['schlecht', '=bad', '=worse'],
  ['=gut', '=gute', '=guten', '=good'],
  ['fähig', 'capab', '=able'],
  ['=denke', '=denken', '=dachte', '=think', '=thought'],
  ['lern', 'learn'],
  ['=billig', 'günstig', 'cheap', 'inexpensive'],
  ['teuer', 'expensive', 'costly'],
  ['=klein', '=kleine', '=kleinen', '=small'],
  ['führend', 'führer', 'leader', 'leading'],
  ['=wissen', '=wissens', 'knowledge', '=knowing', '=know', '=knows'],
  ['konkurren', 'konkurrent', 'competitor', 'competition', 'rival'],
  ['ermöglich', '=let', '=lets', '=allow', '=allows', '=allowing', 'enabl'],
  ['nachzieh', 'nachzuzieh', 'nachgezogen', '=catch', '=catching'],
  ['technolog', 'technik', 'technique'],
  // Words both languages spell alike: a translation keeps them, and another word in their place changes them.
  ['innovati', 'neuerung'],
  ['industri'],
  ['wachstum', 'growth'],
  ['effizien', 'efficien'],
  ['sparsam', 'frugal', 'thrift'],
  ['talent'],
  ['=glück', 'glücklich', '=luck', 'lucky', 'fortune'],
  ['wirtschaft', 'econom'],
  ['revolution'],
  ['wunder', 'miracle', 'marvel'],
  ['spektakulär', 'spectacular'],
  ['amerikan', 'american'],
  ['chines', 'chinese'],
  ['=größer', '=größere', '=größeren', '=größerer', '=greater', '=höher', '=höhere', '=höheren', '=höherer', '=higher'],
];

/**
 * The word a quick fix offers for a translated quotation's changed word: "interesting" for „interessant“ where a draft
 * quotes Rasgon's „interessant, aber keine Revolution“ as "impressive but no revolution". One pair per meaning of
 * `TRANSLATIONS` (the pair's two words must be in one group): the English word in its base form, and a German one only
 * where it takes no ending in a sentence (a noun's singular), so the fix never puts a wrong ending in a German draft.
 */
export const TRANSLATION_RENDERINGS: Array<{ de?: string; en: string; of: string }> = [
  { of: 'Welt', de: 'Welt', en: 'world' }, { of: 'Regierung', de: 'Regierung', en: 'government' }, { of: 'überrascht', en: 'surprised' },
  { of: 'Durchbruch', de: 'Durchbruch', en: 'breakthrough' }, { of: 'Angst', de: 'Angst', en: 'fear' }, { of: 'präzise', en: 'precise' },
  { of: 'Antwort', de: 'Antwort', en: 'answer' }, { of: 'statt', en: 'instead' }, { of: 'logisch', en: 'logical' }, { of: 'Schritt', de: 'Schritt', en: 'step' },
  { of: 'Zeit', de: 'Zeit', en: 'time' }, { of: 'deutlich', en: 'significantly' }, { of: 'verwendet', en: 'uses' }, { of: 'bekannt', en: 'known' },
  { of: 'Vorteil', de: 'Vorteil', en: 'advantage' }, { of: 'glauben', en: 'believe' }, { of: 'fest', en: 'firmly' }, { of: 'Erfolg', de: 'Erfolg', en: 'success' },
  { of: 'hart', en: 'hard' }, { of: 'Arbeit', de: 'Arbeit', en: 'work' }, { of: 'Herausforderung', de: 'Herausforderung', en: 'challenge' },
  { of: 'Chance', de: 'Chance', en: 'opportunity' }, { of: 'jung', en: 'young' }, { of: 'stark', en: 'strongly' }, { of: 'profitiert', en: 'benefits' },
  { of: 'Beschränkung', de: 'Beschränkung', en: 'restriction' }, { of: 'zwangen', en: 'forced' }, { of: 'Ergebnis', de: 'Ergebnis', en: 'result' },
  { of: 'konkurrenzfähig', en: 'competitive' }, { of: 'überlegen', en: 'superior' }, { of: 'geringer', en: 'fewer' }, { of: 'auserwählt', en: 'chosen' },
  { of: 'Ecke', de: 'Ecke', en: 'corner' }, { of: 'gedrängt', en: 'pushed' }, { of: 'begrenzt', en: 'limited' }, { of: 'weitaus', en: 'far' },
  { of: 'umgehen', en: 'deal' }, { of: 'interessant', en: 'interesting' }, { of: 'Industrie', de: 'Industrie', en: 'industry' }, { of: 'neu', en: 'new' },
  { of: 'schnell', en: 'quickly' }, { of: 'groß', en: 'big' }, { of: 'wichtig', en: 'important' }, { of: 'Gefahr', de: 'Gefahr', en: 'threat' },
  { of: 'Sicherheit', de: 'Sicherheit', en: 'security' }, { of: 'Zukunft', de: 'Zukunft', en: 'future' }, { of: 'Wettlauf', de: 'Wettlauf', en: 'race' },
  { of: 'Frage', de: 'Frage', en: 'question' }, { of: 'Lösung', de: 'Lösung', en: 'solution' }, { of: 'Schwert', de: 'Schwert', en: 'sword' },
  { of: 'Zugang', de: 'Zugang', en: 'access' }, { of: 'Ende', de: 'Ende', en: 'end' }, { of: 'Anfang', de: 'Anfang', en: 'beginning' },
  { of: 'Jahrhundert', de: 'Jahrhundert', en: 'century' }, { of: 'kalt', en: 'cold' }, { of: 'übertrieben', en: 'exaggerated' }, { of: 'gelassen', en: 'calm' },
  { of: 'immer', en: 'always' }, { of: 'nie', en: 'never' }, { of: 'heute', en: 'today' }, { of: 'wahr', en: 'true' }, { of: 'falsch', en: 'wrong' },
  { of: 'besser', en: 'better' }, { of: 'schlecht', en: 'bad' }, { of: 'gut', en: 'good' }, { of: 'billig', en: 'cheap' }, { of: 'teuer', en: 'expensive' },
  { of: 'klein', en: 'small' }, { of: 'Wissen', de: 'Wissen', en: 'knowledge' }, { of: 'Konkurrenz', de: 'Konkurrenz', en: 'competition' },
  { of: 'Wachstum', de: 'Wachstum', en: 'growth' }, { of: 'Innovation', de: 'Innovation', en: 'innovation' }, { of: 'effizient', en: 'efficient' }, { of: 'sparsam', en: 'frugal' },
  { of: 'Talent', de: 'Talent', en: 'talent' }, { of: 'Glück', de: 'Glück', en: 'luck' }, { of: 'Wirtschaft', de: 'Wirtschaft', en: 'economy' },
  { of: 'Revolution', de: 'Revolution', en: 'revolution' }, { of: 'Wunder', de: 'Wunder', en: 'miracle' }, { of: 'spektakulär', en: 'spectacular' },
  { of: 'amerikanisch', en: 'American' }, { of: 'chinesisch', en: 'Chinese' }, { of: 'größer', en: 'greater' },
];

/**
 * German verbs whose particle comes after what they say of the figure: "gab 3 Prozent nach", "brach um 17 Prozent
 * ein", "zog um 2 Prozent an". The verb before the figure and the particle closing its clause name the concept.
 */
export const SEPARABLE_VERBS: Record<string, Array<[verbs: string[], particle: string]>> = {
  fall: [[['gab', 'gaben', 'gibt', 'geben'], 'nach'], [['brach', 'brachen', 'bricht', 'brechen'], 'ein'], [['rutschte', 'rutschten', 'rutscht', 'rutschen'], 'ab'], [['büßen', 'büßten'], 'ein'], [['tauchte', 'tauchten', 'taucht', 'tauchen'], 'ab'], [['knickte', 'knickten', 'knickt', 'knicken'], 'ein'], [['schmierte', 'schmierten', 'schmiert'], 'ab'], [['ging', 'gingen', 'geht', 'gehen'], 'zurück'], [['gab', 'gaben', 'gibt'], 'ab']],
  cost: [[['wandte', 'wandten', 'wendet', 'wenden'], 'auf'], [['gab', 'gaben', 'gibt', 'geben'], 'aus']],
  // "DeepSeek brachte R1 am 20. Januar heraus", "R1 kam am 20. Januar heraus", "R1 ging am 20. Januar an den Start",
  // "DeepSeek stellte R1 am 20. Januar vor".
  // „kam am 20. Januar mit Li Qiang zusammen“.
  // „setzten sich am 20. Januar zusammen“.
  meeting: [[['kam', 'kamen', 'kommt'], 'zusammen'], [['setzte', 'setzten', 'setzt'], 'zusammen']],
  release: [[['kam', 'kamen', 'kommt'], 'heraus'], [['brachte', 'brachten', 'bringt'], 'heraus'], [['ging', 'gingen', 'geht'], 'start'], [['stellte', 'stellten', 'stellt'], 'vor']],
  rise: [[['legt', 'legte', 'legten', 'legen'], 'zu'], [['zog', 'zogen', 'zieht', 'ziehen'], 'an'], [['stieg', 'stiegen', 'steigt'], 'an'], [['schoss', 'schossen', 'schießt'], 'hoch'], [['rückte', 'rückten', 'rückt'], 'vor'], [['machte', 'machten', 'macht'], 'gut']],
};

/**
 * What a verb of losing or gaining governs when it governs no figure (analysis/ungovernedMoves.ts): an abstract noun
 * after German "an" („verliert an Bedeutung“, „gewann an Fahrt“) or right after the English verb ("lost relevance",
 * "gaining momentum"). Not "Boden", "ground", "Wert", "value": markets lose those by a figure.
 */
export const ABSTRACT_MOVE_OBJECTS = {
  de: ['bedeutung', 'einfluss', 'glanz', 'fahrt', 'schwung', 'dynamik', 'attraktivität', 'vertrauen', 'reiz', 'strahlkraft', 'ansehen', 'relevanz', 'zuspruch', 'popularität', 'beliebtheit', 'gewicht', 'terrain'],
  en: ['relevance', 'importance', 'momentum', 'traction', 'steam', 'favour', 'favor', 'appeal', 'influence', 'popularity', 'confidence', 'credibility', 'clout', 'shine', 'lustre', 'luster'],
};

/**
 * Subjects of a loss or a gain that is no one's in particular: „Nicht jeder verliert:“, "Nobody loses when …". Their
 * verb governs no figure unless one stands in its own clause.
 */
export const UNGOVERNING_SUBJECTS = ['nicht jeder', 'nicht jede', 'nicht alle', 'niemand', 'keiner', 'keine', 'jeder', 'alle', 'not everyone', 'not everybody', 'not all', 'nobody', 'no one', 'none', 'everyone', 'everybody'];

/**
 * Nouns a writer calls their own desk, fund or team by, as the subject of a sentence: „Der Fonds gab 5,1 Prozent ab“,
 * "The book has used 60% of its loss limit". No source is about them, so they own their sentence's figures rather than
 * the entity of the sentence before (facts/ownSubject.ts). Descriptions of named entities („der Konzern“, "the
 * chipmaker", „das Start-up“) are not here: they point back.
 */
export const OWN_SUBJECT_NOUNS = ['fonds', 'fund', 'portfolio', 'depot', 'team', 'desk', 'book', 'handelsbuch', 'trading book', 'redaktion', 'newsroom', 'anteilklasse', 'share class'];
/** Determiners an own subject noun opens with, as a subject (not „den Fonds“, „dem Team“). */
export const OWN_SUBJECT_DETERMINERS = ['der', 'die', 'das', 'unser', 'unsere', 'the', 'our'];
/** Words before such a noun that make something else the clause's subject: a pronoun („Es belastete das Portfolio“). */
export const OTHER_SUBJECT_PRONOUNS = ['er', 'sie', 'es', 'wir', 'ich', 'man', 'he', 'she', 'it', 'they', 'we', 'i'];
/** Prepositions whose article before such a noun opens a side phrase, not another subject („In der Krise verlor der Fonds“). */
export const PHRASE_PREPOSITIONS = ['in', 'an', 'auf', 'nach', 'seit', 'trotz', 'mit', 'bei', 'von', 'vor', 'zu', 'über', 'unter', 'für', 'während', 'wegen', 'within', 'on', 'at', 'by', 'after', 'before', 'during', 'since', 'despite', 'for', 'of', 'from', 'with', 'amid', 'into'];

/**
 * Prepositions that open a side phrase of time or concession before or after a clause: „Nach dem Rückgang vom Montag
 * stieg Nvidia …“, "After Monday's loss, Nvidia rose …", „trotz des Rückgangs“, "despite the slide". A move named in
 * such a phrase is an earlier event's, not the clause's figure's (analysis/ungovernedMoves.ts).
 */
/** The words that say when a stretch of time began: prepositions („seit Wochen“, "since January"), or conjunctions. */
export const PERIOD_START_WORDS = ['seit', 'since'];
export const SIDE_PHRASE_PREPOSITIONS = ['nach', 'trotz', ...PERIOD_START_WORDS, 'angesichts', 'after', 'despite', 'following', 'amid', 'in the wake of'];
/** „Seitdem DeepSeek R1 vorstellte, …“: conjunctions alone, never prepositions. */
export const PERIOD_START_CONJUNCTIONS = ['seitdem', 'ever since'];
/**
 * Words after a suspended hyphen („Mathematik- und Logikaufgaben", "pre- and post-training"): a line that ends in such a
 * hyphen before one of them broke no word.
 */
export const SUSPENDED_HYPHEN_JOINERS = ['und', 'oder', 'sowie', 'bis', 'bzw', 'wie', 'als', 'noch', 'and', 'or', 'nor', 'to', 'as'];

/** The words that join two main clauses: the first clause ends where one of them begins the second. */
export const MAIN_CLAUSE_JOINERS = ['und', 'aber', 'doch', 'jedoch', 'oder', 'sondern', 'and', 'but', 'yet', 'or'];
/** The words that give a side phrase's move its company: „nach dem Rückgang bei Microsoft“, "after the decline at Microsoft". */
export const SIDE_PHRASE_WHOSE = ['bei', 'von', 'of', 'at'];
/** The articles between those words and the company: „beim“ is one word, „bei der Telekom“, "of the chipmaker". */
export const SIDE_PHRASE_WHOSE_ARTICLES = ['dem', 'der', 'den', 'the'];
/** The English words that make a lower-case move after such a preposition a noun: "after the slide", "despite a brief dip". */
export const SIDE_PHRASE_DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'last', 'recent', 'such'];
/**
 * What stands between a move and a figure it governs (analysis/ungovernedMoves.ts): a preposition („ein Verlust von 7,82
 * Prozent“, "a loss of 7.82%", "fell by 3%"), then a hedge („um rund 6 Prozent“, "of more than 5%").
 */
export const GOVERNED_FIGURE_PREPOSITIONS = ['um', 'von', 'auf', 'of', 'by', 'to', 'from'];
export const GOVERNED_FIGURE_HEDGES = ['rund', 'etwa', 'knapp', 'fast', 'gut', 'mehr als', 'about', 'almost', 'nearly', 'more than', 'some'];
/** An article or a small count before a governed fraction: "after gaining a quarter of its value", „nach einem Verlust von einem Drittel“. */
export const GOVERNED_FRACTION_COUNTERS = ['a', 'an', 'ein', 'eine', 'einem', 'einen', 'einer', 'die', 'der', 'das', 'one', 'two', 'three', 'zwei', 'drei'];

/**
 * "added 7.82%", "rebounds 8.9%", "eased 3%", "closed higher by 2%": words that name a move only right before one ("he
 * added", "advanced chips", "recovered only part of their losses", "falls short" do not), in the past and the present.
 * Whole words, each optionally followed by "by".
 */
export const MOVE_RIGHT_BEFORE: Record<'up' | 'down', string[]> = {
  // A participle right before a change says which way it went, whatever else its clause tells ("rebounded on Tuesday,
  // rising 8.9 percent … a day after a sell-off").
  up: ['added', 'adds', 'advanced', 'advances', 'popped', 'pops', 'spiked', 'spikes', 'firmed', 'rebounded', 'rebounds', 'recovered', 'recovers', 'bounced', 'bounces', 'bounced back', 'bounces back', 'higher by', 'rising', 'gaining', 'climbing', 'jumping', 'soaring'],
  down: ['eased', 'eases', 'falls', 'lower by', 'falling', 'dropping', 'sliding', 'sinking', 'tumbling', 'plunging', 'shedding'],
};

/**
 * The event a duration counts from when its words name only a thing ("18 Monate vor R1", "eight years after
 * High-Flyer"): a model's release, an organisation's founding.
 */
export const EVENT_OF_A_NAMED_THING: Partial<Record<NameKind, string>> = { model: 'release', organisation: 'founding' };

/**
 * Participles that set a date off after a name as the name's own event ("Mistral AI, gegründet im April 2023, …",
 * "ASML, founded in 1984, …"): the date is of the name before the comma.
 */
export const APPOSITIVE_PARTICIPLES = ['gegründet', 'founded', 'established', 'incorporated', 'gestartet', 'launched'];
/**
 * What may stand between a noun set off after a name and the date of the name's event: "High-Flyer, a hedge fund
 * that was founded in 2015", "…, a fund that dates from 2015". (German puts the verb after the date: „einem 2015
 * gegründeten Hedgefonds“ is read by the participle after the date.)
 */
export const APPOSITIVE_RELATIVE_VERBS = ['that was', 'which was', 'that were', 'which were', 'that dates from', 'which dates from', 'that dates back to', 'which dates back to'];

/**
 * Subjects that point back to what the previous sentence stated: "Das ist knapp 90.000-mal so viel wie …", "That's
 * nearly 90,000 times …".
 */
export const POINTING_BACK = ['das', 'dies', 'that', 'this', 'it'];
/** The empty subject of a sentence that only presents what follows: „Es war die …“, "It was a …". */
export const EXPLETIVE_SUBJECTS = ['es', 'it'];
/** The verbs after which such a word is the subject that points back ("Das ist …", "That is …"), not an article ("Das Modell …"). */
export const POINTING_BACK_VERBS = ['ist', 'war', 'wäre', 'sind', 'waren', 'entspricht', 'is', 'was', 'would be', 'means', 'equals', 'amounts to'];
/**
 * The verbs after which "Das …", "That …" opens a sentence that sums up the one before ("Das sind knapp 480 Modelle.",
 * "That works out to about 480 models."): it is about what that one is about.
 */
export const SUMMING_UP_VERBS = ['sind', 'ist', 'wären', 'waren', 'war', 'entspricht', 'entsprach', 'macht', 'machte', 'ergibt', 'ergab', 'is', 'was', 'are', 'were', 'means', 'meant', 'amounts to', 'amount to', 'comes to', 'come to', 'makes', 'make', 'works out to', 'works out at', 'work out to', 'work out at'];

/**
 * Words that say a figure gives the one before it more exactly: before it ("rund ein Drittel, genau genommen 36 Prozent",
 * "a third, or more precisely 36%") or after it ("a third, 36% to be precise", „36 Prozent, um genau zu sein“).
 */
export const MORE_EXACTLY = {
  before: ['genauer gesagt', 'genau gesagt', 'genau genommen', 'streng genommen', 'um genau zu sein', 'genauer', 'or more precisely', 'more precisely', 'or more exactly', 'more exactly', 'to be precise', 'to be exact', 'strictly speaking'],
  after: ['to be precise', 'to be exact', 'precisely speaking', 'strictly speaking', 'um genau zu sein', 'genau genommen', 'genauer gesagt', 'streng genommen'],
};

/** Concepts that say where or who, not what happened: sharing only these makes no shared event. */
export const GENERIC_CONCEPTS = new Set(['startup', 'china', 'usa', 'france', 'germany', 'britain', 'india', 'italy', 'japan', 'korea', 'taiwan', 'worldwide', 'model', 'years', 'hours', 'smaller']);

/**
 * Words before a date that ends a heading and names the piece's day, not its events' ("## Newsletter vom 28. Januar
 * 2025", "## Morning briefing for January 28, 2025", "## Ausgabe 12 (28.01.2025)" in brackets too; facts/weekdays.ts).
 */
export const DATELINE_WORDS = ['vom', 'for', 'from', 'ausgabe', 'issue', 'edition', 'stand', 'dated'];

/**
 * Words that make the phrase after a comma a clause of its own, with a verb or subject that a date there belongs to
 * ("…, the stock trades above where it started 2024", „…, mehr als der ganze Konzern 2020 wert war“, "…, having risen
 * 171% last year"); without one, the phrase is an apposition or focus of the same clause and its date is the figure's
 * ("…, its worst day in years, on January 27, 2025", „…, und zwar am 27. Januar 2025“, "…, the company said, last year").
 * Finite auxiliaries and copulas, subject pronouns, subordinators, German and English side by side.
 */
export const CLAUSE_WORDS = [
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'konnte', 'muss', 'musste', 'soll', 'sollte',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'did', 'does', 'having', 'being',
  'er', 'es', 'wir', 'it', 'he', 'she', 'they', 'we',
  'wo', 'als', 'obwohl', 'weil', 'nachdem', 'während', 'wobei', 'dass', 'where', 'when', 'than', 'while', 'although', 'though', 'because', 'whereas',
  // A phrase that sets its date before the figure's event: „…, und das nach einem Jahr 2024, in dem er … zugelegt hatte“.
  'nach', 'after',
];

/**
 * Words that stamp a piece or an item with when it was written, before a date and a colon ("**Aktualisiert: 28.01.2025,
 * 11:40 Uhr** - Nvidia hatte am Montag …", "Updated: January 28, 2025 – …"): the stamp's day is no day of the events
 * the item tells (facts/readFacts.ts).
 */
// Not „Stand:“ ("as of"): the day a figure holds for, which dates it.
export const STAMP_WORDS = ['aktualisiert', 'zuletzt aktualisiert', 'update', 'updated', 'last updated', 'veröffentlicht', 'published'];

/**
 * Words that stamp a whole page with the day its figures hold for ("· Stand: 3. Februar 2025*", "As of: February 3,
 * 2025"): with the stamps above, a day the page is about only as the day it was written, no day of its market moves.
 * So is a script's broadcast day ("Sendung: Dienstag, 28. Januar 2025", "Aired: Tuesday, January 28, 2025"): a report
 * of the day before's market is not that day's, however much the sources tell of the day it airs.
 */
export const BROADCAST_DAY_WORDS = ['sendung', 'sendetermin', 'sendedatum', 'ausstrahlung', 'erstausstrahlung', 'gesendet', 'aired', 'air date', 'airdate', 'broadcast', 'first aired'];
export const PAGE_DAY_WORDS = [...STAMP_WORDS, ...BROADCAST_DAY_WORDS, 'stand', 'stand der angaben', 'stand der daten', 'as of'];

/**
 * The words that name the two sides of a gap or a ratio in one phrase: "zwischen Nvidia und Microsoft lagen fünf
 * Prozentpunkte", "a gap of four points between Nvidia and Microsoft" (match/pairBetween.ts); a chat or a note abbreviates
 * „zw.“.
 */
export const PAIR_BETWEEN = { between: ['zwischen', 'zw.', 'between'], and: ['und', 'and', 'sowie'], articles: ['der', 'die', 'das', 'dem', 'den', 'des', 'the'] };

/**
 * The words of a list item that is a model and its day: "…, das Modell V3 im Dezember 2024 und R1 am 20. Januar 2025",
 * "the V3 model in December 2024 and R1 on 20 January 2025" (facts/readFacts.ts): what joins the items, the article
 * and the word for a model or a predecessor before the name, the word for a model right after it, and the bare word
 * for "on"/"in" between the name and its day.
 */
export const MODEL_ITEM = {
  joining: ['und', 'and', 'sowie'],
  articles: ['das', 'der', 'the'],
  modelWords: ['modell', 'model'],
  predecessorWords: ['vorgänger', 'predecessor'],
  dayIn: ['im', 'am', 'in', 'on'],
};

/**
 * How many times one sum goes into another needs the other sum at hand: a pointer to a sum the paragraph gave ("mit
 * diesem Budget", "that budget", "das Geld") (match/sumIntoSum.ts). A second sum in the sentence says it as well.
 */
export const SUM_POINTERS = { pointers: ['dies', 'diese', 'dieses', 'diesem', 'diesen', 'jenes', 'jenem', 'das', 'dem', 'this', 'that', 'the same'], sums: ['budget', 'geld', 'summe', 'betrag', 'money', 'sum', 'amount'] };

/**
 * Verbs of existing before "seit"/"since": „Die Firma gibt es schon seit 2015“, "has been around since 2015" — what
 * exists since a year came to exist then, so that year is its founding (facts/readFacts.ts), unlike "the first meeting
 * since 2018". A space matches any white space.
 */
export const EXISTS_SINCE = ['gibt es', 'gab es', 'existiert', 'existieren', 'existierte', 'existierten', 'besteht', 'bestehen', 'has existed', 'have existed', 'had existed', 'has been around', 'have been around', 'had been around', 'in existence', 'exists', 'exist'];

/**
 * A clause that says a year is someone's birth with a verb of coming and where to: „1983 kam Liang zur Welt“,
 * „erblickte 1985 das Licht der Welt“, "came into the world in 1985" (facts/birthYears.ts); both, so that „das Tor zur
 * Welt“ or "expanded into the world market" are no birth. Only a person's: facts/readFacts.ts asks for one in the clause.
 * `fields`: words right after the place that make it a field one enters, not a birth: „kam 2015 zur Welt der
 * Hedgefonds“, "came into the world of quantitative trading".
 */
export const BIRTH_PHRASES = {
  into: ['zur welt', 'das licht der welt', 'into the world'],
  verbs: ['kam', 'kamen', 'kommt', 'gekommen', 'erblickte', 'erblickt', 'came', 'comes', 'come'],
  fields: ['der', 'des', 'von', 'vom', 'of'],
  /** Words that hedge a birth year after "born"/„geboren“: "born around 1985", „geboren um 1985“, „Jahrgang ca. 1985“. */
  hedges: ['around', 'about', 'circa', 'c.', 'ca.', 'approximately', 'approx.', 'roughly', 'sometime in', 'some time in', 'um', 'etwa', 'zirka', 'rund', 'gegen', 'ungefähr', 'um das jahr', 'etwa im jahr'],
};

/**
 * Words by which a sentence says it repeats what the draft said before ("Wie eingangs erwähnt, …", "One last detail worth
 * repeating: …"): its figures, and those of the sentences after it in its paragraph, restate earlier ones
 * (rules/draftInconsistency.ts). A word of another time ("heute", "later") makes a figure another fact all the same.
 * A space matches any white space, a closing "*" any further letters.
 */
export const RECAP = {
  says: ['wie erwähnt', 'wie eingangs erwähnt', 'wie oben erwähnt', 'wie bereits erwähnt', 'wie schon erwähnt', 'wie eingangs', 'wie oben', 'wie gesagt', 'wie bereits gesagt', 'zur erinnerung', 'zusammengefasst', 'zusammenfassend', 'as mentioned', 'as mentioned above', 'as noted', 'as noted above', 'as stated', 'as we saw', 'as said', 'worth repeating', 'bears repeating', 'to recap', 'to repeat', 'to sum up', 'in summary'],
  laterTimes: ['später', 'danach', 'seitdem', 'seither', 'later', 'since then', 'afterwards'],
};

/**
 * Words for what is done again and again, which a "-mal"/"times" then counts: "senkte die Preise dreimal", "raised
 * prices three times", "four times in January" (match/sumIntoSum.ts). A space matches any white space, a closing "*"
 * any further letters.
 */
export const REPETITION = {
  verbs: ['erhöh*', 'senkt*', 'gesenkt', 'korrigier*', 'verschob*', 'verschoben', 'verschieb*', 'änder*', 'geändert', 'angepasst', 'passte* an', 'raise*', 'raising', 'cut', 'cuts', 'cutting', 'lower*', 'hike*', 'hiking', 'revis*', 'change*', 'changing', 'adjust*', 'delay*', 'postpone*'],
  /** "three times in 2024", "dreimal im Jahr 2024", "four times last year": how often within a stretch of time. */
  within: ['in', 'im', 'in the', 'seit', 'since', 'during', 'binnen', 'innerhalb', 'last', 'this', 'letztes', 'vergangenes', 'dieses', 'im letzten', 'im vergangenen'],
  stretches: ['jahr*', 'year', 'monat*', 'month', 'woche*', 'week', 'quartal*', 'quarter'],
};

/**
 * The words that give a name a figure it has, right after the name: "Metas Llama 2 mit 70 Milliarden Parametern",
 * "Meta's Llama 2, with 70 billion parameters" (facts/ownerWith.ts).
 */
export const HAVING_WITH = ['mit', 'with'];

/**
 * The words after which a name is what a value is measured against, not whose it is: "liegt damit auf dem Niveau von
 * OpenAI o1", "on a par with OpenAI's o1", "gleichauf mit o1", "outperforms DeepSeek V3" (facts/measuredAgainst.ts).
 * A space matches any white space, a closing "*" any further letters.
 */
export const MEASURED_AGAINST = [
  'outperform*', 'against', 'beat', 'beats', 'surpass*', 'übertriff*', 'übertraff*', 'übertroff*', 'schlägt', 'schlagt',
  'auf niveau von', 'auf niveau mit', 'auf dem niveau von', 'auf dem niveau mit', 'auf augenhöhe von', 'auf augenhöhe mit', 'auf dem augenhöhe von', 'auf dem augenhöhe mit',
  'gleichauf mit', 'on par with', 'on a par with', 'vergleichbar mit', 'comparable to', 'comparable with', 'similar to', 'ähnlich wie', 'as good as', 'so gut wie', 'level with', 'matching',
  'in line with', 'on the level of', 'at the level of', 'in the same range as', 'in the same league as', 'im selben bereich wie', 'im gleichen bereich wie', 'in derselben liga wie', 'in der gleichen liga wie',
];

/**
 * The words before a name that set it beside what a sentence is about, not among it: "the distilled models DeepSeek
 * published alongside R1", „neben R1 auch sechs kleinere Versionen“ (facts/namedBeside.ts). Not "as well as" or
 * "together with", which add a name to the subject ("Nvidia as well as Broadcom fell").
 */
export const BESIDE_WORDS = ['neben', 'außer', 'zusätzlich zu', 'alongside', 'besides', 'in addition to', 'apart from', 'abgesehen von'];

/**
 * The words right after a name that make it what a value is measured against: "also auf o1-Niveau", "roughly o1 level",
 * „womit es mit OpenAIs o1 gleichzieht“, „mit o1 mithält“ (facts/measuredAgainst.ts). A hyphen or white space may stand
 * between the name and the word.
 */
export const MEASURED_AGAINST_AFTER = ['niveau', 'level', 'gleichzieht', 'gleichziehen', 'gleichzog', 'gleichzogen', 'mithält', 'mithalten', 'mithielt', 'mithielten'];

/**
 * The words between two sums of one sentence that make the second what the first is compared with: "kostete nur 5,6
 * Millionen Dollar – ein Bruchteil der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte", "cost only $5.6 million, a
 * fraction of the $78 million OpenAI spent on GPT-4o" (facts/comparedSum.ts). An article may follow.
 */
export const COMPARED_SUM = [
  'ein bruchteil', 'einen bruchteil', 'nur ein bruchteil', 'nur einen bruchteil', 'bruchteil', 'verglichen mit', 'im vergleich zu', 'gegenüber', 'statt', 'anstelle',
  'a fraction of', 'only a fraction of', 'a small fraction of', 'a tiny fraction of', 'compared with', 'compared to', 'against', 'versus', 'instead of', 'rather than',
];

/** "wie vorher", "than before": what a multiple compares with is the same thing at an earlier time. */
export const EARLIER_SELF_PHRASES = [
  'wie zuvor', 'wie vorher', 'wie davor', 'wie früher', 'wie bisher', 'als zuvor', 'als vorher', 'als davor', 'als früher', 'als bisher',
  'than before', 'than previously', 'than earlier', 'as before', 'as previously', 'as earlier',
  'than it used to', 'as it used to', 'than they used to', 'as they used to', 'than it did before', 'as it did before', 'than they did before', 'as they did before',
];
/** „jedes Jahr“, "every year": a rate, a thing against itself a year before. */
export const EACH_YEAR_PHRASES = ['jedes Jahr', 'pro Jahr', 'jährlich', 'Jahr für Jahr', 'each year', 'every year', 'per year', 'a year', 'annually', 'year after year'];
/** „um das 1,8-Fache“, "by a factor of 1.8": the words before a multiple that make it a change by that factor. */
export const CHANGED_BY_PHRASES = ['um das', 'um den Faktor', 'by a factor of'];
/** „Donald Trump über den Start von R1“, "Trump on the launch of R1": the words after a credit line's name that give the topic its quotation is on. */
export const CREDIT_TOPIC_PREPOSITIONS = ['über', 'zu', 'on', 'about'];

/**
 * Subject pronouns that can stand for a company as well as for people: „Nvidia sagte, sie sehe …“, "Nvidia said they see
 * …", „DeepSeek räumte ein, man habe …“. The other subject pronouns (OTHER_SUBJECT_PRONOUNS: er, ich, he, she, I) name a
 * person, so a company before a quotation they speak is its topic: „Über DeepSeek sagte er: …“ (quotes/organisationSpeaker.ts).
 */
export const ORGANISATION_PRONOUNS = ['sie', 'es', 'wir', 'man', 'it', 'they', 'we'];
/** Possessives only a person has ("In his view, DeepSeek "…"", „Meiner Ansicht nach …“); German „sein“ is also a company's („auf seiner Website“). */
export const PERSON_POSSESSIVES = ['his', 'her', 'my', 'mein', 'meine', 'meiner', 'meinem', 'meinen', 'meines'];
/** Copulas that make a quotation after a company what is said of it: "DeepSeek was not the "chosen one"", „DeepSeek war nicht der „Auserwählte““. */
export const DESCRIBING_COPULAS = ['ist', 'war', 'sind', 'waren', 'sei', 'is', 'was', 'are', 'were'];

/**
 * Ordinal pronouns that take one member of a pair or series in turn: „Der erste, Fire-Flyer I, kostete …, der zweite …“,
 * "The first, Fire-Flyer I, cost …; the second …". `first` opens the series; `later` moves on to another member.
 * Not „im ersten“/„beim ersten“ (nor their later kin): „im ersten Quartal“, „beim ersten Versuch“ are times and tries
 * of one thing, not members of a series.
 */
export const ORDINAL_OWNERS: { first: string[]; later: string[] } = {
  first: ['der erste', 'die erste', 'das erste', 'den ersten', 'dem ersten', 'the first', 'the former'],
  later: ['der zweite', 'die zweite', 'das zweite', 'den zweiten', 'dem zweiten', 'der dritte', 'die dritte', 'das dritte', 'the second', 'the third', 'the latter', 'letzterer', 'letztere'],
};

/**
 * Which member of a list named before an ordinal pronoun takes the figure after it: „Die Rechner heißen Fire-Flyer I
 * und Fire-Flyer II. Der erste kostete …, der zweite …“, "Compare Nvidia and Microsoft. The latter lost 3.75%". A
 * position counts from 1; -1 is the last member ("the latter", „Letzterer“).
 */
export const ORDINAL_MEMBER_POSITIONS: Array<{ words: string[]; position: number }> = [
  { words: ['der erste', 'die erste', 'das erste', 'den ersten', 'dem ersten', 'ersterer', 'erstere', 'the first', 'the former'], position: 1 },
  { words: ['der zweite', 'die zweite', 'das zweite', 'den zweiten', 'dem zweiten', 'the second'], position: 2 },
  { words: ['der dritte', 'die dritte', 'das dritte', 'den dritten', 'dem dritten', 'the third'], position: 3 },
  { words: ['the latter', 'letzterer', 'letztere', 'letzteren'], position: -1 },
];
/**
 * What may follow an ordinal that stands as a pronoun for a listed member, besides a figure or clause punctuation:
 * „der erste der beiden …“, "the first of the two …", and the English verbs and adverbs that open its predicate ("The
 * first lost 7.82%", "the latter also fell"). English nouns are not capitalised, so a word that is none of these (and
 * no "-ed" or "-ly" form) is taken as a noun the ordinal determines ("The first hour", "the second quarter"): then the
 * ordinal counts no list. German needs no verb list: its nouns are capitalised („Die erste Reaktion“).
 */
export const ORDINAL_PRONOUN_FOLLOWERS = [
  'der beiden', 'der zwei', 'von beiden', 'of the two', 'of them', 'of those', 'of these',
  'is', 'was', 'were', 'has', 'had', 'lost', 'loses', 'fell', 'falls', 'rose', 'rises', 'cost', 'costs', 'shed', 'sheds',
  'slid', 'sank', 'gave', 'took', 'made', 'came', 'went', 'got', 'won', 'led', 'leads', 'held', 'holds', 'trails', 'lags',
  'gains', 'drops', 'closes', 'ends', 'needs', 'reaches', 'scores', 'earns', 'comes', 'goes', 'makes', 'takes', 'gets',
  'did', 'does', 'can', 'could', 'will', 'would', 'may', 'might', 'must', 'should',
  'also', 'only', 'still', 'alone', 'even', 'just', 'then', 'again',
];
/** The prepositions an ordinal member may stand after: „Für den ersten der beiden Rechner kommt er auf 130 …“. */
export const ORDINAL_MEMBER_PREPOSITIONS = ['für', 'bei', 'for'];

/**
 * The words that tell a count as the rest of a whole a source splits by a share (match/countOfTheRest.ts). `opening`
 * opens the count's clause as its subject („Der Rest, knapp 850 Modelle, …“, "The rest of the world accounts for about
 * 950"); `rightBefore` stands right before the count, a hedge between („die übrigen 850“, "the other 850 or so"); `alone`
 * gives the count to the share's owner itself („China allein stellt rund 850“, "China alone has about 850"): never the rest.
 */
export const REST_OF_A_WHOLE = {
  prepositions: ['aus', 'von', 'in', 'from'],
  opening: ['der rest', 'die übrigen', 'die restlichen', 'dem rest', 'den übrigen', 'den restlichen', 'the rest', 'the remaining', 'the other', 'the others'],
  rightBefore: ['die übrigen', 'die restlichen', 'die anderen', 'the remaining', 'the other'],
  alone: ['allein', 'alleine', 'selbst', 'für sich', 'alone', 'by itself', 'on its own', 'itself'],
  /** „Der Rest, 64 Prozent oder knapp 850 Modelle, …“: the words joining another value of the rest's apposition before the count. */
  orAnotherValue: ['oder', 'beziehungsweise', 'bzw.', 'or'],
  /**
   * „Die übrigen 64 Prozent, also etwa 850 Modelle, …“, "The remaining 64 percent, that is about 850 models, …": the words
   * that open an apposition restating the rest's share as a count; `orAnotherValue` opens one too ("…, or about 850 models").
   */
  restating: ['also', 'sprich', 'das heißt', 'd. h.', 'das sind', 'that is', "that's", 'i.e.', 'i. e.'],
};

/** Column headers of a table's running numbers („| Nr. | Datum | Ereignis |“, "| # | Action |"): their cells count rows, not things, where they run 1, 2, 3 … (markdown/runningNumbers.ts). */
export const ROW_NUMBER_HEADERS = ['nr.', 'nr', 'nummer', 'lfd. nr.', 'pos.', '#', 'no.', 'no', 'step'];

/**
 * Column headers of when a row's report appeared („| Erschienen | Medium | Meldung |“, "| Published | Outlet | Headline |"):
 * their dates are the report's, not the day of the event the row tells (the report of the 28th tells the fall of the 27th).
 */
export const REPORT_DATE_HEADERS = [
  'erschienen', 'erschienen am', 'erscheinungsdatum', 'veröffentlicht', 'veröffentlicht am', 'veröffentlichung', 'veröffentlichungsdatum', 'publiziert', 'publiziert am',
  'stand', 'datum der meldung', 'meldung vom', 'datum des artikels', 'artikel vom', 'quelle vom', 'datum der quelle', 'quellendatum', 'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'abgerufen', 'abgerufen am',
  'published', 'published on', 'date published', 'publication date', 'date of publication', 'as of', 'source date', 'date of source', 'report date', 'date of report', 'date reported', 'reported on', 'article date', 'updated', 'last updated', 'accessed', 'retrieved',
];

/**
 * The plural and case endings a noun's forms are stripped of to one key ([what replaces it, ending]; the longest that
 * fits is taken): German „Modelle“/„Modellen“/„Modells“, „Titeln“, „Versionen“, „Nutzern“, English "postdocs",
 * "boxes", "companies". No bare „-n“ or „-nen“: „Version“ is no „Versio“. A final „-er“ is the noun's own („Nutzer“,
 * „Tester“, „Parameter“): only the plurals in `ER_PLURALS` lose it. Read by text/sameNoun.ts.
 */
export const NOUN_INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['', 's'], ['', 'e'], ['', 'en'], ['', 'es'], ['er', 'ern'], ['el', 'eln'], ['y', 'ies'],
];

/**
 * German plurals in „-er“ (and, with „-n“, their datives: „Ländern“), the last part of a compound too
 * („Bundesländer“, „Mitglieder“): their „-er“ is an ending, stripped to the singular's stem („Länder“: „länd“,
 * „Kinder“: „kind“). Every other final „-er“ belongs to the noun: „Tester“ and „Tests“, „Arbeiter“ and „Arbeiten“,
 * „Nutzer“ and „Nutzen“ are two nouns each. Read by text/sameNoun.ts.
 */
export const ER_PLURALS = [
  'ämter', 'bänder', 'bilder', 'blätter', 'bretter', 'bücher', 'dächer', 'dörfer', 'felder', 'fächer', 'gehälter', 'gelder',
  'geister', 'gesichter', 'glieder', 'gräber', 'güter', 'häuser', 'hölzer', 'hörner', 'kinder', 'kleider', 'länder', 'lichter',
  'lieder', 'löcher', 'männer', 'ränder', 'räder', 'rinder', 'schilder', 'schlösser', 'täler', 'tücher', 'völker', 'wälder',
  'wörter', 'denkmäler', 'geschlechter', 'würmer',
];

/**
 * Endings of German nouns that are feminine, whose plural is the singular with -n or -en and whose other cases are the
 * singular itself („Industrie“ → „Industrien“). Read by quotes/wordRendering.ts.
 */
export const GERMAN_FEMININE_ENDINGS = ['ie', 'ung', 'ion', 'heit', 'keit', 'schaft', 'tät'];

/**
 * English past participles without "-ed" that follow a label's head noun as a reduced relative clause ("Workshops held",
 * "Jobs built", "Books sold"): what was done to the noun, not the noun. Regular ones ("People trained", "Charities
 * helped") are told by their ending. Read by analysis/valueLabel.ts.
 */
export const IRREGULAR_PARTICIPLES = new Set(['built', 'made', 'sold', 'taught', 'held', 'given', 'run', 'won', 'seen', 'written', 'grown', 'spent', 'paid', 'bought', 'lost', 'kept', 'sent', 'shown', 'taken', 'done', 'met', 'led', 'brought', 'found', 'hit', 'cut', 'set', 'put', 'read', 'drawn', 'chosen', 'begun', 'sung', 'told']);

/**
 * Words after which a label's head noun has ended: a genitive, a preposition or a conjunction („KI-Artikel der
 * Redaktion“, "Customers in Europe", "Staff per team"). What comes after says whose or where, not what is counted.
 */
export const LABEL_CUT_WORDS = new Set(['der', 'des', 'dem', 'den', 'die', 'das', 'von', 'vom', 'im', 'in', 'am', 'an', 'auf', 'bei', 'für', 'pro', 'je', 'mit', 'ohne', 'seit', 'bis', 'und', 'oder', 'of', 'at', 'on', 'per', 'for', 'by', 'from', 'since', 'with', 'without', 'to', 'and', 'or', 'the', 'a']);
