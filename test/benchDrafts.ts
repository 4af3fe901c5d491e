/**
 * Distinct drafts of any size for `npm run bench`: every section names other companies, people, models and places
 * and states other amounts, dates and shares, in sentences of varied shape (prose, lists, tables, quotations,
 * headings), in English or German. Seeded, so each run measures the same text; distinct, so no cache answers for
 * text it has not seen, as in a real draft of that size.
 */

import { random as seeded } from './support/corpus';

export type DraftLanguage = 'en' | 'de';

export interface DistinctDraft {
  text: string;
  /** The offset of one digit of a figure in a prose sentence near the middle: where the benchmark types. */
  editAt: number;
}

const STEMS = ['Aur', 'Bel', 'Cor', 'Dax', 'Eri', 'Fen', 'Gal', 'Hel', 'Ist', 'Jor', 'Kal', 'Lum', 'Mer', 'Nov', 'Or', 'Pel', 'Quan', 'Ros', 'Sol', 'Tar', 'Ul', 'Ven', 'Wex', 'Xan', 'Yar', 'Zel'];
const ENDINGS = ['ion', 'ora', 'ex', 'ita', 'ant', 'is', 'ova', 'umi', 'arc', 'eon', 'yx', 'ada', 'ent', 'ium', 'ost', 'ara'];
const KINDS = ['Labs', 'AI', 'Robotics', 'Systems', 'Analytics', 'Semiconductor', 'Dynamics', 'Intelligence'];
const FIRST = ['Anna', 'Ben', 'Chen', 'Dana', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kira', 'Luca', 'Mei', 'Nora', 'Omar', 'Priya', 'Rafael', 'Sofia', 'Tomasz', 'Uma', 'Viktor', 'Wen', 'Yusuf', 'Zoe'];
const LAST = ['Albrecht', 'Baptiste', 'Castellano', 'Dvořák', 'Eriksen', 'Fontaine', 'Grünwald', 'Hakimi', 'Iwasaki', 'Jansen', 'Kowalczyk', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quintero', 'Rasmussen', 'Schreiber', 'Tanaka', 'Ulrich', 'Varga', 'Weißmann', 'Zhou'];
const PLACES = ['Lisbon', 'Hangzhou', 'Munich', 'Toronto', 'Seoul', 'Tallinn', 'Austin', 'Bangalore', 'Zurich', 'Nairobi', 'Kraków', 'Osaka', 'Lyon', 'Haifa', 'Shenzhen', 'Dublin'];
const ORTE: Record<string, string> = { Lisbon: 'Lissabon', Munich: 'München', Seoul: 'Seoul', Zurich: 'Zürich', 'Kraków': 'Krakau' };
const BENCHMARKS = ['HumanEval', 'MATH-500', 'MMLU', 'GSM8K', 'ARC-AGI', 'SWE-bench', 'GPQA', 'BIG-Bench'];
const INVESTORS = ['Northgate Capital', 'Blue Meridian Ventures', 'Kestrel Partners', 'Alder Growth', 'Harbor Point Fund', 'Sequoia Capital', 'Lightspeed', 'Index Ventures'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const EMOJI = ['🚀', '📉', '📈', '🤖', '💶', ''];

/** What one section is about: fresh names and figures drawn for it. */
class Section {
  readonly company: string;
  readonly rival: string;
  readonly person: string;
  readonly analyst: string;
  readonly model: string;
  readonly oldModel: string;
  readonly place: string;
  readonly investor: string;
  constructor(private readonly next: () => number, i: number) {
    // The stem pair and the number make every section's names its own, however many sections there are.
    const name = () => `${this.pick(STEMS)}${this.pick(ENDINGS)}`;
    const stem = name();
    this.company = `${stem} ${this.pick(KINDS)}`;
    this.rival = `${name()} ${this.pick(KINDS)}`;
    this.person = `${this.pick(FIRST)} ${this.pick(LAST)}`;
    this.analyst = `${this.pick(FIRST)} ${this.pick(LAST)}`;
    const series = String.fromCharCode(65 + this.int(0, 25));
    this.model = `${stem}-${series}${(i % 9) + 2}`;
    this.oldModel = `${stem}-${series}${(i % 9) + 1}`;
    this.place = this.pick(PLACES);
    this.investor = this.pick(INVESTORS);
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** A decimal with one digit after the point, as a string in the language's style. */
  decimal(min: number, max: number, lang: DraftLanguage): string {
    const value = (this.int(min * 10, max * 10) / 10).toFixed(1);
    return lang === 'de' ? value.replace('.', ',') : value;
  }
  /** A whole number with thousands separators in the language's style. */
  thousands(min: number, max: number, lang: DraftLanguage): string {
    return this.int(min, max).toLocaleString('en-US').replace(/,/g, lang === 'de' ? '.' : ',');
  }
  date(lang: DraftLanguage): string {
    const month = this.int(0, 11);
    const day = this.int(1, 28);
    const year = this.int(2019, 2026);
    return lang === 'de' ? `${day}. ${MONTHS_DE[month]} ${year}` : `${MONTHS_EN[month]} ${day}, ${year}`;
  }
  monthYear(lang: DraftLanguage): string {
    const month = this.int(0, 11);
    return `${(lang === 'de' ? MONTHS_DE : MONTHS_EN)[month]} ${this.int(2015, 2025)}`;
  }
  place_(lang: DraftLanguage): string {
    return lang === 'de' ? ORTE[this.place] ?? this.place : this.place;
  }
}

type Paragraph = (s: Section, lang: DraftLanguage) => string;

/** Paragraph shapes; each states several facts about its section's names, with a figure in most sentences. */
const SHAPES: Paragraph[] = [
  (s, lang) =>
    lang === 'en'
      ? `${s.pick(EMOJI)} On ${s.date('en')}, ${s.company} raised $${s.int(5, 900)} million in a Series ${s.pick(['A', 'B', 'C', 'D'])} round led by ${s.investor}. The ${s.place}-based start-up, founded in ${s.monthYear('en')} by ${s.person}, now employs ${s.thousands(40, 4000, 'en')} people.`
      : `${s.pick(EMOJI)} Am ${s.date('de')} sammelte ${s.company} in einer Series-${s.pick(['A', 'B', 'C', 'D'])}-Runde unter Führung von ${s.investor} ${s.int(5, 900)} Millionen Dollar ein. Das Start-up aus ${s.place_('de')}, im ${s.monthYear('de')} von ${s.person} gegründet, beschäftigt inzwischen ${s.thousands(40, 4000, 'de')} Mitarbeiter.`,
  (s, lang) =>
    lang === 'en'
      ? `Its model ${s.model} scored ${s.decimal(40, 99, 'en')} percent on ${s.pick(BENCHMARKS)}, up from ${s.decimal(20, 60, 'en')} percent for ${s.oldModel}. Training it reportedly cost about $${s.decimal(1, 90, 'en')} million, ${s.int(2, 30)} times less than ${s.rival} spent on its flagship.`
      : `Das Modell ${s.model} erreichte im ${s.pick(BENCHMARKS)}-Test ${s.decimal(40, 99, 'de')} Prozent, nach ${s.decimal(20, 60, 'de')} Prozent für ${s.oldModel}. Das Training soll rund ${s.decimal(1, 90, 'de')} Millionen Euro gekostet haben, ${s.int(2, 30)}-mal weniger als bei ${s.rival}.`,
  (s, lang) =>
    lang === 'en'
      ? `"We will double our compute by ${s.int(2026, 2030)}", ${s.person} told reporters in ${s.place}. The ${s.int(30, 70)}-year-old founder expects revenue of $${s.decimal(1, 40, 'en')} billion next year; analyst ${s.analyst} calls that "ambitious but plausible".`
      : `„Wir verdoppeln unsere Rechenleistung bis ${s.int(2026, 2030)}“, sagte ${s.person} in ${s.place_('de')}. Der ${s.int(30, 70)}-jährige Gründer erwartet im nächsten Jahr einen Umsatz von ${s.decimal(1, 40, 'de')} Milliarden Euro; Analyst ${s.analyst} nennt das „ehrgeizig, aber plausibel“.`,
  (s, lang) =>
    lang === 'en'
      ? `Shares of ${s.rival} fell ${s.decimal(1, 19, 'en')} percent on ${s.date('en')}, while ${s.company}'s valuation rose to $${s.int(2, 90)} billion. The ${s.pick(['Nasdaq 100', 'S&P 500', 'DAX'])} lost ${s.decimal(0, 5, 'en')} percent that week.`
      : `Die Aktie von ${s.rival} fiel am ${s.date('de')} um ${s.decimal(1, 19, 'de')} %, während die Bewertung von ${s.company} auf ${s.int(2, 90)} Milliarden Dollar stieg. Der ${s.pick(['Nasdaq 100', 'S&P 500', 'DAX'])} verlor in jener Woche ${s.decimal(0, 5, 'de')} %.`,
  (s, lang) =>
    lang === 'en'
      ? `- ${s.company} bought ${s.thousands(1000, 90000, 'en')} ${s.pick(['H100', 'A100', 'B200', 'MI300'])} chips.\n- ${s.model} has ${s.int(7, 700)} billion parameters.\n- ${s.int(10, 95)} percent of its ${s.thousands(100, 50000, 'en')} customers are in ${s.place}.\n- ${s.person} holds ${s.decimal(5, 60, 'en')} percent of the company.`
      : `- ${s.company} kaufte ${s.thousands(1000, 90000, 'de')} ${s.pick(['H100', 'A100', 'B200', 'MI300'])}-Chips.\n- ${s.model} hat ${s.int(7, 700)} Milliarden Parameter.\n- ${s.int(10, 95)} Prozent der ${s.thousands(100, 50000, 'de')} Kunden sitzen in ${s.place_('de')}.\n- ${s.person} hält ${s.decimal(5, 60, 'de')} Prozent des Unternehmens.`,
  (s, lang) =>
    lang === 'en'
      ? `| Model | Parameters | ${s.pick(BENCHMARKS)} |\n|---|---|---|\n| ${s.model} | ${s.int(7, 700)}B | ${s.decimal(40, 99, 'en')} % |\n| ${s.oldModel} | ${s.int(7, 700)}B | ${s.decimal(20, 80, 'en')} % |`
      : `| Modell | Parameter | ${s.pick(BENCHMARKS)} |\n|---|---|---|\n| ${s.model} | ${s.int(7, 700)} Mrd. | ${s.decimal(40, 99, 'de')} % |\n| ${s.oldModel} | ${s.int(7, 700)} Mrd. | ${s.decimal(20, 80, 'de')} % |`,
  (s, lang) =>
    lang === 'en'
      ? `> ${s.analyst} of ${s.investor}: "${s.company} grew its user base by ${s.int(20, 400)} percent to ${s.decimal(1, 90, 'en')} million in ${s.int(2020, 2025)}."`
      : `> ${s.analyst} von ${s.investor}: „${s.company} hat die Zahl der Nutzer ${s.int(2020, 2025)} um ${s.int(20, 400)} Prozent auf ${s.decimal(1, 90, 'de')} Millionen gesteigert.“`,
  // The bundled articles' facts, stated rightly or wrongly: matched against the sources, not only read.
  (s, lang) =>
    lang === 'en'
      ? `Unlike DeepSeek, whose R1 cost $${s.pick(['5.6', '5.6', '6.5'])} million to train, ${s.company} published no figures. Nvidia fell ${s.pick(['7.82', '7.82', '8.72'])} percent on January 27, 2025, ${s.analyst} recalls.`
      : `Anders als DeepSeek, dessen R1 im Training ${s.pick(['5,6', '5,6', '6,5'])} Millionen Dollar kostete, nannte ${s.company} keine Zahlen. Nvidia fiel am 27. Januar 2025 um ${s.pick(['7,82', '7,82', '8,72'])} %, erinnert sich ${s.analyst}.`,
  // The same fact twice with another value now and then: draft-inconsistency has something to find.
  (s, lang) =>
    lang === 'en'
      ? `${s.company} has ${s.int(50, 900)} employees. With its ${s.int(50, 900)} employees, ${s.company} stays small next to ${s.rival}.`
      : `${s.company} hat ${s.int(50, 900)} Mitarbeiter. Mit seinen ${s.int(50, 900)} Mitarbeitern bleibt ${s.company} klein neben ${s.rival}.`,
];

const HEADINGS: Record<DraftLanguage, string[]> = {
  en: ['The numbers', 'Funding', 'Behind the company', 'Markets', 'What analysts say', 'Benchmarks'],
  de: ['Die Zahlen', 'Finanzierung', 'Das Unternehmen', 'Die Märkte', 'Was Analysten sagen', 'Benchmarks'],
};

/** A draft of about `chars` characters in `lang`, the same for the same arguments, no two sections alike. */
export function distinctDraft(chars: number, lang: DraftLanguage, seed = 1): DistinctDraft {
  const next = seeded(seed * 7919 + (lang === 'de' ? 1 : 0));
  const parts: string[] = [`# ${lang === 'en' ? 'AI companies this week' : 'KI-Firmen dieser Woche'}`];
  let size = parts[0].length;
  for (let i = 0; size < chars; i++) {
    const s = new Section(next, i);
    const section = [`## ${s.company}: ${s.pick(HEADINGS[lang])}`];
    const count = s.int(3, 6);
    for (let k = 0; k < count; k++) section.push(s.pick(SHAPES)(s, lang));
    if (i % 5 === 0) section.push('```text\nNvidia fell 99 percent.\n```');
    if (i % 7 === 0) section.push(`<!-- ${lang === 'en' ? 'check with the desk' : 'mit der Redaktion klären'} -->`);
    const text = section.join('\n\n');
    parts.push(text);
    size += text.length + 2;
  }
  const text = parts.join('\n\n');
  return { text, editAt: digitInProseNear(text, text.length >> 1) };
}

/** A digit of a figure in a prose paragraph (not a list, table, quotation or code) at or after `from`. */
function digitInProseNear(text: string, from: number): number {
  const prose = /\n\n(?![-|>`#<])[^\n]*?\d/g;
  prose.lastIndex = from;
  const m = prose.exec(text) ?? (prose.lastIndex = 0, prose.exec(text));
  if (!m) throw new Error('no figure in the generated draft');
  return m.index + m[0].length - 1;
}

/** The draft with the digit at `at` replaced: one keystroke. */
export function typeDigit(text: string, at: number, digit: number): string {
  return text.slice(0, at) + String(digit % 10) + text.slice(at + 1);
}
