import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, hoverAt, type SourceIndex } from '../server/src/core';
import type { GlossaryName } from '../server/src/core/names/nameIndex';
import { bundledIndex } from './support/fixtures';

const english = `Robotics news

In March, Acme Robotics raised $40 million from investors.

In May, Orion Vale hired 20 engineers, and the start-up Blue Harbor hired 5.

CEO Maria Keller said the round was oversubscribed.

Tom Reed (Quanta Labs) called it a bubble.`;
const german = `Robotik-Nachrichten

Im März sammelte Acme Robotics 40 Millionen Dollar ein.

Die Gründerin Anna Berg sprach von einem Erfolg.

Auch Orion Vale stellte 20 Ingenieure ein.`;

const indexWith = (glossary: GlossaryName[] = []) =>
  buildSourceIndex([{ id: 'robotics-en.md', uri: 'file:///robotics-en.md', text: english }, { id: 'robotik-de.md', uri: 'file:///robotik-de.md', text: german }], glossary);
const index = indexWith();

/** The first line of the hover over `word` in `draft`: the name, its kind where known, a person's role. */
function head(draft: string, word: string, locale: string, idx: SourceIndex = index): string | undefined {
  return hoverAt(analyzeDraft(draft, idx), idx, draft.indexOf(word), 3, locale)?.markdown.split('\n')[0];
}

describe('a hover names a kind only when something says so', () => {
  const draft = 'Acme Robotics 🚀 raised money, said Maria Keller; Orion Vale, Tom Reed and Blue Harbor agreed.';
  test('English: a corporate word, a title, an affiliation or a category word before the name is evidence', () => {
    assert.equal(head(draft, 'Acme', 'en'), '**Acme Robotics** (organisation)');
    assert.equal(head(draft, 'Maria', 'en'), '**Maria Keller** (person) — CEO');
    assert.equal(head(draft, 'Tom', 'en'), '**Tom Reed** (person) — Quanta Labs');
    assert.equal(head(draft, 'Blue', 'en'), '**Blue Harbor** (organisation)');
  });
  test('English: two capitalised words the sources never classify get no kind', () => {
    assert.equal(head(draft, 'Orion', 'en'), '**Orion Vale**');
  });
  test('German: Gründerin ist ein Titel, Robotics ein Firmenname; sonst keine Art', () => {
    const entwurf = 'Anna Berg und Acme Robotics sowie Orion Vale.';
    assert.equal(head(entwurf, 'Anna', 'de'), '**Anna Berg** (Person) — Gründerin');
    assert.equal(head(entwurf, 'Acme', 'de'), '**Acme Robotics** (Organisation)');
    assert.equal(head(entwurf, 'Orion', 'de'), '**Orion Vale**');
  });
  test('the glossary gives a kind, in both languages', () => {
    const declared = indexWith([{ name: 'Orion Vale', kind: 'organisation' }]);
    assert.equal(head(draft, 'Orion', 'en', declared), '**Orion Vale** (organisation)');
    assert.equal(head('Orion Vale stellte ein.', 'Orion', 'de', declared), '**Orion Vale** (Organisation)');
  });
  test('the bundled articles: titles and categories in German sources', () => {
    const bundled = bundledIndex();
    const hover = (text: string, word: string) => head(text, word, 'en', bundled);
    assert.equal(hover('Liang Wenfeng founded DeepSeek.', 'Liang'), '**Liang Wenfeng** (person) — DeepSeek-Gründer');
    assert.equal(hover('Liang Wenfeng founded DeepSeek.', 'DeepSeek'), '**DeepSeek** (organisation)');
    assert.equal(hover('DeepSeek trained on H800 chips in Hangzhou.', 'H800'), '**H800** (chip)');
    assert.equal(hover('DeepSeek trained on H800 chips in Hangzhou.', 'Hangzhou'), '**Hangzhou** (place)');
    assert.equal(hover('Nvidia fell.', 'Nvidia'), '**Nvidia**');
  });
});

