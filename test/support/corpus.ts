/**
 * A synthetic but realistic corpus of news articles for the sources benchmark: German and English, txt, Markdown
 * with front matter and saved HTML pages (with navigation, cookie banner and footer), in year/month folders. Every
 * article differs: companies, people, models, figures and dates are drawn from a seeded random generator, so no
 * sentence repeats by accident and the name index grows with the corpus as it would with real sources.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, well-mixed deterministic generator. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'vo', 'an', 'zen', 'ri', 'dor', 'qua', 'sel', 'bi', 'nex', 'tra', 'mon', 'pal', 'ru', 'fen', 'gal', 'hu', 'is', 'jor', 'ke', 'lin'];
const GIVEN = ['Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hannah', 'Ivan', 'Jonas', 'Kim', 'Lena', 'Marco', 'Nora', 'Omar', 'Paula', 'Ravi', 'Sara', 'Tom', 'Yuki', 'Wei', 'Mei', 'Lars', 'Ines'];
const SUFFIX = ['AI', 'Labs', 'Systems', 'Robotics', 'Cloud', 'Semiconductor', 'Analytics'];
const CITIES = ['Berlin', 'München', 'Hamburg', 'Paris', 'London', 'Shenzhen', 'Seoul', 'Toronto', 'Austin', 'Zürich'];
const OUTLETS = ['Tech Wire', 'Digital Daily', 'KI-Report', 'Netzwelt Heute', 'The Compute Post', 'Handelsblatt Digital'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface CorpusArticle {
  /** Path relative to the corpus root, e.g. `2024/03/article-0012.html`. */
  path: string;
  text: string;
}

export interface CorpusOptions {
  /**
   * Sentences added to each article's body, drawn from a larger pool of phrasings (a real article runs to 30–60
   * sentences, not 10): from min to max. None by default, so tests keep their small articles.
   */
  extraSentences?: [number, number];
}

export function generateCorpus(count: number, seed = 1, options: CorpusOptions = {}): CorpusArticle[] {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const word = (parts: number) => {
    let w = '';
    for (let i = 0; i < parts; i++) w += pick(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1);
  };
  // The pool of entities grows with the corpus, as a writer's sources name more companies over the years.
  const companies = Array.from({ length: Math.max(20, Math.round(count / 3)) }, () => `${word(2)}${rnd() < 0.5 ? word(1) : ''} ${pick(SUFFIX)}`.replace(/ AI$/, 'AI'));
  const people = Array.from({ length: Math.max(30, Math.round(count / 2)) }, () => `${pick(GIVEN)} ${word(2)}`);
  const models = Array.from({ length: Math.max(20, Math.round(count / 4)) }, () => `${word(1).toUpperCase()}-${int(1, 9)}${pick(['', 'o', ' Pro', ' Mini', 'X'])}`);

  const articles: CorpusArticle[] = [];
  for (let i = 0; i < count; i++) {
    const german = rnd() < 0.5;
    const company = pick(companies);
    const rival = pick(companies);
    const person = pick(people);
    const analyst = pick(people);
    const model = pick(models);
    const year = int(2019, 2025);
    const month = int(1, 12);
    const day = int(1, 28);
    const pct = `${int(1, 40)}${german ? ',' : '.'}${int(1, 9)}`;
    const money = `${int(2, 900)}${german ? ',' : '.'}${int(1, 9)}`;
    const staff = int(20, 9000).toLocaleString(german ? 'de-DE' : 'en-US');
    const founded = int(1995, 2022);
    const city = pick(CITIES);
    const outlet = pick(OUTLETS);
    const sentences = german
      ? [
          `${company} stellt ${model} vor`,
          `Am ${day}. ${MONTHS_DE[month - 1]} ${year} hat ${company} aus ${city} das Modell ${model} vorgestellt.`,
          `Das Training kostete nach Angaben des Unternehmens ${money} Millionen Dollar.`,
          `„Wir haben die Kosten deutlich gesenkt“, sagte ${person}, Chef von ${company}.`,
          `Die Aktie von ${rival} fiel daraufhin um ${pct} %.`,
          `${company} wurde ${founded} gegründet und beschäftigt heute ${staff} Mitarbeiter.`,
          `Analyst ${analyst} hält die Zahlen für plausibel, warnt aber vor zu hohen Erwartungen.`,
          `Im Benchmark erreichte ${model} ${int(50, 99)} Prozent, das Vorgängermodell ${int(30, 80)} Prozent.`,
          `Der Umsatz stieg im Jahr ${year - 1} um ${int(2, 60)} % auf ${int(1, 90)} Milliarden Euro.`,
          `Ob ${rival} nachzieht, ist offen; das Unternehmen wollte sich nicht äußern.`,
        ]
      : [
          `${company} unveils ${model}`,
          `On ${MONTHS_EN[month - 1]} ${day}, ${year}, ${city}-based ${company} released its ${model} model.`,
          `Training cost $${money} million, the company said.`,
          `"We have cut costs sharply," said ${person}, chief executive of ${company}.`,
          `Shares of ${rival} fell ${pct}% on the news.`,
          `${company} was founded in ${founded} and now employs ${staff} people.`,
          `Analyst ${analyst} called the figures plausible but warned against high expectations.`,
          `${model} scored ${int(50, 99)} percent on the benchmark, up from ${int(30, 80)} percent for its predecessor.`,
          `Revenue rose ${int(2, 60)}% to $${int(1, 90)} billion in ${year - 1}.`,
          `Whether ${rival} will follow is unclear; the company declined to comment.`,
        ];
    const [title, ...body] = sentences;
    const paragraphs = [body.slice(0, 3).join(' '), body.slice(3, 6).join(' '), body.slice(6).join(' ')];
    if (options.extraSentences) {
      const [min, max] = options.extraSentences;
      const more = Array.from({ length: int(min, max) }, () => extraSentence(german, { pick, int, company: () => pick(companies), person: () => pick(people), model: () => pick(models) }));
      for (let k = 0; k < more.length; ) {
        const size = int(2, 5);
        paragraphs.push(more.slice(k, k + size).join(' '));
        k += size;
      }
    }
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const folder = `${year}/${String(month).padStart(2, '0')}`;
    const kind = i % 3;
    const name = `article-${String(i).padStart(5, '0')}`;
    if (kind === 0) articles.push({ path: `${folder}/${name}.txt`, text: `${title}\n\n${title}\n\n${paragraphs.join('\n\n')}\n` });
    else if (kind === 1) {
      articles.push({
        path: `${folder}/${name}.md`,
        text: `---\ntitle: "${title}"\noutlet: ${outlet}\npublished: ${date}\nurl: https://news.example/${name}\nlang: ${german ? 'de' : 'en'}\n---\n\n# ${title}\n\n${paragraphs.join('\n\n')}\n`,
      });
    } else {
      articles.push({ path: `${folder}/${name}.html`, text: htmlPage(title, paragraphs, outlet, date, `https://news.example/${name}`, german) });
    }
  }
  return articles;
}

