import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
/** The draft with every quick fix applied. */
const fixed = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.fix)
    .sort((a, b) => b.start - a.start)
    .reduce((t, f) => t.slice(0, f.start) + f.fix!.newText + t.slice(f.end), text);

describe('CriticMarkup: the draft is read as it stands once the changes are accepted', () => {
  test('German: a substitution\'s new words are the claim, its old words none; a wrong new value is caught on the new words', () => {
    assert.deepEqual(findings(german('Am 27. Januar 2025 verloren die Aktien von Nvidia {~~7,28 Prozent~>7,82 Prozent~~}.')), []);
    assert.deepEqual(findings(german('Am 27. Januar 2025 verloren die Aktien von Broadcom {~~6,58 Prozent~>6,85 Prozent~~}.')), [{ code: 'figure-mismatch', text: '6,85 Prozent' }]);
    assert.deepEqual(findings(german('Das Training von R1 kostete nur {~~5,6 Milliarden Dollar~>5,6 Millionen Dollar~~}.')), []);
    assert.deepEqual(findings(german('Das Training von R1 kostete nur {~~5,6 Millionen Dollar~>5,6 Milliarden Dollar~~}.')), [{ code: 'scale-mismatch', text: '5,6 Milliarden Dollar' }]);
    // Another time in the next sentence keeps its own reading.
    assert.deepEqual(findings(german('DeepSeek wurde im {~~Juli 2022~>Juli 2023~~} gegründet. Das V3-Modell erschien im {~~Dezember 2024~>Dezember 2023~~}.')), [{ code: 'date-mismatch', text: 'Dezember 2023' }]);
    assert.deepEqual(findings(german('Liang Wenfeng gründete High-Flyer im Jahr {~~2015~>2016~~}. DeepSeek folgte im {~~Juli 2022~>Juli 2023~~}.')), [{ code: 'date-mismatch', text: '2016' }]);
  });
  test('German: deletions and comments are no claim, whatever they hold; additions and highlights are text', () => {
    assert.deepEqual(findings(german('OpenAI wandte für GPT-4o 78 Millionen Dollar auf{-- – fast 600 Millionen Dollar mehr --}.')), []);
    assert.deepEqual(findings(german('Nvidia verlor am 27. Januar 2025 7,82 Prozent.{>>Oder 17 Prozent? Siehe {Tabelle}, „Kurse“\nvom 2. Februar 2016 – AK<<} Microsoft verlor 3,75 Prozent.')), []);
    assert.deepEqual(findings(german('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent{++, Microsoft 3,57 Prozent++}.')), [{ code: 'figure-mismatch', text: '3,57 Prozent' }]);
    assert.deepEqual(findings(german('Liang Wenfeng gründete {==2016==}{>>laut Telepolis 2015? – AK<<} den Hedgefonds High-Flyer.')), [{ code: 'date-mismatch', text: '2016' }]);
  });
  test('German: in a list item, a table cell, a heading and a quotation', () => {
    assert.deepEqual(findings(german('- Microsoft am 27. Januar 2025: {~~−3,75 %~>−3,57 %~~}')), [{ code: 'figure-mismatch', text: '−3,57 %' }]);
    assert.deepEqual(findings(german('| Firma | Veränderung am 27. Januar 2025 |\n|---|---|\n| Nvidia | {~~−7,28 %~>−7,82 %~~} |\n| Broadcom | {~~−6,58 %~>−6,85 %~~} |')), [{ code: 'figure-mismatch', text: '−6,85 %' }]);
    assert.deepEqual(findings(german('## Nvidia am 27. Januar 2025: {~~−7,82 %~>−17 %~~}')), [{ code: 'figure-mismatch', text: '−17 %' }]);
    assert.deepEqual(
      findings(german('Stacy Rasgon sagt: „DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind interessant, aber keine {~~Revolution~>Sensation~~}.“')),
      [{ code: 'quote-mismatch', text: 'Sensation' }],
    );
    assert.deepEqual(findings(german('Von einem „Sputnik-Moment“ sprach der Tech-Investor {~~Marc Andreessen~>Matt Sheehan~~}.')), [{ code: 'misattributed-quote', text: 'Matt Sheehan' }]);
    assert.deepEqual(findings(german('Von einem „Sputnik-Moment“ sprach der Tech-Investor {~~Matt Sheehan~>Marc Andreessen~~}.')), []);
  });
  test('English: the new words are the claim, the old and deleted ones none', () => {
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell {~~17%~>7.82%~~} and Microsoft {~~3.57%~>3.75%~~}.')), []);
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell 7.82% and Microsoft {~~3.75%~>3.57%~~}.')), [{ code: 'figure-mismatch', text: '3.57%' }]);
    assert.deepEqual(findings(english('R1 cost $5.6 million to train{-- — not the $6 billion some claimed --}.{>>Checked: $5.6m, see the "Handelsblatt" piece – AK<<}')), []);
    assert.deepEqual(findings(english('- DeepSeek was founded in {~~July 2023~>July 2022~~}.')), [{ code: 'date-mismatch', text: 'July 2022' }]);
    assert.deepEqual(findings(english('> Liang Wenfeng, {++a ++}{==42-year-old==} engineer, founded DeepSeek.')), [{ code: 'figure-mismatch', text: '42-year-old' }]);
  });
  test('a quick fix on a new value edits the new value only and keeps the markup', () => {
    assert.equal(
      fixed(german('Am 27. Januar 2025 verloren die Aktien von Broadcom {~~6,58 Prozent~>6,85 Prozent~~}.')),
      german('Am 27. Januar 2025 verloren die Aktien von Broadcom {~~6,58 Prozent~>6,58 Prozent~~}.'),
    );
    assert.equal(fixed(english('On January 27, 2025, Microsoft fell {~~3.75%~>3.57%~~}.')), english('On January 27, 2025, Microsoft fell {~~3.75%~>3.75%~~}.'));
  });
  test('only a whole change is read so: a lone opener, an escaped brace and a strike without braces keep their reading', () => {
    assert.deepEqual(findings(german('Am 27. Januar 2025 verlor Nvidia {++ 17 Prozent.')), [{ code: 'figure-mismatch', text: '17 Prozent' }]);
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell ~~17%~~ 7.82% and Microsoft 3.57%.')), [{ code: 'figure-mismatch', text: '3.57%' }]);
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell \\{--17%--} on the day.')), [{ code: 'figure-mismatch', text: '17%' }]);
  });
  test('an escaped opener is text, not a change: a substitution behind "\\{" is a struck-through stretch (GFM), its old value no claim', () => {
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell \\{~~17%~>7.82%~~} on the day.')), []);
    assert.deepEqual(findings(german('Am 27. Januar 2025 verlor Nvidia \\{~~17 Prozent~>7,82 Prozent~~} an Wert.')), []);
    // Two backslashes are a backslash and an unescaped brace: the change is the editor's.
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell \\\\{~~7.82%~>17%~~} on the day.')), [{ code: 'figure-mismatch', text: '17%' }]);
    assert.deepEqual(findings(german('Am 27. Januar 2025 verlor Nvidia \\\\{++17 Prozent++} an Wert.')), [{ code: 'figure-mismatch', text: '17 Prozent' }]);
  });
  test('a strike in braces before a substitution ends at its own closer: the substitution is read where it stands', () => {
    const fixOf = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), fix: f.fix?.newText }));
    assert.deepEqual(fixOf(english('On January 27, 2025, Nvidia fell {~~ sharply ~~} 7.82% and Microsoft {~~3.75%~>3.57%~~}.')), [
      { code: 'figure-mismatch', text: '3.57%', fix: '3.75%' },
    ]);
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell {~~ sharply ~~} 7.82% and Microsoft {~~3.57%~>3.75%~~}.')), []);
    assert.deepEqual(fixOf(german('Am 27. Januar 2025 verlor Nvidia {~~ deutlich ~~} 7,82 Prozent, Microsoft {~~3,75 Prozent~>3,57 Prozent~~}.')), [
      { code: 'figure-mismatch', text: '3,57 Prozent', fix: '3,75 Prozent' },
    ]);
    assert.deepEqual(fixOf(english('> On January 27, 2025, Nvidia fell {~~ sharply ~~} 7.82% and Microsoft {~~3.75%~>3.57%~~}.')), [
      { code: 'figure-mismatch', text: '3.57%', fix: '3.75%' },
    ]);
  });
  test('a strike in braces with no "~>" is words struck out, spaced or not, before a substitution or alone: no claim', () => {
    assert.deepEqual(findings(english('- On January 27, 2025, Nvidia fell {~~ 17% ~~} {~~7.28%~>7.82%~~}.')), []);
    assert.deepEqual(findings(english('## Nvidia fell {~~ 17% ~~} {~~7.28%~>7.82%~~} on January 27, 2025')), []);
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell {~~ 17% ~~} 7.82% and Microsoft 3.75%.')), []);
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Nvidia {~~ um 17 Prozent ~~} um {~~7,28~>7,82~~} Prozent.')), []);
    assert.deepEqual(findings(german('Am 20. Januar {~~ 2025 ~~} stellte DeepSeek R1 vor.')), []);
    // The words after it are read as before: a wrong value there is caught.
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Nvidia {~~ deutlich ~~} um 17 Prozent.')), [{ code: 'figure-mismatch', text: '17 Prozent' }]);
  });
});
