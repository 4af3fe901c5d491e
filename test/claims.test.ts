import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, claimsOf, hoverAt, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
const claims = (text: string) => claimsOf(analyzeDraft(text, index), index).map((c) => [c.status, text.slice(c.start, c.end)]);

describe('claims', () => {
  test('English: supported, contradicted and unsourced sentences; headings and plain prose are no claims', () => {
    const text = [
      '# DeepSeek R1 and Nvidia',
      'Training DeepSeek R1 cost $5.6 million.',
      'Nvidia fell 8.72 percent.',
      'DeepSeek has 160 employees.',
      'Liang Wenfeng founded the hedge fund High-Flyer together with two other engineers.',
      'We will see what happens next.',
    ].join('\n\n');
    assert.deepEqual(claims(text), [
      ['supported', 'Training DeepSeek R1 cost $5.6 million.'],
      ['contradicted', 'Nvidia fell 8.72 percent.'],
      ['unsourced', 'DeepSeek has 160 employees.'],
      ['supported', 'Liang Wenfeng founded the hedge fund High-Flyer together with two other engineers.'],
    ]);
  });
  test('German: a quotation is a claim, a misattributed one is contradicted', () => {
    assert.deepEqual(claims('„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.\n\nMarc Andreessen mag Toast zum Frühstück.'), [
      ['contradicted', '„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.'],
      ['unsourced', 'Marc Andreessen mag Toast zum Frühstück.'],
    ]);
  });
  test('a claim given in reported speech to someone the source does not give it to is contradicted (German, English)', () => {
    const de = 'Dimitris Papailiopoulos sagte, dass die Exportbeschränkungen das Unternehmen zu innovativen Lösungen gezwungen hätten.';
    assert.deepEqual(claims(de), [['contradicted', de]]);
    const en = 'Matt Sheehan said that the export restrictions forced the company to find innovative solutions.';
    assert.deepEqual(claims(en), [['contradicted', en]]);
    const right = 'Zihan Wang said that the export restrictions forced the company to find innovative solutions.';
    assert.notDeepEqual(claims(right), [['contradicted', right]]);
  });
  test('a day dated only by a difference of two source values is that day: the sentence is supported (German, English)', () => {
    const de = 'Nvidia büßte am 27. Januar 2025 rund vier Prozentpunkte mehr ein als Microsoft.';
    assert.deepEqual(findings(de), []);
    assert.deepEqual(claims(de), [['supported', de]]);
    const en = 'Nvidia lost 1.2 percentage points more than Broadcom on January 27, 2025.';
    assert.deepEqual(findings(en), []);
    assert.deepEqual(claims(en), [['supported', en]]);
    // The wrong day is still the date's error, and the wrong difference still the figure's.
    assert.deepEqual(findings('Nvidia lost 1.2 percentage points more than Broadcom on January 28, 2025.'), [['date-mismatch', 'January 28, 2025']]);
  });
  test('hover anywhere on a claim shows its status and the source sentence', () => {
    const text = 'Liang Wenfeng founded the hedge fund High-Flyer together with two other engineers.';
    const draft = analyzeDraft(text, index);
    const hover = hoverAt(draft, index, text.indexOf('hedge'))!;
    assert.deepEqual([hover.start, hover.end], [0, text.length]);
    assert.ok(hover.markdown.startsWith('**Claim**: supported by the sources.\n\n> Hinter dem Betrieb steht der 40-jährige Informatikingenieur **Liang Wenfeng**'), hover.markdown);
  });
  test('hover on a quotation names the source speaker', () => {
    const text = '„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.';
    const hover = hoverAt(analyzeDraft(text, index), index, 5)!;
    assert.ok(hover.markdown.startsWith('**Quotation** by **Stacy Rasgon**: quoted as the source has it.\n\n> '), hover.markdown);
  });
});