interface Draw {
  pick: <T>(list: T[]) => T;
  int: (min: number, max: number) => number;
  company: () => string;
  person: () => string;
  model: () => string;
}

const ROLES_DE = ['Finanzchef', 'Technikchefin', 'Mitgründer', 'Forschungsleiterin', 'Sprecher', 'Vorstandschef'];
const ROLES_EN = ['chief financial officer', 'chief technology officer', 'co-founder', 'head of research', 'spokesperson', 'chief executive'];
const TOPICS_DE = ['Rechenzentren', 'Chips', 'Trainingsdaten', 'Sprachmodelle', 'Robotik', 'Cloud-Dienste', 'Halbleiter', 'Lizenzen'];
const TOPICS_EN = ['data centres', 'chips', 'training data', 'language models', 'robotics', 'cloud services', 'semiconductors', 'licensing'];

/** One more sentence of an article body, from a pool of phrasings with names, figures and dates drawn afresh. */
function extraSentence(german: boolean, d: Draw): string {
  const { pick, int } = d;
  const dec = (max: number) => `${int(1, max)}${german ? ',' : '.'}${int(1, 9)}`;
  const month = int(0, 11);
  if (german) {
    return pick<() => string>([
      () => `${d.company()} investiert nach eigenen Angaben ${dec(90)} Milliarden Euro in ${pick(TOPICS_DE)}.`,
      () => `${d.person()}, ${pick(ROLES_DE)} von ${d.company()}, rechnet mit einem Wachstum von ${int(3, 45)} Prozent.`,
      () => `Im ${MONTHS_DE[month]} ${int(2019, 2025)} hatte ${d.company()} noch ${int(40, 9000).toLocaleString('de-DE')} Beschäftigte.`,
      () => `Die Rechenleistung von ${d.model()} liegt laut ${d.company()} um das ${int(2, 12)}-Fache über der des Vorgängers.`,
      () => `„${pick(['Das ist erst der Anfang', 'Wir sehen enorme Nachfrage', 'Die Preise werden weiter sinken', 'Regulierung ist notwendig'])}“, sagte ${d.person()} der Zeitung.`,
      () => `Konkurrent ${d.company()} verlor an der Börse ${dec(20)} Prozent, ${d.company()} gewann ${dec(15)} Prozent.`,
      () => `Für ${pick(TOPICS_DE)} gibt die Branche in diesem Jahr rund ${int(10, 700)} Milliarden Dollar aus.`,
      () => `${d.company()} beliefert nach Angaben von ${d.person()} inzwischen ${int(12, 4000)} Kunden in ${int(3, 60)} Ländern.`,
      () => `Die Finanzierungsrunde über ${dec(900)} Millionen Dollar führte ${d.company()} an; bewertet wird das Unternehmen mit ${int(1, 80)} Milliarden.`,
      () => `Bereits ${int(2015, 2023)} hatte ${d.person()} vor den Kosten von ${pick(TOPICS_DE)} gewarnt.`,
      () => `Nach ${int(2, 18)} Monaten Entwicklung kam ${d.model()} auf ${int(40, 98)} Prozent im Test, ${d.model()} auf ${int(30, 90)} Prozent.`,
      () => `Die Nachfrage nach ${pick(TOPICS_DE)} sei um ${int(5, 300)} Prozent gestiegen, schreibt ${d.company()} im Quartalsbericht.`,
      () => `Am ${int(1, 28)}. ${MONTHS_DE[month]} will ${d.company()} Zahlen vorlegen; Analysten erwarten ${dec(40)} Milliarden Euro Umsatz.`,
      () => `${d.person()} leitet seit ${int(2010, 2024)} das Team, das ${d.model()} entwickelt hat.`,
      () => `Der Stromverbrauch der Rechenzentren von ${d.company()} stieg auf ${int(2, 90)} Terawattstunden.`,
      () => `Die Aktie notiert damit ${dec(60)} Prozent unter ihrem Rekordhoch vom ${MONTHS_DE[month]}.`,
    ])();
  }
  return pick<() => string>([
    () => `${d.company()} plans to invest $${dec(90)} billion in ${pick(TOPICS_EN)}, the company said.`,
    () => `${d.person()}, ${pick(ROLES_EN)} of ${d.company()}, expects growth of ${int(3, 45)} percent.`,
    () => `In ${MONTHS_EN[month]} ${int(2019, 2025)}, ${d.company()} still had ${int(40, 9000).toLocaleString('en-US')} employees.`,
    () => `${d.model()} delivers ${int(2, 12)} times the compute of its predecessor, according to ${d.company()}.`,
    () => `"${pick(['This is only the beginning', 'We see enormous demand', 'Prices will keep falling', 'Regulation is necessary'])}," ${d.person()} told reporters.`,
    () => `Rival ${d.company()} lost ${dec(20)}% in trading, while ${d.company()} gained ${dec(15)}%.`,
    () => `The industry will spend about $${int(10, 700)} billion on ${pick(TOPICS_EN)} this year.`,
    () => `${d.company()} now serves ${int(12, 4000)} customers in ${int(3, 60)} countries, ${d.person()} said.`,
    () => `The $${dec(900)} million funding round was led by ${d.company()} and values the company at $${int(1, 80)} billion.`,
    () => `As early as ${int(2015, 2023)}, ${d.person()} had warned about the cost of ${pick(TOPICS_EN)}.`,
    () => `After ${int(2, 18)} months of development, ${d.model()} scored ${int(40, 98)} percent, ${d.model()} ${int(30, 90)} percent.`,
    () => `Demand for ${pick(TOPICS_EN)} rose ${int(5, 300)}%, ${d.company()} wrote in its quarterly report.`,
    () => `${d.company()} reports on ${MONTHS_EN[month]} ${int(1, 28)}; analysts expect revenue of $${dec(40)} billion.`,
    () => `${d.person()} has led the team behind ${d.model()} since ${int(2010, 2024)}.`,
    () => `Power use at ${d.company()}'s data centres rose to ${int(2, 90)} terawatt hours.`,
    () => `The stock now trades ${dec(60)}% below its record high of ${MONTHS_EN[month]}.`,
  ])();
}