describe('words that are no person in a source', () => {
  const market = `Chipwerte unter Druck

Seit dem Rekordhoch Anfang Januar hat die Nvidia-Aktie rund ein Fünftel ihres Werts verloren. Die Hälfte der Summe soll in den Vereinigten Staaten ausgegeben werden. Meta zeigte die ersten Modelle seiner neuen Familie Llama 4.

Shares of Siemens Energy and Tokyo Electron fell, while traders in New York waited for the Lunar New Year holiday to end.`;
  const idx = buildSourceIndex([{ id: 'markets.md', uri: 'file:///markets.md', text: market }]);
  const persons = idx.names.entries.filter((e) => e.kind === 'person').map((e) => e.canonical);
  test('a month, a weekday or "Anfang" ends a name; an article before two words, a company or place word in them, makes them no person', () => {
    assert.deepEqual(persons, []);
    assert.equal(idx.names.entries.some((e) => e.canonical.includes('Januar') || e.aliases.includes('Januar')), false);
  });
  test('so "Januar", "Year" or "Llama" in a draft is no one\'s surname', () => {
    const aliases = idx.names.entries.flatMap((e) => e.aliases);
    for (const word of ['Januar', 'Year', 'Llama', 'Energy', 'York', 'Staaten']) assert.equal(aliases.includes(word), false, word);
  });
});

describe('a period with its year is no name', () => {
  test('"des Geschäftsjahres 2025", "seit Jahresbeginn 2024", "im Quartal 2024"', () => {
    const idx = buildSourceIndex([{ id: 'q.md', uri: 'file:///q.md', text: 'Quartalszahlen\n\nIm ersten Quartal des Geschäftsjahres 2025 setzte Nvidia 26 Milliarden Dollar um. Seit Jahresbeginn 2024 stieg die Aktie um 174 Prozent.' }]);
    assert.deepEqual(idx.names.entries.filter((e) => /\d{4}/.test(e.canonical)).map((e) => e.canonical), []);
  });
});

describe('a possessive ends a name', () => {
  test('"OpenAI\'s GPT-4o" in an English source is OpenAI and GPT-4o, not a third name', () => {
    const idx = buildSourceIndex([{ id: 'en.md', uri: 'file:///en.md', text: "Costs\n\nOpenAI's GPT-4o cost 78 million dollars, and DeepSeek's R1 far less." }]);
    assert.deepEqual(idx.names.entries.map((e) => e.canonical).sort(), ['DeepSeek', 'GPT-4o', 'OpenAI', 'R1']);
  });
});

describe('a word after a German article is no one\'s short name', () => {
  // A scraped page's "Weitere Artikel zum Thema" reads like a given and a family name.
  const related = { id: 'xi.txt', uri: 'file:///extra/xi.txt', text: 'Liang Wenfeng bei Xi Jinping\n\nLiang Wenfeng traf am 17. Februar 2025 Xi Jinping.\n\nWeitere Artikel zum Thema\n- DeepSeek updates R1' };
  const idx = buildSourceIndex([...bundledIndex().sources.map((s) => s.input), related]);
  const named = (text: string) => analyzeDraft(text, idx).names.map((n) => n.mention.entry.canonical);
  test('German: „nach dem Artikel“ names no person, and its sums stay the supercomputers\'', () => {
    assert.deepEqual(named('In Euro waren das nach dem Artikel etwa 26 und 130 Millionen.'), []);
    assert.deepEqual(named('Der Artikel nennt Fire-Flyer II.'), ['Fire-Flyer II']);
  });
  test('German: after a comma, "den" is a relative pronoun, and a short name after it is the person', () => {
    assert.deepEqual(named('Das Geld kam von High-Flyer, den Liang 2015 gegründet hatte.'), ['High-Flyer', 'Liang Wenfeng']);
  });
  test('English: a short name after "the" is left as it was', () => {
    assert.deepEqual(named('The fund High-Flyer, which Liang set up in 2015, paid for it.'), ['High-Flyer', 'Liang Wenfeng']);
  });
});