describe('what the draft reports as an error is not its claim', () => {
  test('English corrections column: the retracted value gets no warning, its correction no inconsistency; without a correction it is checked', () => {
    assert.deepEqual(findings('A graphic described Project Stargate as a $500 million initiative. It is a $500 billion initiative.'), []);
    assert.deepEqual(findings('A graphic described Project Stargate as a $500 million initiative. It is a huge initiative.'), [['scale-mismatch', '$500 million']]);
    assert.deepEqual(findings('Our live blog said R1 had its breakthrough on 21 January. The breakthrough came on 20 January.'), [['source-conflict', '20 January']]);
    assert.deepEqual(findings('Our live blog said R1 had its breakthrough on 21 January.'), [['date-mismatch', '21 January']]);
  });
  test('a correction about someone else corrects nothing: the reported figure is checked', () => {
    assert.deepEqual(findings('The article said Nvidia lost 17 percent. Microsoft fell 3.75 percent.'), [['figure-mismatch', '17 percent']]);
    assert.deepEqual(findings('The article said Nvidia lost 17 percent. It fell 7.82 percent.'), []);
  });
  test('German: "hieß es" in an article of a date, corrected in the next sentence; the date of the article is still the writer\'s', () => {
    const text = 'In einem Artikel vom 28. Januar hieß es, das Training von DeepSeek R1 habe 5,6 Milliarden Dollar gekostet. Tatsächlich waren es 5,6 Millionen Dollar.';
    assert.deepEqual(findings(text), [['unsourced-figure', '28. Januar']]);
    assert.deepEqual(findings('In einem Artikel vom 28. Januar hieß es, das Training von DeepSeek R1 habe 5,6 Milliarden Dollar gekostet.'), [['unsourced-figure', '28. Januar'], ['scale-mismatch', '5,6 Milliarden Dollar']]);
  });
  test('a fact check\'s claim under review gets no warning (German), the same sentence as the writer\'s own does', () => {
    assert.deepEqual(findings('**Behauptung:** Die Hälfte aller KI-Modelle stammt aus China.\n\n**Fakt:** Es sind 36 Prozent der weltweit 1328 KI-Modelle.'), []);
    assert.deepEqual(findings('Die Hälfte aller KI-Modelle stammt aus China.'), [['figure-mismatch', 'Die Hälfte']]);
  });
  test('a verdict table\'s column of claims under review gets no warning (German, English); the same cell under another header is checked', () => {
    const de = (header: string) => findings(`| ${header} | Bewertung | Was die Berichte sagen |\n|---|---|---|\n| Nvidia minus zehn Prozent | falsch | minus 7,82 Prozent |`);
    assert.deepEqual(de('Behauptung im Beitrag'), []);
    assert.deepEqual(de('Unsere Zusammenfassung'), [['figure-mismatch', 'zehn Prozent']]);
    const en = (header: string) => findings(`| ${header} | Verdict |\n|---|---|\n| Nvidia shares fell ten percent | False: they fell 7.82 percent |`);
    assert.deepEqual(en('Claims'), []);
    assert.deepEqual(en('Summary'), [['figure-mismatch', 'ten percent']]);
  });
  test('a quotation reported as misattributed, and a misspelling reported as such, get no warning', () => {
    assert.deepEqual(findings('Ein Porträt schrieb, Marc Andreessen habe die Entwicklung als „Weckruf für unsere Industrien“ bezeichnet. Es war Donald Trump.'), []);
    assert.deepEqual(findings('Ein Porträt schrieb, Marc Andreessen habe die Entwicklung als „Weckruf für unsere Industrien“ bezeichnet.'), [['misattributed-quote', 'Marc Andreessen']]);
    assert.deepEqual(findings('Our profile said Marc Andreessen called the development a „Weckruf für unsere Industrien“. In fact it was Donald Trump.'), []);
    assert.deepEqual(findings('The piece misspelled the analyst\'s name as "Stacey Rasgon".'), []);
    assert.deepEqual(findings('The piece spelled the analyst\'s name as "Stacey Rasgon".'), [['name-spelling', 'Stacey Rasgon']]);
  });
  test('a heading or block quote that is one quotation is a claim under review; the same words as the writer\'s own are checked', () => {
    assert.deepEqual(findings('## „Am nächsten Tag verlor Nvidia zehn Prozent“\n\nDas ist falsch.'), []);
    assert.deepEqual(findings('## Am nächsten Tag verlor Nvidia zehn Prozent\n\nDas ist falsch.'), [['figure-mismatch', 'zehn Prozent']]);
    assert.deepEqual(findings('> "Training R1 cost $5.6 billion. The US answered with a $500 million program."\n\nBoth figures are wrong.'), []);
    assert.deepEqual(findings('> Training R1 cost $5.6 billion. The US answered with a $500 million program.'), [['scale-mismatch', '$5.6 billion'], ['scale-mismatch', '$500 million']]);
  });
  test('news prose that credits a source, affirms, names the speaker or moves on in time retracts nothing', () => {
    assert.deepEqual(findings('Die Washington Post berichtete, Liang Wenfeng sei 45 Jahre alt. Er hat 3 Mitarbeiter.'), [['figure-mismatch', '45 Jahre'], ['unsourced-figure', '3']]);
    assert.deepEqual(findings('Die Analyse zeigte, dass Nvidia am 27. Januar um 9,82 Prozent fiel. Die Aktie hatte zuvor 2 Prozent gewonnen.'), [['figure-mismatch', '9,82 Prozent'], ['figure-mismatch', '2 Prozent']]);
    assert.deepEqual(findings('In a video, Jensen Huang said DeepSeek was founded in July 2022. Its R1 model followed in January 2025.'), [['date-mismatch', 'July 2022']]);
    assert.deepEqual(findings('As we said, training R1 cost $6.5 million. It cost $5.6 million.').map(([code, text]) => code + ' ' + text), ['figure-mismatch $6.5 million']);
  });
  test('a correction that names nothing it measures states what it corrects: a later other value of it disagrees, the same value does not', () => {
    const en = (later: string) => findings(`Our coverage of the sell-off of 27 January 2025 contained errors.\n\nA chart on 28 January showed Nvidia's loss of market value as $598 billion. The correct figure is $589 billion.\n\nNvidia's one-day loss of ${later} was the largest any company has suffered.`);
    assert.deepEqual(en('$859 billion'), [['unsourced-figure', '28 January'], ['unsourced-figure', '$589 billion'], ['draft-inconsistency', '$859 billion']]);
    assert.deepEqual(en('$589 billion'), [['unsourced-figure', '28 January'], ['unsourced-figure', '$589 billion'], ['unsourced-figure', '$589 billion']]);
    const de = (later: string) => findings(`Unsere Berichte über den Kurssturz vom 27. Januar 2025 enthielten Fehler.\n\nIn einem Artikel vom 28. Januar hieß es, Nvidia habe 598 Milliarden Dollar an Börsenwert verloren. Richtig sind 589 Milliarden Dollar.\n\nDer Verlust von ${later} an Börsenwert war der größte, den ein Unternehmen je erlitten hat.`);
    assert.deepEqual(de('859 Milliarden Dollar'), [['unsourced-figure', '28. Januar'], ['unsourced-figure', '589 Milliarden Dollar'], ['draft-inconsistency', '859 Milliarden Dollar']]);
    assert.deepEqual(de('589 Milliarden Dollar'), [['unsourced-figure', '28. Januar'], ['unsourced-figure', '589 Milliarden Dollar'], ['unsourced-figure', '589 Milliarden Dollar']]);
  });
  test('German: "nicht X, sondern Y" rejects X and claims Y, as what X was said of; "nicht nur X, sondern auch Y" rejects nothing', () => {
    assert.deepEqual(findings('Das Training von R1 kostete nicht 6,5 Millionen, sondern 5,6 Millionen Dollar.'), []);
    assert.deepEqual(findings('Das Training von R1 kostete nicht 5,6 Millionen, sondern 6,5 Millionen Dollar.'), [['figure-mismatch', '6,5 Millionen Dollar']]);
    assert.deepEqual(findings('Liang Wenfeng ist nicht 45, sondern 40 Jahre alt.'), []);
    assert.deepEqual(findings('DeepSeek wurde nicht im Juli 2023, sondern 2021 gegründet.'), [['date-mismatch', '2021']]);
    assert.deepEqual(findings('Nvidia verlor am 27. Januar 2025 nicht nur 17 Prozent, sondern auch viel Vertrauen.'), [['figure-mismatch', '17 Prozent']]);
  });
  test('English: "not X but Y" likewise; "not just X but also Y" rejects nothing', () => {
    assert.deepEqual(findings('Liang Wenfeng is not 45 but 40 years old.'), []);
    assert.deepEqual(findings('Nvidia fell not 17 percent but 7.82 percent on 27 January 2025.'), []);
    assert.deepEqual(findings('DeepSeek was founded not in July 2023 but in 2021.'), [['date-mismatch', '2021']]);
    assert.deepEqual(findings('Nvidia lost not just 17 percent but also a lot of trust.'), [['figure-mismatch', '17 percent']]);
  });
  test('German: a value set aside after the right one („7,82 %, nicht 17 %“) is rejected; the right one is still checked', () => {
    assert.deepEqual(findings('Nvidia fiel am 27. Januar 2025 um 7,82 %, nicht um 17 %.'), []);
    assert.deepEqual(findings('Nvidia verlor am 27. Januar 2025 7,82 Prozent, nicht 17.'), []);
    assert.deepEqual(findings('Nvidia verlor am 27. Januar 2025 17 Prozent – nicht 7,82 Prozent.'), [['figure-mismatch', '17 Prozent']]);
    // Other shapes: a negation that sets nothing aside, a value of another kind before it, a new clause.
    assert.deepEqual(findings('Nvidia fiel am 27. Januar 2025 um 7,82 %, nicht zuletzt wegen der 6,5 Millionen Dollar, die R1 im Training kostete.').filter(([code]) => code !== 'unsourced-figure'), [['figure-mismatch', '6,5 Millionen Dollar']]);
    assert.deepEqual(findings('DeepSeek wurde im Juli 2023 gegründet, nicht einmal zwei Jahre vor R1, und Liang Wenfeng ist 45 Jahre alt.').filter(([, t]) => t === '45 Jahre'), [['figure-mismatch', '45 Jahre']]);
    assert.deepEqual(findings('Nvidia fiel um 7,82 %. Nicht 17 %, sondern 6,58 % verlor Microsoft.').filter(([, t]) => t === '6,58 %'), [['figure-mismatch', '6,58 %']]);
  });
  test('English: a value set aside after the right one ("fell 7.82%, not 17%") likewise', () => {
    assert.deepEqual(findings('Sorry, I misspoke: Nvidia fell 7.82% on 27 January 2025, not 17%.'), []);
    assert.deepEqual(findings('Project Stargate is a $500 billion initiative to build out AI infrastructure, not $500 million.'), []);
    assert.deepEqual(findings('Nvidia fell 17% on 27 January 2025, not 7.82%.'), [['figure-mismatch', '17%']]);
    assert.deepEqual(findings('Nvidia fell 7.82% on 27 January 2025, not least because training R1 cost only $6.5 million.').filter(([code]) => code !== 'unsourced-figure'), [['figure-mismatch', '$6.5 million']]);
    assert.deepEqual(findings('Training R1 cost $5.6 million (not counting the hardware), and OpenAI spent $87 million on GPT-4o.'), [['figure-mismatch', '$87 million']]);
  });
  test('a sentence that opens with the right value ("Richtig sind …", "The correct figure is …") corrects the one value of its kind before it', () => {
    assert.deepEqual(findings('In einer früheren Fassung stand, das Training von R1 habe 6,5 Millionen Dollar gekostet. Richtig sind 5,6 Millionen Dollar.'), []);
    assert.deepEqual(findings('Eine frühere Fassung datierte die Gründung von DeepSeek auf Juli 2022. Richtig ist Juli 2023.'), []);
    assert.deepEqual(findings('Eine frühere Fassung nannte für das Training von R1 5,6 Millionen Dollar. Richtig sind 6,5 Millionen Dollar.'), [['figure-mismatch', '6,5 Millionen Dollar']]);
    assert.deepEqual(findings('An earlier version said training R1 cost $6.5 million. The correct figure is $5.6 million.'), []);
    assert.deepEqual(findings('Nvidia fell 17 percent. The correct figure is 7.82 percent.'), []);
    assert.deepEqual(findings('Nvidia fell 7.82 percent. The correct figure is 17 percent.'), [['figure-mismatch', '17 percent']]);
    // Two values of the kind before it: which one is corrected is not said, so both are the writer's.
    assert.deepEqual(findings('Nvidia fell 17 percent and Broadcom 6.58 percent. The correct figure is 7.82 percent.').filter(([, t]) => t === '17 percent'), [['figure-mismatch', '17 percent']]);
  });
  test('the hover over a retracted value says why it has no finding, in the reviewer\'s language', () => {
    const text = 'A graphic described Project Stargate as a $500 million initiative. It is a $500 billion initiative.';
    const hover = hoverAt(analyzeDraft(text, index), index, text.indexOf('$500 million'))!;
    assert.ok(hover.markdown.startsWith('**$500 million**: the source says **500-Milliarden-Dollar**.\n\nRead as: Project Stargate · investment: $500 million\n\nThe draft reports this value as an error or a claim under review, so it gets no finding.\n\n> Gleichzeitig'), hover.markdown);
    const de = '**Behauptung:** Die Hälfte aller KI-Modelle stammt aus China.';
    const german = hoverAt(analyzeDraft(de, index), index, de.indexOf('Hälfte'), 3, 'de')!;
    assert.ok(german.markdown.includes('\n\nDer Entwurf gibt diesen Wert als Fehler oder als zu prüfende Behauptung wieder; er bekommt keinen Befund.\n\n'), german.markdown);
  });
});