function htmlPage(title: string, paragraphs: string[], outlet: string, date: string, url: string, german: boolean): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!DOCTYPE html>
<html lang="${german ? 'de' : 'en'}">
<head>
<meta charset="utf-8">
<title>${esc(title)} | ${esc(outlet)}</title>
<meta property="og:title" content="${esc(title)}">
<meta property="article:published_time" content="${date}T08:00:00+01:00">
<meta property="og:site_name" content="${esc(outlet)}">
<link rel="canonical" href="${url}">
</head>
<body>
<div class="cookie-banner">${german ? 'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Alle akzeptieren' : 'We use cookies to give you the best experience. Accept all'}</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/tech">Tech</a></li><li><a href="/markets">${german ? 'Märkte' : 'Markets'}</a></li></ul></nav>
<main>
<article>
<h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside class="related"><h2>${german ? 'Mehr zum Thema' : 'Related'}</h2><ul><li><a href="/a">${german ? 'Chipaktien fallen um 12 %' : 'Chip stocks fall 12%'}</a></li></ul></aside>
</main>
<footer>© 2025 ${esc(outlet)} · Impressum · ${german ? 'Datenschutz' : 'Privacy'}</footer>
</body>
</html>
`;
}

export function writeCorpus(root: string, articles: CorpusArticle[]): void {
  for (const a of articles) {
    const file = join(root, a.path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, a.text);
  }
}