describe('the sentence that names a quotation\'s wrong speaker', () => {
  test('is contradicted too, where the quotation stands in another sentence or another table cell', () => {
    assert.deepEqual(claims('| Wer | Zitat |\n|---|---|\n| Zihan Wang | „Sie haben die Welt und auch die chinesische Regierung überrascht.“ |\n'), [
      ['contradicted', 'Zihan Wang'],
      ['contradicted', '„Sie haben die Welt und auch die chinesische Regierung überrascht.“'],
    ]);
    assert.deepEqual(claims('| Wer | Zitat |\n|---|---|\n| Matt Sheehan | „Sie haben die Welt und auch die chinesische Regierung überrascht.“ |\n'), [
      ['supported', '„Sie haben die Welt und auch die chinesische Regierung überrascht.“'],
    ]);
  });
});

describe('a reply that quotes the post it answers', () => {
  test('German: the quoted figures get no warning, the reply\'s own figures are checked', () => {
    const text = [
      'Nvidia hat heute 17 % verloren, Microsoft 3,75 %.',
      '> Nvidia hat heute 17 % verloren',
      'Nein, das waren 7,82 %, und Microsoft 6,58 %.',
    ].join('\n\n');
    const found = runRules(analyzeDraft(text, index), index).map((f) => [f.code, f.start]);
    assert.deepEqual(found, [
      ['figure-mismatch', text.indexOf('17 %')],
      ['figure-mismatch', text.indexOf('6,58 %')],
    ]);
  });
  test('English: a quote of a quote is still the earlier post; a block quote that repeats nothing in the draft is checked', () => {
    const text = [
      'Training DeepSeek R1 cost $5.6 billion.',
      '> > Training DeepSeek R1 cost $5.6 billion.\n>\n> It was $5.6 million.',
      '> Nvidia fell 17 percent.',
    ].join('\n\n');
    const found = runRules(analyzeDraft(text, index), index).map((f) => [f.code, f.start]);
    assert.deepEqual(found, [
      ['scale-mismatch', text.indexOf('$5.6 billion')],
      ['figure-mismatch', text.indexOf('17 percent')],
    ]);
  });
});
