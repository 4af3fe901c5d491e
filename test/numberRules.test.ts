import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type RuleSettings } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string, settings?: RuleSettings) {
  return runRules(analyzeDraft(text, index), index, settings).map((f) => ({
    code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}),
  }));
}
const codes = (text: string, settings?: RuleSettings) => findings(text, settings).map((f) => `${f.code} ${f.text}`);

describe('scale-mismatch', () => {
  test('German: Milliarden for Millionen, with a fix back to Millionen', () => {
    assert.deepEqual(findings('Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.'), [{
      code: 'scale-mismatch', text: '5,6 Milliarden Dollar', fix: '5,6 Millionen Dollar',
      message: '5,6 Milliarden Dollar has the right digits but the wrong scale: the source says 5,6 Millionen Dollar (10⁶: million, Million).',
    }]);
  });
  test('German false friend: "Billionen" is 10¹², the source has Milliarden', () => {
    assert.deepEqual(findings('Die USA starteten mit Project Stargate eine 500-Billionen-Dollar-Initiative.').map((f) => [f.code, f.fix]), [['scale-mismatch', '500-Milliarden-Dollar']]);
  });
  test('English: "billion" for Millionen and "trillion" for Milliarden', () => {
    assert.deepEqual(findings('Training DeepSeek R1 cost $5.6 billion.').map((f) => [f.code, f.fix]), [['scale-mismatch', '$5.6 million']]);
    assert.deepEqual(findings('Project Stargate is a $500 trillion initiative of the USA.').map((f) => [f.code, f.fix]), [['scale-mismatch', '$500 billion']]);
  });
  test('English terminal headlines: "MLN" is million, so "$5.6 MLN" is the source\'s figure and "$500 MLN" for Stargate is wrong as a whole', () => {
    assert.deepEqual(codes('*DEEPSEEK SAYS R1 TRAINING COST $5.6 MLN VS $78 MLN FOR OPENAI GPT-4O', { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(findings('*US PROJECT STARGATE: $500 MLN AI INFRASTRUCTURE DRIVE').map((f) => [f.code, f.text, f.fix]), [['scale-mismatch', '$500 MLN', '$500 BLN']]);
    assert.deepEqual(codes('Training DeepSeek R1 cost $5.6 mln, OpenAI spent $78 mln on GPT-4o.', { 'unsourced-figure': 'off' }), []);
  });
  test('German: „Mln.“ is Millionen, so „5,6 Mln. Dollar“ is the source\'s figure and „500 Mln. Dollar“ for Stargate is wrong as a whole', () => {
    assert.deepEqual(codes('---\nlang: de\n---\nDas Training von DeepSeek R1 kostete 5,6 Mln. Dollar.', { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(findings('---\nlang: de\n---\nDie USA starteten mit Project Stargate eine Initiative über 500 Mln. Dollar.').map((f) => [f.code, f.text, f.fix]), [['scale-mismatch', '500 Mln. Dollar', '500 Bln. Dollar']]);
  });
});

describe('scale-mismatch: a source that writes its thousands in digits', () => {
  test('English: "10 million" A100 chips where the source says "10.000": the fix writes the source\'s digits in full', () => {
    assert.deepEqual(findings('Liang stocked up on between 10 million and 50 million A100 chips.'), [
      { code: 'scale-mismatch', text: '10 million', fix: '10,000', message: '10 million has the right digits but the wrong scale: the source says 10.000 (no scale word).' },
      { code: 'scale-mismatch', text: '50 million', fix: '50,000', message: '50 million has the right digits but the wrong scale: the source says 50.000 (no scale word).' },
    ]);
  });
  test('German: "1,3 Millionen KI-Modelle" for the source\'s 1328, "10 Mio." for 10.000', () => {
    assert.deepEqual(codes('36 Prozent der weltweit 1,3 Millionen KI-Modelle stammen aus China.'), ['scale-mismatch 1,3 Millionen']);
    assert.deepEqual(findings('Schätzungen schwanken zwischen 10 Mio. und 50 Mio. Einheiten.').map((f) => [f.code, f.fix]), [['scale-mismatch', '10.000'], ['scale-mismatch', '50.000']]);
  });
  test('digits without a scale word on either side are another number, not another scale', () => {
    assert.deepEqual(codes('Liang stocked up on between 10 and 50 A100 chips.').filter((c) => c.startsWith('scale')), []);
    assert.deepEqual(codes('Liang stocked up on between 10,000 and 50,000 A100 chips.'), []);
  });
});

describe('date-mismatch', () => {
  test('English: a founding year, with a fix in the draft\'s style', () => {
    assert.deepEqual(findings('DeepSeek was founded in July 2022.'), [{ code: 'date-mismatch', text: 'July 2022', fix: 'July 2023', message: 'July 2022 contradicts the source, which gives Juli 2023.' }]);
  });
  test('German: a day without a year ("am 21. Januar")', () => {
    assert.deepEqual(findings('Am 21. Januar traf sich Liang mit Premierminister Li Qiang.').map((f) => [f.code, f.text, f.fix]), [['date-mismatch', '21. Januar', '20. Januar']]);
  });
  test('English: a bare year ("in 2016")', () => {
    assert.deepEqual(findings('Liang Wenfeng founded the hedge fund High-Flyer in 2016 with two other engineers.').map((f) => [f.code, f.text, f.fix]), [['date-mismatch', '2016', '2015']]);
  });
  test('German: the month of the V3 release', () => {
    assert.deepEqual(findings('Das im November 2024 veröffentlichte V3-Modell sorgte für Aufsehen.').map((f) => [f.code, f.fix]), [['date-mismatch', 'Dezember 2024']]);
  });
});

describe('figure-mismatch: direction and fixes', () => {
  test('English: "rose" against a source fall', () => {
    assert.deepEqual(findings('Nvidia rose 7.82 percent.'), [{ code: 'figure-mismatch', text: '7.82 percent', message: '7.82 percent says it rose, but the source says it fell: -7,82 %.' }]);
  });
  test('German: "stieg um" against a source fall', () => {
    assert.deepEqual(codes('Die Nvidia-Aktie stieg um 7,82 %.'), ['figure-mismatch 7,82 %']);
  });
  test('"fiel um 7,82 %", "-7,82 %" and "fell 7.82 percent" state the same fact', () => {
    for (const text of ['Nvidia fiel um 7,82 %.', 'Nvidia (-7,82 %) brach ein.', 'Nvidia fell 7.82 percent.', 'Nvidia shares dropped 7.8%.']) assert.deepEqual(codes(text), [], text);
  });
  test('the fix writes the source value in the draft\'s language', () => {
    assert.deepEqual(findings('Training DeepSeek R1 cost $6.5 million.')[0].fix, '$5.6 million');
    assert.deepEqual(findings('Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar.')[0].fix, '5,6 Millionen Dollar');
    assert.deepEqual(findings('Innerhalb weniger Stunden fiel Nvidia um 8,72 %.')[0].fix, '7,82 %');
    assert.deepEqual(findings('Estimates range between 10,000 and 60,000 A100 chips.')[0].fix, '50,000');
    assert.deepEqual(findings('Schätzungen schwanken zwischen 10.000 und 60.000 Einheiten der A100-Chips.')[0].fix, '50.000');
  });
});

describe('the date of a contradicted figure', () => {
  test('"Nvidia legte am 27. Januar 2025 um 7,82 Prozent zu": the rise is wrong, the day is the sources\' (German and English)', () => {
    assert.deepEqual(codes('Nvidia legte am 27. Januar 2025 um 7,82 Prozent zu.'), ['figure-mismatch 7,82 Prozent']);
    assert.deepEqual(codes('Broadcom ended the day 6.58% higher on 27 January 2025.'), ['figure-mismatch 6.58%']);
  });
});

describe('derived figures', () => {
  // Stargate: $500 billion; R1's training: $5.6 million; GPT-4o: $78 million (three sentences of the sources).
  const of = (text: string, figure: string) => findings(text).filter((f) => f.text === figure).map((f) => [f.code, f.message]);
  test('English: a multiple of what another sentence states, from the two sides\' source values', () => {
    assert.deepEqual(codes('Project Stargate, a $500 billion initiative, is worth nearly 90,000 times R1\'s training bill, and more than 6,000 times what GPT-4o cost OpenAI.'), []);
    assert.deepEqual(of('Project Stargate, a $500 billion initiative, is worth 20,000 times R1\'s training bill.', '20,000 times'), [
      ['figure-mismatch', '20,000 times contradicts the source, which says $500 billion ÷ 5,6 Millionen Dollar ≈ 89286.'],
    ]);
  });
  test('German: "fast 90.000-mal so viel wie R1" is borne out, "20.000-mal" is wrong', () => {
    assert.deepEqual(of('Project Stargate kostet 500 Milliarden Dollar, fast 90.000-mal so viel wie R1.', '90.000-mal'), []);
    assert.deepEqual(of('Project Stargate kostet 500 Milliarden Dollar, 20.000-mal so viel wie R1.', '20.000-mal'), [
      ['figure-mismatch', '20.000-mal contradicts the source, which says 500 Milliarden Dollar ÷ 5,6 Millionen Dollar ≈ 89286.'],
    ]);
  });
  test('a multiple of what the name after it spent: "so groß wie die Trainingskosten von R1", "the training bill of R1" (German and English)', () => {
    assert.deepEqual(of('Stargate ist mit einer halben Billion Dollar fast 90.000-mal so groß wie die Trainingskosten von R1.', '90.000-mal'), []);
    assert.deepEqual(of('Mit 500 Milliarden Dollar ist Project Stargate fast 9.000-mal so teuer wie das Training von R1.', '9.000-mal'), [
      ['figure-mismatch', '9.000-mal contradicts the source, which says 500 Milliarden Dollar ÷ 5,6 Millionen Dollar ≈ 89286.'],
    ]);
    assert.deepEqual(of('Project Stargate, a $500 billion initiative, is worth nearly 90,000 times the training bill of R1.', '90,000 times'), []);
    assert.deepEqual(of('Project Stargate, a $500 billion initiative, is worth 9,000 times the training bill of R1.', '9,000 times'), [
      ['figure-mismatch', '9,000 times contradicts the source, which says $500 billion ÷ 5,6 Millionen Dollar ≈ 89286.'],
    ]);
    // Another thing of the name (its founder) is no value of the name's: the multiple stays unchecked.
    assert.deepEqual(of('Project Stargate kostet 500 Milliarden Dollar, 9.000-mal so viel wie der Gründer von DeepSeek.', '9.000-mal').map(([code]) => code), ['unsourced-figure']);
  });
  test('English: "14 times cheaper" is 78 ÷ 5.6, "20 times" is not', () => {
    assert.deepEqual(codes('Training DeepSeek R1 was 14 times cheaper than GPT-4o.'), []);
    assert.deepEqual(findings('Training DeepSeek R1 was 20 times cheaper than GPT-4o.').map((f) => [f.code, f.message, f.fix]), [
      ['figure-mismatch', '20 times contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.', '13.9 times'],
    ]);
  });
  test('German: "14-mal günstiger als"', () => {
    assert.deepEqual(codes('Das Training von DeepSeek R1 war 14-mal günstiger als GPT-4o.'), []);
    assert.deepEqual(codes('Das Training von DeepSeek R1 war 30-mal günstiger als GPT-4o.'), ['figure-mismatch 30-mal']);
  });
  test('a speed-up in percent is the multiple the source gives: "80 Prozent schneller", "sped up by 80 percent" for "um das 1,8-Fache" (German and English)', () => {
    const all = (text: string, figure: string) => findings(text).filter((f) => f.text === figure);
    assert.deepEqual(all('Durch MTP und FP8 arbeitet R1 rund 80 Prozent schneller.', '80 Prozent'), []);
    assert.deepEqual(all('Durch MTP und FP8 arbeitet R1 um 50 Prozent schneller.', '50 Prozent'), [{
      code: 'figure-mismatch', text: '50 Prozent', fix: '80 Prozent', message: '50 Prozent contradicts the source, which says 1,8-Fache = +80 %.',
    }]);
    assert.deepEqual(all('With MTP, DeepSeek sped processing up by 80 percent.', '80 percent'), []);
    assert.deepEqual(all('With MTP, DeepSeek sped processing up by 180 percent.', '180 percent'), [{
      code: 'figure-mismatch', text: '180 percent', fix: '80 percent', message: '180 percent contradicts the source, which says 1,8-Fache = +80 %.',
    }]);
    assert.deepEqual(all('MTP and FP8 made processing 40% faster.', '40%').map((f) => f.fix), ['80%']);
    // A share of the processing, a fall of its cost and a slow-down are no speed-up.
    assert.deepEqual(all('Durch MTP und FP8 laufen 50 Prozent der Verarbeitung auf H800.', '50 Prozent').map((f) => f.code), ['unsourced-figure']);
    assert.deepEqual(all('Die Verarbeitungskosten von R1 sanken um 80 Prozent.', '80 Prozent').map((f) => f.code), ['unsourced-figure']);
    assert.deepEqual(all('Durch MTP und FP8 arbeitet R1 um 80 Prozent langsamer.', '80 Prozent').some((f) => f.message.includes('1,8-Fache')), false);
  });
});

describe('a ratio between the two a draft names', () => {
  // The sources: Nvidia -7,82 %, Microsoft -3,75 %, Broadcom -6,58 % in one sentence.
  test('German: "Broadcom verliert halb so viel wie Nvidia" is 7,82 ÷ 6,58, not Broadcom\'s and Microsoft\'s 1,8', () => {
    assert.deepEqual(findings('Broadcom verliert nur halb so viel wie Nvidia.').map((f) => [f.code, f.text, f.message]), [
      ['figure-mismatch', 'halb', 'halb contradicts the source, which says 7,82 % ÷ 6,58 % ≈ 1.2.'],
    ]);
    assert.deepEqual(codes('Nvidia verliert mehr als doppelt so viel wie Microsoft.'), []);
  });
  test('English: "Broadcom lost half as much as Nvidia" is contradicted; "twice as much as Microsoft" is borne out', () => {
    assert.deepEqual(codes('Broadcom lost only half as much as Nvidia.'), ['figure-mismatch half']);
    assert.deepEqual(codes('Nvidia lost twice as much as Microsoft.'), []);
  });
});

describe('a half before a scale word', () => {
  test('"half a trillion dollars" for the 500-billion-dollar initiative is true, not "a trillion dollars" contradicting it', () => {
    assert.deepEqual(codes('The US answered with Stargate, half a trillion dollars for AI infrastructure.'), []);
    assert.deepEqual(codes('---\nlang: de\n---\nMit Stargate wollen die USA eine halbe Billion Dollar in KI-Infrastruktur stecken.\n'), []);
  });
});

describe('draft-inconsistency', () => {
  test('English: two values for the same fact, reported on the later one', () => {
    const text = 'DeepSeek has 160 employees.\n\nWith its 200 employees, DeepSeek stays small.';
    const [finding] = runRules(analyzeDraft(text, index), index, { 'unsourced-figure': 'off' });
    assert.deepEqual([finding.code, text.slice(finding.start, finding.end), finding.message], ['draft-inconsistency', '200', '200 contradicts 160 earlier in this draft.']);
    assert.deepEqual(finding.related.map((r) => [r.sourceId, text.slice(r.start, r.end)]), [[undefined, '160']]);
  });
  test('German: zwei Werte für dieselbe Sache', () => {
    assert.deepEqual(codes('DeepSeek beschäftigt 160 Mitarbeiter.\n\nMit seinen 180 Mitarbeitern bleibt DeepSeek klein.', { 'unsourced-figure': 'off' }), ['draft-inconsistency 180']);
  });
  test('different facts are no inconsistency', () => {
    assert.deepEqual(codes('Nvidia fell 7.82 percent. Microsoft fell 3.75 percent.'), []);
  });
  test('the same fact at another time is another fact: no inconsistency, in English and German', () => {
    assert.deepEqual(codes('At the end of 2024 DeepSeek had 160 employees.\n\nAt the end of 2025 DeepSeek had 300 employees.', { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(codes('Ende 2024 hatte DeepSeek 160 Mitarbeiter.\n\nEnde 2025 hatte DeepSeek 300 Mitarbeiter.', { 'unsourced-figure': 'off' }), []);
    // The same year twice is the same fact.
    assert.deepEqual(codes('Ende 2024 hatte DeepSeek 160 Mitarbeiter.\n\nEnde 2024 hatte DeepSeek 300 Mitarbeiter.', { 'unsourced-figure': 'off' }), ['draft-inconsistency 300']);
  });
  test('a table row labelled "our … (H100 equivalents)" is the writer\'s, as "Our 2,300 GPUs" in the text is: they disagree', () => {
    const table = '| Item | Value |\n|---|---|\n| GPUs in our own clusters (H100 equivalents) | 3,200 |\n\n';
    assert.deepEqual(codes(`${table}Our 2,300 GPUs are fully used today.\n`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 2,300']);
    assert.deepEqual(codes(`${table}Our 3,200 GPUs are fully used today.\n`, { 'unsourced-figure': 'off' }), []);
  });
  test('English: a third mention that repeats the first is not warned against a wrong second one; the second is', () => {
    const text = 'DeepSeek has 160 employees.\n\nThe company employs 200 people.\n\nA start-up with 160 employees shook Nvidia.';
    const findings = runRules(analyzeDraft(text, index), index, { 'unsourced-figure': 'off' });
    assert.deepEqual(findings.map((f) => [f.code, text.slice(f.start, f.end), f.message]), [['draft-inconsistency', '200', '200 contradicts 160 earlier in this draft.']]);
    // The same value at another place of the text, whatever its sentence says it measures: Nvidia's loss again.
    const loss = 'Nvidia lost $589 billion in market value on January 27, 2025.\n\nNvidia\'s market value shrank by $598 billion that day.\n\nA start-up with 160 employees made Nvidia lose $589 billion.';
    assert.deepEqual(codes(loss, { 'unsourced-figure': 'off' }), ['draft-inconsistency $598 billion']);
  });
  test('German: die dritte Nennung wiederholt die erste; eine gerundete erste Nennung wiederholt nichts', () => {
    const off = { 'unsourced-figure': 'off' } as const;
    const first = 'Nvidia verlor am 27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert.\n\nNvidias Börsenwert schrumpfte an diesem Tag um 598 Milliarden Dollar.\n\n';
    assert.deepEqual(codes(`${first}Ein Start-up mit 160 Mitarbeitern ließ Nvidia 589 Milliarden Dollar verlieren.`, off), ['draft-inconsistency 598 Milliarden Dollar']);
    assert.deepEqual(codes('DeepSeek beschäftigt 160 Mitarbeiter.\n\nDas Unternehmen beschäftigt 200 Mitarbeiter.\n\nMit 160 Mitarbeitern bleibt DeepSeek klein.', off), ['draft-inconsistency 200']);
    // "fast 600 Milliarden" is no repetition of a later 598: the 589 between them is what it contradicts.
    const rounded = 'Nvidia verlor am 27. Januar 2025 fast 600 Milliarden Dollar an Börsenwert.\n\nGenau waren es 589 Milliarden Dollar Börsenwert, die Nvidia verlor.\n\nNvidias Börsenwert schrumpfte an diesem Tag um 598 Milliarden Dollar.';
    assert.deepEqual(codes(rounded, off), ['draft-inconsistency 598 Milliarden Dollar']);
  });
  test('a table cell "671bn" is the text\'s "671 billion parameters", "617bn" contradicts it, in English and German', () => {
    const off = { 'unsourced-figure': 'off' } as const;
    const table = (cell: string, label: string) => `| ${label} | Value |\n|---|---|\n| ${label === 'Metric' ? 'Parameters' : 'Parameter'} (V3) | ${cell} |\n\n`;
    assert.deepEqual(codes(`${table('671bn', 'Metric')}DeepSeek's V3 has 671 billion parameters.`, off), []);
    assert.deepEqual(codes(`${table('617bn', 'Metric')}DeepSeek's V3 has 671 billion parameters.`, off), ['draft-inconsistency 671 billion']);
    assert.deepEqual(codes(`---\nlang: de\n---\n${table('671bn', 'Kennzahl')}DeepSeeks V3 hat 671 Milliarden Parameter.`, off), []);
  });
  test('German: "| GPUs in unseren Rechenzentren (H100-Äquivalente) | 3.200 |" and later "Unsere 2.300 GPUs"', () => {
    const text = '| Posten | Wert |\n|---|---|\n| GPUs in unseren Rechenzentren (H100-Äquivalente) | 3.200 |\n\nUnsere 2.300 GPUs sind voll ausgelastet.\n';
    assert.deepEqual(codes(text, { 'unsourced-figure': 'off' }), ['draft-inconsistency 2.300']);
  });
});

describe('draft-inconsistency: a price per input token and one per output token are two prices', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "$2.19 per million output tokens" and later "$0.55 per million input tokens" are both true; "$2.91" per output token is not', () => {
    const first = 'DeepSeek charges $2.19 per million output tokens for R1.\n\n';
    assert.deepEqual(codes(`${first}For a million input tokens, R1 costs $0.55.`, off), []);
    assert.deepEqual(codes(`${first}For a million output tokens, R1 costs $2.91.`, off), ['draft-inconsistency $2.91']);
  });
  test('German: "2,19 Dollar je Million Ausgabe-Tokens" und später "0,55 Dollar" für eine Million Eingabe-Tokens', () => {
    const first = 'Eine Million Ausgabe-Tokens kostet bei DeepSeek 2,19 Dollar.\n\n';
    assert.deepEqual(codes(`${first}Eine Million Eingabe-Tokens kostet bei DeepSeek 0,55 Dollar.`, off), []);
    assert.deepEqual(codes(`${first}Eine Million Ausgabe-Tokens kostet bei DeepSeek 2,91 Dollar.`, off), ['draft-inconsistency 2,91 Dollar']);
  });
  test('a table with a column per side: "| OpenAI o1 | $15 | $60 |" states two prices', () => {
    const table = '| Model | Input, per 1M tokens | Output, per 1M tokens |\n|---|---|---|\n| DeepSeek R1 | $0.55 | $2.19 |\n| OpenAI o1 | $15 | $60 |\n\n';
    assert.deepEqual(codes(`${table}OpenAI's o1 asks $15 for a million input tokens and $60 for a million output tokens.`, off), []);
  });
});

describe('draft-inconsistency: the smaller versions of a model are not the model', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "The largest has 70 billion parameters" after six smaller versions is no contradiction of 671 billion', () => {
    const text = 'DeepSeek V3 has 671 billion parameters.\n\nAlong with R1, DeepSeek released six smaller versions. The smallest has 1.5 billion parameters, the largest 70 billion.';
    assert.deepEqual(codes(text, off), []);
    assert.deepEqual(codes(`${text}\n\nWith its 617 billion parameters, V3 is huge.`, off), ['draft-inconsistency 617 billion']);
  });
  test('German: "Die größte hat 70 Milliarden Parameter" nach sechs kleineren Versionen', () => {
    const text = 'Das Modell V3 hat 671 Milliarden Parameter.\n\nZusätzlich veröffentlichte DeepSeek sechs kleinere Versionen. Die kleinste hat 1,5 Milliarden Parameter, die größte 70 Milliarden.';
    assert.deepEqual(codes(text, off), []);
  });
});

describe('draft-inconsistency: a country in the clause is where, not whose', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "Its assets of $80 billion made it one of China\'s largest funds" is High-Flyer\'s, against its $8 billion', () => {
    const first = 'High-Flyer, Liang\'s hedge fund, managed about $8 billion at its peak.\n\n';
    assert.deepEqual(codes(`${first}Its assets of $80 billion made it one of China's largest quant funds.`, off), ['draft-inconsistency $80 billion']);
    assert.deepEqual(codes(`${first}Its assets of $8 billion made it one of China's largest quant funds.`, off), []);
  });
  test('German: "Mit 80 Milliarden Dollar war der Fonds einer der größten Fonds Chinas"', () => {
    const first = 'Der Hedgefonds High-Flyer verwaltete zeitweise rund 8 Milliarden Dollar.\n\n';
    assert.deepEqual(codes(`${first}Mit 80 Milliarden Dollar war der Fonds einer der größten Fonds Chinas.`, off), ['draft-inconsistency 80 Milliarden Dollar']);
  });
  test('an age said as a noun ("der 42-Jährige", "the 42-year-old") is the person\'s the draft named, not the country\'s after it', () => {
    const de = 'Liang Wenfeng wurde in der Provinz Guangdong geboren.\n\nMit zwei Kommilitonen gründete er 2015 den Hedgefonds High-Flyer.\n\n';
    assert.deepEqual(codes(`${de}Heute ist der 42-Jährige einer der bekanntesten Unternehmer Chinas.`, off), ['figure-mismatch 42-Jährige']);
    assert.deepEqual(codes(`${de}Heute ist der 40-Jährige einer der bekanntesten Unternehmer Chinas.`, off), []);
    const en = 'Liang Wenfeng grew up in Guangdong.\n\nWith two fellow students he founded the hedge fund High-Flyer in 2015.\n\n';
    assert.deepEqual(codes(`${en}Today the 42-year-old is one of China's best-known entrepreneurs.`, off), ['figure-mismatch 42-year-old']);
  });
});

describe('draft-inconsistency: a count of four digits is no year', () => {
  test('German: "Die 2048 Chips kosteten …" and later "V3 lief auf 2480 dieser Chips"; English "2,048 GPUs" and "The 2480 GPUs"', () => {
    const de = 'DeepSeek trainierte V3 auf 2048 Nvidia-Chips vom Typ H800.\n\nDie 2048 Chips kosteten rund 60 Millionen Dollar. V3 lief auf 2480 dieser Chips.';
    assert.deepEqual(codes(de, { 'unsourced-figure': 'off' }), ['draft-inconsistency 2480']);
    const en = 'DeepSeek trained V3 on 2,048 Nvidia H800 GPUs.\n\nThe 2480 GPUs cost about $60 million.';
    assert.deepEqual(codes(en, { 'unsourced-figure': 'off' }), ['draft-inconsistency 2480']);
  });
});

describe('draft-inconsistency: "der Chipkonzern", "the chipmaker" is a company, not its chips', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('German: "Der Chipkonzern verlor … 620 Milliarden Dollar" after Nvidia\'s 589 Milliarden Dollar Börsenwert', () => {
    const first = 'Nvidia verlor am 27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert.\n\nNvidia traf es am härtesten. ';
    assert.deepEqual(codes(`${first}Der Chipkonzern verlor an einem einzigen Tag 620 Milliarden Dollar.`, off), ['draft-inconsistency 620 Milliarden Dollar']);
    assert.deepEqual(codes(`${first}Der Chipkonzern verlor an einem einzigen Tag 589 Milliarden Dollar.`, off), []);
  });
  test('English: "the chipmaker lost $620 billion" after Nvidia\'s $589 billion', () => {
    const first = 'Nvidia lost $589 billion in market value on January 27, 2025.\n\nNvidia was hit hardest. ';
    assert.deepEqual(codes(`${first}The chipmaker lost $620 billion in a single day.`, off), ['draft-inconsistency $620 billion']);
    assert.deepEqual(codes(`${first}The chipmaker lost $589 billion in a single day.`, off), []);
  });
});

describe('draft-inconsistency: an age written as newspapers write it', () => {
  const day = 'Am 27. Januar 2025 war DeepSeek in aller Munde. ';
  test('German: "Marc Andreessen (53)" and later "Der 1975 geborene Andreessen" disagree; 1971 agrees', () => {
    assert.deepEqual(codes(`${day}Marc Andreessen (53) sprach von einem Sputnik-Moment.\n\nDer 1975 geborene Andreessen berät Trump.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 1975']);
    assert.deepEqual(codes(`${day}Marc Andreessen (53) sprach von einem Sputnik-Moment.\n\nDer 1971 geborene Andreessen berät Trump.`, { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(codes(`${day}Mit 53 ist Marc Andreessen noch immer Optimist.\n\nDer 1975 geborene Andreessen berät Trump.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 1975']);
  });
  test('English: "At 53, Marc Andreessen is …" and "Marc Andreessen (53)" against a later birth year or age', () => {
    const en = 'On January 27, 2025, everyone talked about DeepSeek. ';
    assert.deepEqual(codes(`${en}At 53, Marc Andreessen is still an optimist.\n\nAndreessen, born in 1975, advises Trump.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 1975']);
    assert.deepEqual(codes(`${en}Marc Andreessen (53) called it a Sputnik moment.\n\nThe 55-year-old Andreessen advises Trump.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 55-year-old']);
  });
  test('the bracketed age of a person the sources name is checked against them: "Liang Wenfeng (42)"', () => {
    assert.deepEqual(codes('Liang Wenfeng (42) gründete DeepSeek.', { 'unsourced-figure': 'off' }), ['figure-mismatch 42']);
  });
});

describe('draft-inconsistency: a count with a short scale word', () => {
  test('"671 billion parameters" and later "617bn parameters" disagree; "671bn parameters" agrees', () => {
    assert.deepEqual(codes('DeepSeek V3 has 671 billion parameters.\n\nWith its 617bn parameters, V3 is huge.', { 'unsourced-figure': 'off' }), ['draft-inconsistency 617bn']);
    assert.deepEqual(codes('DeepSeek V3 has 671 billion parameters.\n\nWith its 671bn parameters, V3 is huge.', { 'unsourced-figure': 'off' }), []);
  });
});

describe('draft-inconsistency: a fact box against the text', () => {
  test('German: "- Beschäftigte: rund 160" under "DeepSeek auf einen Blick", later "mit seinen 300 Beschäftigten"', () => {
    const box = '## DeepSeek auf einen Blick\n\n- Gründung: 2023\n- Beschäftigte: rund 160\n\n## Analyse\n\n';
    assert.deepEqual(codes(`${box}DeepSeek ist mit seinen 300 Beschäftigten ein Zwerg.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 300']);
    assert.deepEqual(codes(`${box}DeepSeek ist mit seinen 160 Beschäftigten ein Zwerg.`, { 'unsourced-figure': 'off' }), []);
  });
  test('English: "- **Employees:** about 160", later "With its 300 employees"', () => {
    const box = '## DeepSeek at a glance\n\n- Founded: 2023\n- **Employees:** about 160\n\n## Analysis\n\n';
    assert.deepEqual(codes(`${box}With its 300 employees, DeepSeek is a minnow.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 300']);
  });
});

describe('draft-inconsistency: two cells of one table are two records', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: a quiz\'s score bands "13–15", "8–12" are no second value of one score; the text against a cell still is', () => {
    const table = '# Quiz: How well do you know DeepSeek?\n\n## How did you do?\n\n| Score | Verdict |\n|---|---|\n| 13–15 | You could run a hedge fund. |\n| 8–12 | Solid: R1 cost $5.6 million to train. |\n| 0–7 | Read our explainer. |\n';
    assert.deepEqual(codes(table, off), []);
    const box = '| DeepSeek | |\n|---|---|\n| Employees | 160 |\n| Founded | 2023 |\n\nWith its 300 employees, DeepSeek is a minnow.';
    assert.deepEqual(codes(box, off), ['draft-inconsistency 300']);
  });
  test('German: Score-Bereiche "13–15", "8–12" eines Quiz; zwei Tabellen mit einer Zeile widersprechen sich weiter', () => {
    const table = '# Quiz: Wie gut kennen Sie DeepSeek?\n\n## Auswertung\n\n| Score | Urteil |\n|---|---|\n| 13–15 | Hervorragend. |\n| 8–12 | Solide: R1 kostete 5,6 Millionen Dollar. |\n| 0–7 | Lesen Sie unseren Erklärtext. |\n';
    assert.deepEqual(codes(table, off), []);
    const two = '| DeepSeek | |\n|---|---|\n| Mitarbeiter | 160 |\n\nMehr dazu unten.\n\n| DeepSeek | |\n|---|---|\n| Mitarbeiter | 300 |\n';
    assert.deepEqual(codes(two, off), ['draft-inconsistency 300']);
  });
});

describe('draft-inconsistency: a slip of the same entity\'s figure, whatever each sentence says it measures', () => {
  test('English: "down $589bn" and later "Nvidia\'s $598bn wipeout" (swapped digits); "$589bn" restated is clean', () => {
    const first = "Nvidia's market value: down $589bn on January 27, 2025.\n\n";
    assert.deepEqual(codes(`${first}R1 cost little, and Nvidia's $598bn wipeout shows how hard that hit investors.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency $598bn']);
    assert.deepEqual(codes(`${first}R1 cost little, and Nvidia's $589bn wipeout shows how hard that hit investors.`, { 'unsourced-figure': 'off' }), []);
    // Another company's figure is no slip of Nvidia's.
    assert.deepEqual(codes(`${first}Broadcom's $598bn wipeout was no smaller.`, { 'unsourced-figure': 'off' }), []);
  });
  test('German: "589 Milliarden Dollar Börsenwert" and later "598 Milliarden Dollar" in a sentence about investors', () => {
    const first = 'Nvidia verlor am 27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert.\n\n';
    assert.deepEqual(codes(`${first}Die 598 Milliarden Dollar von Nvidia schmerzten die Investoren.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 598 Milliarden Dollar']);
    assert.deepEqual(codes(`${first}Die 589 Milliarden Dollar von Nvidia schmerzten die Investoren.`, { 'unsourced-figure': 'off' }), []);
  });
});

describe('draft-inconsistency: an age or birth year the draft already contradicted is held against no later one', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('German: "40 Jahre alt", then "Also Jahrgang 1975" (warned), then "Nein, Jahrgang 1985" agrees with the first', () => {
    const first = 'Am 27. Januar 2025 erschütterte DeepSeek die Börsen.\n\nLiang Wenfeng ist 40 Jahre alt.\n\nAlso ist Liang Jahrgang 1975.\n\n';
    assert.deepEqual(findings(`${first}Nein, Liang ist Jahrgang 1985.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '1975', '1975 contradicts 40 Jahre earlier in this draft.']]);
    // A third that contradicts the first is warned against the first, not the one in between.
    assert.deepEqual(findings(`${first}Nein, Liang ist Jahrgang 1979.`, off).map((f) => [f.code, f.text, f.message]), [
      ['draft-inconsistency', '1975', '1975 contradicts 40 Jahre earlier in this draft.'],
      ['draft-inconsistency', '1979', '1979 contradicts 40 Jahre earlier in this draft.'],
    ]);
  });
  test('English: "is 40 years old", then "born in 1975" (warned), then "born in 1985" and "the 40-year-old" are clean', () => {
    const first = 'On January 27, 2025, DeepSeek shook the markets.\n\nLiang Wenfeng is 40 years old.\n\nLiang, born in 1975, studied in Hangzhou.\n\n';
    assert.deepEqual(findings(`${first}Liang, who was born in 1985, founded High-Flyer.\n\nThe 40-year-old Liang runs DeepSeek.`, off).map((f) => [f.code, f.text]), [['draft-inconsistency', '1975']]);
    assert.deepEqual(codes(`${first}Liang, who was born in 1980, founded High-Flyer.`, off), ['draft-inconsistency 1975', 'draft-inconsistency 1980']);
  });
});

describe('draft-inconsistency: an age in a relative clause ("who is 40", "der 40 ist") is how old the person is now', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "founded in July 2023 by Liang Wenfeng, who is 40" against a later "born in 1979"; "born in 1985" agrees', () => {
    const first = 'Nvidia fell on January 27, 2025.\n\nDeepSeek was founded in July 2023 by Liang Wenfeng, who is 40.\n\n';
    assert.deepEqual(findings(`${first}The founder, born in 1979, made his money with High-Flyer.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '1979', '1979 contradicts 40 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}The founder, born in 1985, made his money with High-Flyer.`, off), []);
  });
  test('German: "von Liang Wenfeng, der 40 ist" against a later "Jahrgang 1979"; "Jahrgang 1985" agrees', () => {
    const first = 'Am 27. Januar 2025 fiel Nvidia.\n\nGegründet wurde DeepSeek im Juli 2023 von Liang Wenfeng, der 40 ist.\n\n';
    assert.deepEqual(findings(`${first}Der Gründer, Jahrgang 1979, verdiente sein Geld mit High-Flyer.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '1979', '1979 contradicts 40 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}Der Gründer, Jahrgang 1985, verdiente sein Geld mit High-Flyer.`, off), []);
  });
});

describe('draft-inconsistency: a German separable verb after a figure put first, and a workforce', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('German: "stellte V3 am 26. Dezember 2024 vor", then "Am 29. Dezember 2024 stellte DeepSeek sein Modell V3 vor" (the verb after the date) disagree', () => {
    const first = 'DeepSeek stellte das Modell V3 am 26. Dezember 2024 vor.\n\n';
    const later = (day: string) => `${first}Am ${day} 2024 stellte DeepSeek sein Modell V3 vor, das in Fachkreisen für Aufsehen sorgte.`;
    assert.deepEqual(findings(later('29. Dezember'), off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '29. Dezember 2024', '29. Dezember 2024 contradicts 26. Dezember 2024 earlier in this draft.']]);
    assert.deepEqual(codes(later('26. Dezember'), off), []);
  });
  test('German: after a date put first only a release\'s verb counts, and not a reflexive one („gab … eine Stellungnahme ab“, „stellte sich … vor“)', () => {
    assert.deepEqual(codes('Am 20. Januar gab DeepSeek eine Stellungnahme ab.'), []);
    assert.deepEqual(codes('Am 20. Januar stellte sich Liang den Fragen von Premier Li Qiang vor.'), []);
  });
  test('English: "unveiled V3 on December 26, 2024", then "On December 29, 2024, DeepSeek unveiled its V3 model" (as before)', () => {
    const first = 'DeepSeek unveiled its V3 model on December 26, 2024.\n\n';
    assert.deepEqual(codes(`${first}On December 29, 2024, DeepSeek unveiled its V3 model, which caused a stir among experts.`, off), ['draft-inconsistency December 29, 2024']);
  });
  test('English: "160 employees", then "With a workforce of 300" disagree; "of 160" agrees', () => {
    const first = 'DeepSeek has 160 employees.\n\n';
    assert.deepEqual(findings(`${first}With a workforce of 300, DeepSeek took on OpenAI.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '300', '300 contradicts 160 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}With a workforce of 160, DeepSeek took on OpenAI.`, off), []);
  });
  test('German: "160 Mitarbeiter", then "Mit seinen 300 Arbeitskräften" disagree; "160 Arbeitskräften" agrees', () => {
    const first = 'DeepSeek hat 160 Mitarbeiter.\n\n';
    assert.deepEqual(findings(`${first}Mit seinen 300 Arbeitskräften hat DeepSeek OpenAI herausgefordert.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '300', '300 contradicts 160 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}Mit seinen 160 Arbeitskräften hat DeepSeek OpenAI herausgefordert.`, off), []);
  });
});

describe('draft-inconsistency: a speaker who speaks of itself is whom the figure is about', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "DeepSeek employs 160 people", then "DeepSeek says it has 200 employees" disagree; "it has 160" agrees', () => {
    const first = 'DeepSeek employs 160 people.\n\n';
    assert.deepEqual(findings(`${first}DeepSeek says it has 200 employees.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '200', '200 contradicts 160 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}DeepSeek says it has 160 employees.`, off), []);
  });
  test('German: "DeepSeek beschäftigt 160 Mitarbeiter", then "DeepSeek sagt, man habe 200 Mitarbeiter" disagree; "160" agrees', () => {
    const first = 'DeepSeek beschäftigt 160 Mitarbeiter.\n\n';
    assert.deepEqual(findings(`${first}DeepSeek sagt, man habe 200 Mitarbeiter.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '200', '200 contradicts 160 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}DeepSeek sagt, man habe 160 Mitarbeiter.`, off), []);
  });
  test('a person is no "it", an outlet that reports is no speaker of itself: "Rasgon says it cost about $6 million", "Reuters reports it has 160 employees"', () => {
    assert.deepEqual(codes('Training R1 cost $5.6 million.\n\nRasgon says it cost about $6 million.', off), []);
    assert.deepEqual(codes('DeepSeek has 160 employees.\n\nReuters reports it has 160 employees.', off), []);
  });
});

describe('draft-inconsistency: a sum that went up in smoke was lost', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('German: "590 Milliarden Dollar Börsenwert lösten sich in Luft auf", then "mit 450 Milliarden Dollar weniger Börsenwert" disagree; "590" agrees', () => {
    const first = 'Bei Nvidia lösten sich am 27. Januar 2025 rund 590 Milliarden Dollar Börsenwert in Luft auf.\n\n';
    assert.deepEqual(findings(`${first}Nvidia beendete den Tag mit 450 Milliarden Dollar weniger Börsenwert.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '450 Milliarden Dollar', '450 Milliarden Dollar contradicts 590 Milliarden Dollar earlier in this draft.']]);
    assert.deepEqual(codes(`${first}Nvidia beendete den Tag mit 590 Milliarden Dollar weniger Börsenwert.`, off), []);
  });
  test('English: "$590 billion of Nvidia\'s market value went up in smoke", then "with $450 billion less market value" disagree; "$590 billion" agrees', () => {
    const first = 'On January 27, 2025, some $590 billion of Nvidia\'s market value went up in smoke.\n\n';
    assert.deepEqual(findings(`${first}Nvidia ended the day with $450 billion less market value.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '$450 billion', '$450 billion contradicts $590 billion earlier in this draft.']]);
    assert.deepEqual(codes(`${first}Nvidia ended the day with $590 billion less market value.`, off), []);
  });
  test('a sum that did not go up in smoke was kept: the true training cost stays sourced (de, en)', () => {
    assert.deepEqual(codes('Die 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte, lösten sich nicht in Luft auf.'), []);
    assert.deepEqual(codes("OpenAI's $78 million for GPT-4o did not go up in smoke."), []);
  });
});

describe('draft-inconsistency: "a staff of 200 built R1" counts staff, not what the words after it do', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "160 employees", then "its staff of 200 built R1" disagree; "of 160" agrees; "a fleet of 10,000 A100 chips" still counts chips', () => {
    const first = 'DeepSeek has 160 employees.\n\n';
    assert.deepEqual(findings(`${first}DeepSeek said that its staff of 200 built R1.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '200', '200 contradicts 160 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}DeepSeek said that its staff of 160 built R1.`, off), []);
    assert.deepEqual(codes('Liang bought between 10,000 and 50,000 A100 chips.\n\nHe built a fleet of 10,000 A100 chips.', off), []);
  });
  test('German: "160 Mitarbeiter", then "Eine Belegschaft von 300 Köpfen" disagree; "von 160 Köpfen" agrees', () => {
    const first = 'DeepSeek beschäftigt 160 Mitarbeiter.\n\n';
    assert.deepEqual(findings(`${first}Eine Belegschaft von 300 Köpfen hat bei DeepSeek das Modell R1 trainiert.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '300', '300 contradicts 160 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}Eine Belegschaft von 160 Köpfen hat bei DeepSeek das Modell R1 trainiert.`, off), []);
  });
});

describe('draft-inconsistency: two days in a month the sources give without its day', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "V3 released Dec 26, 2024" in a timeline and "V3 came out on December 29" (the sources: "im Dezember 2024")', () => {
    const first = '## Timeline\n\n- **Dec 26, 2024:** DeepSeek V3 released.\n\n## Analysis\n\n';
    assert.deepEqual(findings(`${first}V3, which came out on December 29, made few headlines.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', 'December 29', 'December 29 contradicts Dec 26, 2024 earlier in this draft.']]);
    assert.deepEqual(codes(`${first}V3, which came out on December 26, made few headlines.`, off), []);
  });
  test('German: "am 26. Dezember 2024 veröffentlicht" and "V3 erschien am 29.12.2024"; a day the source gives stays its own', () => {
    const first = 'Das V3-Modell wurde am 26. Dezember 2024 veröffentlicht.\n\n';
    assert.deepEqual(findings(`${first}V3 erschien am 29.12.2024 und sorgte in Fachkreisen für Aufsehen.`, off).map((f) => [f.code, f.text]), [['draft-inconsistency', '29.12.2024']]);
    assert.deepEqual(codes(`${first}V3 erschien am 26.12.2024 und sorgte in Fachkreisen für Aufsehen.`, off), []);
  });
});

describe('draft-inconsistency: an age and a birth year in one sentence', () => {
  test('English: "He is 40, born in 1982." in January 2025 disagree; "born in 1985" agrees', () => {
    const day = 'On January 27, 2025, DeepSeek shook the markets. ';
    assert.deepEqual(codes(`${day}Liang Wenfeng is 40, born in 1982.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 1982']);
    assert.deepEqual(codes(`${day}Liang Wenfeng is 40, born in 1985.`, { 'unsourced-figure': 'off' }), []);
  });
  test('German: "Liang Wenfeng, Jahrgang 1982, ist 40 Jahre alt."', () => {
    const day = 'Am 27. Januar 2025 erschütterte DeepSeek die Börsen. ';
    assert.deepEqual(codes(`${day}Liang Wenfeng, Jahrgang 1982, ist 40 Jahre alt.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 40 Jahre']);
    assert.deepEqual(codes(`${day}Liang Wenfeng, Jahrgang 1985, ist 40 Jahre alt.`, { 'unsourced-figure': 'off' }), []);
  });
  test('German: an encyclopedia\'s "Liang Wenfeng (* 1975)" is his birth year, not a date of High-Flyer\'s founding', () => {
    const day = 'Am 27. Januar 2025 erschütterte DeepSeek die Börsen. ';
    assert.deepEqual(codes(`${day}Liang Wenfeng (* 1975) gründete 2015 High-Flyer. Er ist 40 Jahre alt.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 40 Jahre']);
    assert.deepEqual(codes(`${day}Liang Wenfeng (* 1985) gründete 2015 High-Flyer. Er ist 40 Jahre alt.`, { 'unsourced-figure': 'off' }), []);
  });
  test('English: an encyclopedia\'s "Liang Wenfeng (b. 1975)" is his birth year, not a date of High-Flyer\'s founding', () => {
    const day = 'On January 27, 2025, DeepSeek shook the markets. ';
    assert.deepEqual(codes(`${day}Liang Wenfeng (b. 1975) founded High-Flyer in 2015. He is 40 years old.`, { 'unsourced-figure': 'off' }), ['draft-inconsistency 40 years old']);
    assert.deepEqual(codes(`${day}Liang Wenfeng (b. 1985) founded High-Flyer in 2015. He is 40 years old.`, { 'unsourced-figure': 'off' }), []);
  });
});

describe('a reference\'s day of publication, before its link, is no day of an event', () => {
  test('English: "Published 28 January 2025. <link>" in a reading list gives no date-mismatch; the annotation\'s dates are checked', () => {
    const entry = '---\nlang: en\n---\n\n**1.** Anonymous. Explainer, German. Published 28 January 2025. <https://example.org/r1>\n\n';
    assert.deepEqual(codes(`${entry}It reports that R1 broke through on 20 January.`), []);
    assert.deepEqual(codes(`${entry}It reports that R1 broke through on 22 January.`), ['date-mismatch 22 January']);
  });
  test('German: „Veröffentlicht am 30. Januar 2025. <Link>“ gives no date-mismatch', () => {
    assert.deepEqual(codes('---\nlang: de\n---\n\n**2.** Telepolis: Die Geschichte hinter DeepSeek. Veröffentlicht am 30. Januar 2025. <https://example.org/t>'), []);
  });
  test('a release told with "published" or „veröffentlicht“ is still checked', () => {
    assert.deepEqual(codes('R1 was published on 22 January.'), ['date-mismatch 22 January']);
    assert.deepEqual(codes('Published on 22 January, R1 shook the markets.'), ['date-mismatch 22 January']);
    assert.deepEqual(codes('---\nlang: de\n---\n\nR1 wurde am 22. Januar veröffentlicht.'), ['date-mismatch 22. Januar']);
    assert.deepEqual(codes('---\nlang: de\n---\n\nVeröffentlicht am 22. Januar, erschütterte R1 die Märkte.'), ['date-mismatch 22. Januar']);
  });
  test('a page\'s own "Published 31 January 2025." without a link is still its day', () => {
    assert.deepEqual(codes('*Questions on DeepSeek. Published 31 January 2025.*'), ['unsourced-figure 31 January 2025']);
  });
});

describe('„zw.“ is „zwischen“: a range\'s ends are one statement', () => {
  test('German: „zw. 10.000 und 15.000 A100“ is the range\'s upper end wrong, with the source\'s 50.000 as its fix', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\nSchätzungen lt. MIT Technology Review: zw. 10.000 und 15.000 A100.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', '15.000', '50.000']]);
    assert.deepEqual(codes('---\nlang: de\n---\n\nSchätzungen lt. MIT Technology Review: zw. 10.000 und 50.000 A100.'), []);
  });
  test('German: „zw.“ before two names keeps the sentence whole; a true gap stays quiet', () => {
    assert.deepEqual(codes('---\nlang: de\n---\n\nAm 27. Januar fiel Nvidia um 7,82 %, Microsoft um 3,75 %. Der Abstand zw. Nvidia und Microsoft lag bei gut 4 Prozentpunkten.'), []);
  });
  test('English: "between 10,000 and 15,000" is unchanged, and "between 10,000 and 50,000" stays quiet', () => {
    assert.deepEqual(findings('Estimates run between 10,000 and 15,000 A100s.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', '15,000', '50,000']]);
    assert.deepEqual(codes('Estimates run between 10,000 and 50,000 A100s.'), []);
  });
});

describe('a chat export: the stamp is when a message was sent, the sender is no subject', () => {
  test('German: a stamp a day after the event gives no date-mismatch; a wrong day in the message does', () => {
    const chat = (day: string) => `---\nlang: de\n---\n\n[28.01.25, 08:15] Petra L.: R1 kam am ${day} heraus\n[28.01.25, 08:16] Anna K.: Nvidia fiel am 27. Januar um 7,82 %\n`;
    assert.deepEqual(codes(chat('20. Januar')), []);
    assert.deepEqual(codes(chat('22. Januar')), ['date-mismatch 22. Januar']);
  });
  test('English: "[2025-01-28 08:15] Pete:" is no date of the export curbs; a wrong year is still wrong', () => {
    const chat = (year: string) => `---\nlang: en\n---\n\n[2025-01-28 08:15] Pete: The US restricted chip exports in ${year}, a year before DeepSeek was founded\n`;
    assert.deepEqual(codes(chat('2022')), []);
    assert.deepEqual(codes(chat('2021'), { 'unsourced-figure': 'off' }), ['date-mismatch 2021']);
  });
});

describe('draft-inconsistency: a transcript\'s speaker is not what a line is about', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "[02:15] ANNA: Siemens Energy dropped 20 percent", later "[15:30] BEN: Siemens Energy lost 30 percent that day"', () => {
    const first = '**[00:00] ANNA:** On Monday, January 27, 2025, the markets shook.\n\n**[02:15] ANNA:** Meanwhile Siemens Energy dropped 20 percent that Monday.\n\n';
    assert.deepEqual(findings(`${first}**[15:30] BEN:** And remember, Siemens Energy lost 30 percent that day too.`, off).map((f) => [f.code, f.text, f.message]), [['draft-inconsistency', '30 percent', '30 percent contradicts 20 percent earlier in this draft.']]);
    assert.deepEqual(codes(`${first}**[15:30] BEN:** And remember, Siemens Energy lost 20 percent that day too.`, off), []);
  });
  test('German: "LENA: Siemens Energy verlor 20 Prozent", later "JONAS: … büßte Siemens Energy 25 Prozent ein"', () => {
    const first = 'LENA: Am 27. Januar 2025 bebten die Börsen.\n\nLENA: Siemens Energy verlor an jenem Montag 20 Prozent.\n\n';
    assert.deepEqual(codes(`${first}JONAS: Siemens Energy büßte an jenem Montag sogar 25 Prozent ein.`, off), ['draft-inconsistency 25 Prozent']);
    assert.deepEqual(codes(`${first}Moderatorin: Siemens Energy büßte an jenem Montag 20 Prozent ein.`, off), []);
  });
});

describe('a timeline\'s dates written "27.1."', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('German: a table of "| 20.1. | R1 erscheint |" rows is dates, not numbers the sources contradict', () => {
    const table = '| Datum | Ereignis |\n|---|---|\n| 20.1. | R1 erscheint |\n| 27.1. | Nvidia verliert 589 Mrd. Dollar Börsenwert |\n';
    assert.deepEqual(codes(table, off), []);
  });
  test('German: "Am Mittwoch, 28.1." in a piece about 2025 is a Tuesday; "Am Dienstag, 28.1." is right', () => {
    const first = 'Am 27.1.2025 fiel die Nvidia-Aktie um 7,82 Prozent.\n\n';
    assert.deepEqual(findings(`${first}Am Mittwoch, 28.1., erholte sich die Aktie.`, off).map((f) => [f.code, f.text, f.fix]), [['draft-inconsistency', 'Mittwoch', 'Dienstag']]);
    assert.deepEqual(codes(`${first}Am Dienstag, 28.1., erholte sich die Aktie.`, off), []);
  });
});

describe('draft-inconsistency: a weekday the date does not fall on', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('German: "Am Mittwoch, dem 30. Januar" in a piece about 2025 (a Thursday), fixed to "Donnerstag"; "Mittwoch, dem 29. Januar" is right', () => {
    const first = 'Am 27. Januar 2025 fiel die Nvidia-Aktie um 7,82 Prozent.\n\n';
    const text = `${first}Am Mittwoch, dem 30. Januar, erholte sich die Aktie teilweise.`;
    assert.deepEqual(findings(text, off).map((f) => [f.code, f.text, f.message, f.fix]), [['draft-inconsistency', 'Mittwoch', '30. Januar falls on a Donnerstag, not a Mittwoch.', 'Donnerstag']]);
    const [weekday] = runRules(analyzeDraft(text, index), index, off);
    assert.deepEqual(weekday.related.map((r) => [text.slice(r.start, r.end), r.message]), [['30. Januar', 'The date: 30. Januar, a Donnerstag.']]);
    assert.deepEqual(codes(`${first}Am Mittwoch, dem 29. Januar, erholte sich die Aktie teilweise.`, off), []);
  });
  test('English: "On Tuesday, January 27, 2025" is a Monday; a date without a year and no year in the piece is left alone', () => {
    assert.deepEqual(findings('On Tuesday, January 27, 2025, Nvidia fell 7.82 percent.', off).map((f) => [f.code, f.text, f.fix]), [['draft-inconsistency', 'Tuesday', 'Monday']]);
    assert.deepEqual(codes('On Monday, January 27, 2025, Nvidia fell 7.82 percent.', off), []);
    assert.deepEqual(codes('On Tuesday, 27 January, the panic was over.', off), []);
  });
});

describe('draft-inconsistency: an age said as an adjective is how old someone is now', () => {
  const off = { 'unsourced-figure': 'off' } as const;
  test('English: "founded in July 2023 by Liang Wenfeng, a 40-year-old engineer" and "born in 1985" agree in a piece of 2025', () => {
    const day = 'On January 27, 2025, DeepSeek shook the markets. ';
    assert.deepEqual(codes(`${day}DeepSeek was founded in July 2023 by Liang Wenfeng, a 40-year-old engineer from Guangdong. Liang was born in 1985.`, off), []);
    assert.deepEqual(codes(`${day}DeepSeek was founded in July 2023 by Liang Wenfeng, a 40-year-old engineer from Guangdong. Liang was born in 1975.`, off), ['draft-inconsistency 1975']);
  });
  test('German: "Im Juli 2023 gründete der 40-jährige Ingenieur Liang Wenfeng DeepSeek" and "1985 geboren"; "Als 52-Jähriger … 2023" is as old as then', () => {
    const day = 'Am 27. Januar 2025 erschütterte DeepSeek die Börsen. ';
    assert.deepEqual(codes(`${day}Im Juli 2023 gründete der 40-jährige Ingenieur Liang Wenfeng DeepSeek. Liang wurde 1985 geboren.`, off), []);
    assert.deepEqual(codes(`${day}Als 52-Jähriger investierte Marc Andreessen im Jahr 2023 in KI. Andreessen wurde 1971 geboren.`, off), []);
    assert.deepEqual(codes(`${day}Der damals 52-jährige Marc Andreessen investierte im Jahr 2023 in KI. Andreessen wurde 1971 geboren.`, off), []);
    assert.deepEqual(codes(`${day}The then 52-year-old Marc Andreessen invested in AI in 2023. Andreessen was born in 1971.`, off), []);
  });
});

describe('unsourced-figure and source-conflict', () => {
  test('English: a figure no source states is information', () => {
    assert.deepEqual(runRules(analyzeDraft('DeepSeek has 160 employees.', index), index).map((f) => [f.code, f.severity, f.message]), [['unsourced-figure', 'information', 'No source states 160.']]);
  });
  test('German: eine Zahl ohne Quelle', () => {
    assert.deepEqual(codes('DeepSeek hat 160 Mitarbeiter.'), ['unsourced-figure 160']);
  });
  test('English: the day R1 became the news, on which the sources disagree', () => {
    assert.deepEqual(findings('DeepSeek R1 made headlines on January 27.'), [{
      code: 'source-conflict', text: 'January 27',
      message: 'The sources disagree: “DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern” says 27. Januar 2025, “Die Geschichte hinter DeepSeek: Wie ein chinesisches Startup das Silicon Valley herausfordert” says 20. Januar.',
    }]);
  });
  test('German: der Tag des Durchbruchs, wie ihn die Quelle nennt (die Schlagzeilen der Firma am 27. Januar sind ein anderes Ereignis)', () => {
    assert.deepEqual(codes('Am 20. Januar gelang DeepSeek mit R1 der Durchbruch.'), []);
  });
});

describe('suppression comments', () => {
  const wrong = 'Training DeepSeek R1 cost $6.5 million.';
  test('disable-next-line, for all codes or the named ones', () => {
    assert.deepEqual(codes(`<!-- newsproof-disable-next-line -->\n${wrong}`), []);
    assert.deepEqual(codes(`<!-- newsproof-disable-next-line figure-mismatch -->\n${wrong}`), []);
    assert.deepEqual(codes(`<!-- newsproof-disable-next-line date-mismatch -->\n${wrong}`), ['figure-mismatch $6.5 million']);
    assert.deepEqual(codes(`<!-- newsproof-disable-next-line -->\n\nText.\n\n${wrong}`), ['figure-mismatch $6.5 million']);
  });
  test('disable … enable', () => {
    const text = `<!-- newsproof-disable figure-mismatch -->\n\n${wrong}\n\n<!-- newsproof-enable figure-mismatch -->\n\nNvidia fell 8.72 percent.`;
    assert.deepEqual(codes(text), ['figure-mismatch 8.72 percent']);
    assert.deepEqual(codes(`<!-- newsproof-disable -->\n\n${wrong}`), []);
  });
});

describe('rule settings', () => {
  test('a rule can be turned off or given another severity', () => {
    const text = 'Training DeepSeek R1 cost $6.5 million. DeepSeek was founded in July 2022.';
    assert.deepEqual(codes(text, { 'figure-mismatch': 'off' }), ['date-mismatch July 2022']);
    assert.deepEqual(runRules(analyzeDraft(text, index), index, { 'date-mismatch': 'error' }).map((f) => f.severity), ['warning', 'error']);
  });
});

describe('multiplying verbs', () => {
  test('English: "doubled" is not the source\'s 1.8-fold speed-up', () => {
    assert.deepEqual(findings('With MTP and FP8 training, DeepSeek doubled the processing speed.'), [
      { code: 'figure-mismatch', text: 'doubled', message: 'doubled contradicts the source, which says 1,8-Fache.' },
    ]);
  });
  test('German: "verdoppelte" likewise', () => {
    assert.deepEqual(codes('Durch MTP und FP8-Training verdoppelte DeepSeek die Verarbeitungsgeschwindigkeit.'), ['figure-mismatch verdoppelte']);
  });
});

describe('one place, one message', () => {
  test('a figure with a draft-inconsistency warning is not also reported as unsourced', () => {
    assert.deepEqual(codes('DeepSeek has 160 employees.\n\nWith its 200 employees, DeepSeek stays small.'), ['unsourced-figure 160', 'draft-inconsistency 200']);
  });
});

describe('draft-inconsistency: two spans from different events', () => {
  test('"acht Jahre vor der Gründung" and "gegründet vor anderthalb Jahren" are two facts; "two days after" twice is one', () => {
    const de = 'Liang gründete 2015 High-Flyer, acht Jahre vor der Gründung von DeepSeek.\n\nDeepSeek, gegründet vor anderthalb Jahren, schockte die Börse.';
    assert.deepEqual(codes(de, { 'unsourced-figure': 'off' }), []);
    const en = 'Liang set up High-Flyer in 2015, eight years before the founding of DeepSeek.\n\nDeepSeek, founded a year and a half ago, rattled the markets.';
    assert.deepEqual(codes(en, { 'unsourced-figure': 'off' }), []);
  });
});

describe('a sign for "about" is a hedge', () => {
  const of = (text: string) => findings(text).filter((f) => f.code !== 'name-spelling' && f.code !== 'unsourced-figure').map((f) => [f.code, f.text]);
  test('English: "≈90,000x R1\'s training bill" is about right, "≈640x what GPT-4o cost" is wrong and underlined without its sign', () => {
    assert.deepEqual(of('The US answer is Project Stargate, a $500B push. That\'s half a trillion dollars, ≈90,000x R1\'s training bill, ≈640x what GPT-4o cost.'), [
      ['figure-mismatch', '640x'],
    ]);
  });
  test('German: "~90.000-mal so viel wie R1" is about right, "~9.000-mal" is wrong', () => {
    assert.deepEqual(of('Project Stargate kostet 500 Milliarden Dollar, ~90.000-mal so viel wie R1.'), []);
    assert.deepEqual(of('Project Stargate kostet 500 Milliarden Dollar, ~9.000-mal so viel wie R1.'), [['figure-mismatch', '9.000-mal']]);
  });
});

describe('how hard a move was is an amount', () => {
  // Nvidia −7,82 %, Microsoft −3,75 %, Broadcom −6,58 % on 27 January 2025.
  const of = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch').map((f) => [f.text, f.message]);
  test('English: "fell twice as hard as Microsoft" is borne out, "as Broadcom" is not', () => {
    assert.deepEqual(of('On 27 January, Nvidia fell twice as hard as Microsoft.'), []);
    assert.deepEqual(of('On 27 January, Nvidia fell twice as hard as Broadcom.'), [
      ['twice', 'twice contradicts the source, which says 7,82 % ÷ 6,58 % ≈ 1.2.'],
    ]);
  });
  test('German: "doppelt so tief wie Microsoft" is borne out, "wie Broadcom" is not', () => {
    assert.deepEqual(of('Am 27. Januar fiel Nvidia doppelt so tief wie Microsoft.'), []);
    assert.deepEqual(of('Am 27. Januar fiel Nvidia doppelt so tief wie Broadcom.'), [
      ['doppelt', 'doppelt contradicts the source, which says 7,82 % ÷ 6,58 % ≈ 1.2.'],
    ]);
  });
});

describe('a share told as every n-th', () => {
  test('a turn of phrase that says nothing of what it counts is never called wrong ("Jedes vierte Unternehmen nutzt DeepSeek")', () => {
    assert.deepEqual(findings('Jedes vierte Unternehmen nutzt DeepSeek.').map((f) => [f.code, f.text]), [['unsourced-figure', 'Jedes vierte']]);
    assert.deepEqual(findings('Every fourth company uses DeepSeek.').map((f) => [f.code, f.text]), [['unsourced-figure', 'Every fourth']]);
  });
  // "36 Prozent der weltweit 1328 KI-Modelle" come from China.
  const of = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch' || f.code === 'unsourced-figure').map((f) => [f.code, f.text, f.message]);
  test('German: "jedes vierte" contradicts 36 %, "mehr als jedes dritte" is borne out, "jeden zweiten Tag" is how often', () => {
    assert.deepEqual(of('Von den weltweit 1328 KI-Modellen stammt inzwischen jedes vierte aus China.'), [
      ['figure-mismatch', 'jedes vierte', 'jedes vierte contradicts the source, which says 36 Prozent.'],
    ]);
    assert.deepEqual(of('Von den weltweit 1328 KI-Modellen stammt inzwischen mehr als jedes dritte aus China.'), []);
    assert.deepEqual(of('Von den weltweit 1328 KI-Modellen stammt jeden zweiten Tag ein neues aus China.'), []);
  });
  test('English: "every fourth" contradicts 36 %, "more than every third" is borne out', () => {
    assert.deepEqual(of('Every fourth AI model in the world now comes from China.'), [
      ['figure-mismatch', 'Every fourth', 'Every fourth contradicts the source, which says 36 Prozent.'],
    ]);
    assert.deepEqual(of('More than every third AI model in the world now comes from China.'), []);
  });
});

describe('a figure restated in other words', () => {
  const of = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch' || f.code === 'unsourced-figure').map((f) => [f.code, f.text, f.message]);
  test('German: "36 Prozent …, also mehr als ein Drittel" is the same share, "also rund ein Viertel" contradicts it', () => {
    assert.deepEqual(of('36 Prozent der weltweit 1328 KI-Modelle kommen inzwischen aus der Volksrepublik, also mehr als ein Drittel.'), []);
    assert.deepEqual(of('36 Prozent der weltweit 1328 KI-Modelle kommen inzwischen aus der Volksrepublik, also rund ein Viertel.'), [
      ['figure-mismatch', 'ein Viertel', 'ein Viertel contradicts the source, which says 36 Prozent.'],
    ]);
  });
  test('English: "36 percent …, that is, more than a third" is the same share, "that is, about a quarter" contradicts it', () => {
    assert.deepEqual(of('China now produces 36 percent of the world\'s 1,328 AI models, that is, more than a third.'), []);
    assert.deepEqual(of('China now produces 36 percent of the world\'s 1,328 AI models, that is, about a quarter.'), [
      ['figure-mismatch', 'a quarter', 'a quarter contradicts the source, which says 36 Prozent.'],
    ]);
  });
});

describe('points named as a gap', () => {
  // R1: 92 % on HumanEval, 85 % on MATH-500.
  const of = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch' || f.code === 'unsourced-figure').map((f) => [f.code, f.text, f.message]);
  test('German: "ein Abstand von sieben Punkten" is 92 − 85, "von neun Punkten" is not', () => {
    assert.deepEqual(of('R1 erreicht im HumanEval-Benchmark 92 Prozent und im MATH-500-Test 85 Prozent, ein Abstand von sieben Punkten.'), []);
    assert.deepEqual(of('R1 erreicht im HumanEval-Benchmark 92 Prozent und im MATH-500-Test 85 Prozent, ein Abstand von neun Punkten.'), [
      ['figure-mismatch', 'neun Punkten', 'neun Punkten contradicts the source, which says 92 % − 85 % = 7 percentage points.'],
    ]);
  });
  test('English: "a gap of seven points" is 92 − 85, "a gap of nine points" is not', () => {
    assert.deepEqual(of('R1 scores 92 percent on HumanEval and 85 percent on MATH-500, a gap of seven points.'), []);
    assert.deepEqual(of('R1 scores 92 percent on HumanEval and 85 percent on MATH-500, a gap of nine points.'), [
      ['figure-mismatch', 'nine points', 'nine points contradicts the source, which says 92 % − 85 % = 7 percentage points.'],
    ]);
  });
});

describe('points said to lie above or below, or in a row or column of gaps, are percentage points', () => {
  // R1: 92 % on HumanEval, 85 % on MATH-500; on 27 January Nvidia −7,82 %, Broadcom −6,58 %, Microsoft −3,75 %.
  const of = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch' || f.code === 'unsourced-figure').map((f) => [f.code, f.text, f.message]);
  test('German: "sieben Punkte darunter" and "7 Punkte vorn" are 92 − 85; zwölf and vier are not', () => {
    const below = 'Im Benchmark HumanEval erreicht R1 92 Prozent. Im Mathe-Test MATH-500 liegt das Modell sieben Punkte darunter, bei 85 Prozent.';
    assert.deepEqual(of(below), []);
    assert.deepEqual(of(below.replace('sieben', 'zwölf')), [['figure-mismatch', 'zwölf Punkte', 'zwölf Punkte contradicts the source, which says 92 % − 85 % = 7 percentage points.']]);
    const ahead = 'R1 erreicht bei HumanEval 92 Prozent und bei MATH-500 85 Prozent; HumanEval liegt 7 Punkte vorn.';
    assert.deepEqual(of(ahead), []);
    assert.deepEqual(of(ahead.replace('7 Punkte', '4 Punkte')), [['figure-mismatch', '4 Punkte', '4 Punkte contradicts the source, which says 92 % − 85 % = 7 percentage points.']]);
  });
  test('German: a column „Abstand zu Microsoft“ holds differences of the day\'s falls: 4,07 is right, 3,83 is wrong', () => {
    const table = ['| Unternehmen | Minus am 27. Januar | Abstand zu Microsoft |', '|---|---|---|', '| Nvidia | 7,82 % | 4,07 Punkte |', '| Broadcom | 6,58 % | 3,83 Punkte |', '| Microsoft | 3,75 % | – |'].join('\n');
    assert.deepEqual(of(table), [['figure-mismatch', '3,83 Punkte', '3,83 Punkte contradicts the source, which says 6,58 % − 3,75 % = 2.8 percentage points.']]);
  });
  test('English: "seven points below" and a row "Gap between HumanEval and MATH-500" are 92 − 85; 17 is wrong', () => {
    const below = 'R1 scores 92% on HumanEval. On MATH-500 it sits seven points below that.';
    assert.deepEqual(of(below), []);
    const table = (gap: string) => ['| Item | Value |', '|---|---|', '| HumanEval | 92% |', '| MATH-500 | 85% |', `| Gap between HumanEval and MATH-500 | ${gap} |`].join('\n');
    assert.deepEqual(of(table('7 points')), []);
    assert.deepEqual(of(table('17 points')), [['figure-mismatch', '17 points', '17 points contradicts the source, which says 92 % − 85 % = 7 percentage points.']]);
  });
});

describe('points shortened in tables and notes ("4.07 pts", „1,42 Pkt.“, „Prozentpkt.“) are percentage points as the words are', () => {
  const of = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch' || f.code === 'unsourced-figure').map((f) => [f.code, f.text, f.message]);
  test('English: a column "Margin vs. Microsoft" of "pts": 4.07 is right, 3.83 is wrong', () => {
    const table = ['| Stock | Monday\'s move | Margin vs. Microsoft |', '|---|---|---|', '| Nvidia | -7.82% | 4.07 pts |', '| Broadcom | -6.58% | 3.83 pts |', '| Microsoft | -3.75% | – |'].join('\n');
    assert.deepEqual(of(table), [['figure-mismatch', '3.83 pts', '3.83 pts contradicts the source, which says 6,58 % − 3,75 % = 2.8 percentage points.']]);
  });
  test('German: a column „Abstand zu Microsoft“ of „Pkt.“, and „Prozentpkt.“ in prose', () => {
    const table = ['| Unternehmen | Minus am 27. Januar | Abstand zu Microsoft |', '|---|---|---|', '| Nvidia | 7,82 % | 4,07 Pkt. |', '| Broadcom | 6,58 % | 3,83 Pkt. |', '| Microsoft | 3,75 % | – |'].join('\n');
    assert.deepEqual(of(table), [['figure-mismatch', '3,83 Pkt.', '3,83 Pkt. contradicts the source, which says 6,58 % − 3,75 % = 2.8 percentage points.']]);
    const prose = 'Am 27. Januar 2025 fielen Nvidia und Microsoft um 7,82 % und 3,75 %, ein Abstand von 4,07 Prozentpkt. zugunsten von Microsoft.';
    assert.deepEqual(of(prose), []);
    assert.deepEqual(of(prose.replace('4,07', '3,07')), [['figure-mismatch', '3,07 Prozentpkt.', '3,07 Prozentpkt. contradicts the source, which says 7,82 % − 3,75 % = 4.1 percentage points.']]);
  });
  test('English prose: "a gap of 4.07 pts" is 7.82 − 3.75; 5.07 is wrong', () => {
    const prose = 'On 27 January 2025 Nvidia and Microsoft fell 7.82% and 3.75%, a gap of 4.07 pts.';
    assert.deepEqual(of(prose), []);
    assert.deepEqual(of(prose.replace('4.07', '5.07')), [['figure-mismatch', '5.07 pts', '5.07 pts contradicts the source, which says 7,82 % − 3,75 % = 4.1 percentage points.']]);
  });
});

describe('a sum, a difference or an average of two sums', () => {
  // The sources: Fire-Flyer I 200 Millionen Yuan (ca. 26 Millionen Euro), Fire-Flyer II eine Milliarde Yuan (ca. 130
  // Millionen Euro); R1's training 5,6 Millionen Dollar, GPT-4o's 78 Millionen Dollar.
  test('German: "zusammen rund 156 Millionen Euro" is 26 + 130; 186 is wrong, and says which sum it is', () => {
    const text = 'Zusammen kosteten die beiden Supercomputer Fire-Flyer I und Fire-Flyer II rund 156 Millionen Euro.';
    assert.deepEqual(codes(text), []);
    assert.deepEqual(findings(text.replace('156', '186')), [{ code: 'figure-mismatch', text: '186 Millionen Euro', message: '186 Millionen Euro contradicts the source, which says 26 Millionen Euro + 130 Millionen Euro.', fix: '156 Millionen Euro' }]);
  });
  test('English: "Together that is 1.2bn yuan, or roughly €156m"; 1.6bn is wrong', () => {
    const before = 'Fire-Flyer I cost 200m yuan (about €26m), Fire-Flyer II 1bn yuan (about €130m). ';
    assert.deepEqual(codes(`${before}Together that is 1.2bn yuan, or roughly €156m.`), []);
    assert.deepEqual(codes(`${before}Together that is 1.6bn yuan, or roughly €156m.`), ['figure-mismatch 1.6bn yuan']);
  });
  test('"72 Millionen Dollar mehr als", "$72 million more … than" is 78 − 5,6; "$40 million more" is wrong', () => {
    assert.deepEqual(codes('Für GPT-4o gab OpenAI rund 72 Millionen Dollar mehr aus als DeepSeek für das Training von R1.'), []);
    assert.deepEqual(codes('OpenAI spent some $72 million more on GPT-4o than DeepSeek spent training R1.'), []);
    assert.deepEqual(findings('OpenAI spent some $40 million more on GPT-4o than DeepSeek spent training R1.').map((f) => f.message), ['$40 million contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.']);
  });
  test('a difference closing its clause ("also rund 72 Millionen mehr", "about $72 million more") is 78 − 5,6, not any source sum', () => {
    const de = 'Das Training von R1 kostete 5,6 Millionen Dollar. Für GPT-4o hat OpenAI 78 Millionen Dollar aufgewandt, also rund 72 Millionen mehr.';
    assert.deepEqual(codes(de), []);
    assert.deepEqual(findings(de.replace('72', '62')).map((f) => [f.code, f.text, f.message, f.fix]), [['figure-mismatch', '62 Millionen', '62 Millionen contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '72 Millionen']]);
    const en = 'Training R1 cost $5.6 million. OpenAI spent $78 million on GPT-4o, about $72 million more.';
    assert.deepEqual(codes(en), []);
    assert.deepEqual(findings(en.replace('$72', '$62')).map((f) => [f.code, f.text, f.message, f.fix]), [['figure-mismatch', '$62 million', '$62 million contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '$72 million']]);
  });
  test('German: the cheaper one\'s difference („DeepSeek kam mit gut 72 Millionen Dollar weniger aus“) is 78 − 5,6 too; 62 is wrong', () => {
    const de = 'Das Training von R1 kostete 5,6 Millionen Dollar, OpenAI gab für GPT-4o 78 Millionen Dollar aus. DeepSeek kam mit gut 72 Millionen Dollar weniger aus.';
    assert.deepEqual(codes(de), []);
    assert.deepEqual(findings(de.replace('gut 72', 'gut 62')).map((f) => [f.code, f.text, f.message, f.fix]), [['figure-mismatch', '62 Millionen Dollar', '62 Millionen Dollar contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '72 Millionen Dollar']]);
  });
  test('English: the cheaper one\'s difference ("DeepSeek got by on roughly $72 million less", "R1 cost $72 million less than GPT-4o") is 78 − 5,6; $62 million is wrong', () => {
    const before = 'Training R1 cost $5.6 million. OpenAI spent $78 million on GPT-4o. ';
    assert.deepEqual(codes(`${before}DeepSeek got by on roughly $72 million less.`), []);
    assert.deepEqual(codes(`${before}R1 cost roughly $72 million less than GPT-4o.`), []);
    assert.deepEqual(findings(`${before}DeepSeek got by on roughly $62 million less.`).map((f) => [f.code, f.text, f.message, f.fix]), [['figure-mismatch', '$62 million', '$62 million contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '$72 million']]);
  });
  test('German: „gut sieben Prozent von GPT-4o“ is 5,6 ÷ 78 of the two sums, not China\'s share of models', () => {
    const before = 'Das Training von R1 kostete 5,6 Millionen Dollar, OpenAI gab für GPT-4o 78 Millionen Dollar aus. ';
    assert.deepEqual(codes(`${before}R1 kostete also gut sieben Prozent von GPT-4o.`), []);
    assert.deepEqual(codes(`${before}R1 kam mit gut sieben Prozent der GPT-4o-Kosten aus.`), []);
  });
  test('English: "roughly 7% of the $78 million" is 5.6 ÷ 78 of the two sums, a share the sources bear out', () => {
    const before = 'Training R1 cost $5.6 million. OpenAI spent $78 million on GPT-4o. ';
    assert.deepEqual(codes(`${before}R1 cost roughly 7% of the $78 million OpenAI spent on GPT-4o.`), []);
    assert.deepEqual(codes(`${before}R1 cost about 7 percent of GPT-4o.`), []);
    assert.deepEqual(codes(`${before}R1's training bill was ~7% of GPT-4o's.`), []);
  });
  test('German: a saving stated with the share\'s value („7 Prozent günstiger“, „7 Prozent weniger“) is no share, so not borne out', () => {
    const before = 'Das Training von R1 kostete 5,6 Millionen Dollar, OpenAI gab für GPT-4o 78 Millionen Dollar aus. ';
    assert.deepEqual(codes(`${before}R1 war rund 7 Prozent günstiger als GPT-4o.`), ['unsourced-figure 7 Prozent']);
    assert.deepEqual(codes(`${before}Das Training von R1 kostete 7 Prozent weniger als das von GPT-4o.`), ['unsourced-figure 7 Prozent']);
  });
  test('English: a saving stated with the share\'s value ("7 percent cheaper", "a saving of about 7 percent") is no share, so not borne out', () => {
    const before = 'Training R1 cost $5.6 million. OpenAI spent $78 million on GPT-4o. ';
    assert.deepEqual(codes(`${before}R1 was about 7 percent cheaper to train than GPT-4o.`), ['unsourced-figure 7 percent']);
    assert.deepEqual(codes('Training R1 cost $5.6 million against GPT-4o\'s $78 million, a saving of about 7 percent.'), ['unsourced-figure 7 percent']);
  });
  test('German: „gab gut 72 Millionen Dollar mehr aus“ is 78 − 5,6 with no „als“, its verb particle after it; 62 is wrong', () => {
    const de = 'Für GPT-4o gab OpenAI gut 72 Millionen Dollar mehr aus.';
    assert.deepEqual(codes(de), []);
    assert.deepEqual(findings(de.replace('gut 72', 'gut 62')).map((f) => [f.code, f.text, f.message, f.fix]), [['figure-mismatch', '62 Millionen Dollar', '62 Millionen Dollar contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '72 Millionen Dollar']]);
  });
  test('English: "OpenAI spent roughly $72 million more, and" is 78 − 5,6 with no "than", a comma closing it; $62 million is wrong', () => {
    const en = 'For GPT-4o, OpenAI spent roughly $72 million more, and investors noticed.';
    assert.deepEqual(codes(en), []);
    assert.deepEqual(findings(en.replace('$72', '$62')).map((f) => [f.code, f.text, f.message, f.fix]), [['figure-mismatch', '$62 million', '$62 million contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '$72 million']]);
  });
  test('"im Schnitt 600 Millionen Yuan" is the average of the two', () => {
    assert.deepEqual(codes('Im Schnitt kostete jeder der beiden Supercomputer Fire-Flyer I und Fire-Flyer II 600 Millionen Yuan.'), []);
    assert.deepEqual(codes('Im Schnitt kostete jeder der beiden Supercomputer Fire-Flyer I und Fire-Flyer II 900 Millionen Yuan.'), ['figure-mismatch 900 Millionen Yuan']);
  });
  test('German: „im Schnitt rund 6 Prozent“ after the three falls is their average, not a wrong restatement of one; acht is wrong', () => {
    const moves = 'Am 27. Januar 2025 fielen Nvidia um 7,82 Prozent, Microsoft um 3,75 Prozent und Broadcom um 6,58 Prozent. ';
    assert.deepEqual(codes(`${moves}Im Schnitt verloren die drei Konzerne rund 6 Prozent.`, { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(codes(`${moves}Die drei großen Verlierer haben im Durchschnitt **gut sechs Prozent** verloren.`, { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(findings(`${moves}Die drei großen Verlierer haben im Durchschnitt acht Prozent verloren.`, { 'unsourced-figure': 'off' }).map((f) => [f.code, f.text, f.message]), [
      ['figure-mismatch', 'acht Prozent', 'acht Prozent contradicts the source, which says (7,82 % + 3,75 % + 6,58 %) ÷ 3 ≈ 6.05 %.'],
    ]);
    // The average of two of them is another average: the source's of three neither bears it out nor says it wrong.
    assert.deepEqual(codes('Am 27. Januar 2025 verloren Nvidia und Broadcom im Schnitt gut 7 Prozent.'), ['unsourced-figure 7 Prozent']);
    // A fall after the average's sentence is Nvidia's own, and a wrong one.
    assert.deepEqual(codes(`${moves}Im Schnitt verloren die drei rund 6 Prozent. Nvidia fiel um 8,82 Prozent.`, { 'unsourced-figure': 'off' }), ['figure-mismatch 8,82 Prozent']);
  });
  test('German: an average under a session\'s dateline („Mittwoch, 29. Januar 2025“) says nothing of that date: it stays the piece\'s own', () => {
    const text = '---\nlang: de\n---\n\n**Mittwoch, 29. Januar 2025 – Straßburg**\n\n## 14. Aussprache\n\nNvidia hat an einem einzigen Tag 7,82 Prozent verloren, Microsoft 3,75 Prozent und Broadcom 6,58 Prozent.\n\nZusammen haben die drei Konzerne an diesem Montag gut 18 Prozentpunkte verloren, im Schnitt rund sechs Prozent je Aktie.\n';
    assert.deepEqual(codes(text), ['unsourced-figure 29. Januar 2025', 'unsourced-figure drei']);
  });
  test('English: "an average of 6.05% each" after the three falls is their average; 9% is wrong; a move that beats the average is its own', () => {
    const moves = 'On 27 January 2025 Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%. ';
    assert.deepEqual(codes(`${moves}The three companies' falls work out at an average of 6.05% each.`, { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(codes(`${moves}On average, the trio gave up about 6% a head.`, { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(findings(`${moves}On average, the three lost 9% each.`, { 'unsourced-figure': 'off' }).map((f) => [f.code, f.text, f.message]), [
      ['figure-mismatch', '9%', '9% contradicts the source, which says (7,82 % + 3,75 % + 6,58 %) ÷ 3 ≈ 6.05 %.'],
    ]);
    assert.deepEqual(codes('On 27 January 2025, Nvidia and Microsoft lost an average of 5.8% each.'), ['unsourced-figure 5.8%']);
    assert.deepEqual(codes('Nvidia, which beat the average, fell 8.82% on 27 January 2025.'), ['figure-mismatch 8.82%']);
    assert.deepEqual(codes('While the average chip stock lost 3% on 27 January 2025, Nvidia fell 8.82%.', { 'unsourced-figure': 'off' }), ['figure-mismatch 8.82%']);
  });
  test('German: „Addiert man die drei Verluste, kommt man auf 18,15 Prozentpunkte“ is their sum, not the gap of two; 17,15 is wrong', () => {
    const moves = 'Am 27. Januar 2025 fielen Nvidia um 7,82 Prozent, Microsoft um 3,75 Prozent und Broadcom um 6,58 Prozent. ';
    assert.deepEqual(codes(`${moves}Addiert man die drei Verluste, kommt man auf 18,15 Prozentpunkte, im Schnitt also gut 6 Prozent je Aktie.`, { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(codes(`${moves}Zusammen verloren die drei Konzerne **gut 18 Prozentpunkte**.`, { 'unsourced-figure': 'off' }), []);
    assert.deepEqual(findings(`${moves}Addiert man die drei Verluste, kommt man auf 17,15 Prozentpunkte.`, { 'unsourced-figure': 'off' }).map((f) => [f.code, f.text, f.message]), [
      ['figure-mismatch', '17,15 Prozentpunkte', '17,15 Prozentpunkte contradicts the source, which says 7,82 % + 3,75 % + 6,58 % = 18.15 percentage points.'],
    ]);
    // A gap without a word for a sum stays a gap of two: 4,07 points between Nvidia and Microsoft.
    assert.deepEqual(codes('Am 27. Januar 2025 lagen zwischen Nvidia und Microsoft 4,07 Prozentpunkte.', { 'unsourced-figure': 'off' }), []);
  });
  test('"seven models in all", "insgesamt also sieben Modelle": R1 and the six smaller versions beside it; ten is wrong', () => {
    assert.deepEqual(codes('Alongside R1, the company released six smaller versions that can run on laptops, seven models in all.'), []);
    assert.deepEqual(findings('Alongside R1, the company released six smaller versions that can run on laptops, ten models in all.').map((f) => [f.code, f.text, f.message]), [['figure-mismatch', 'ten', 'ten contradicts the source, which says R1 + sechs.']]);
    assert.deepEqual(codes('Das Unternehmen veröffentlichte neben R1 auch sechs kleinere Versionen, insgesamt also sieben Modelle.'), []);
    assert.deepEqual(codes('Das Unternehmen veröffentlichte neben R1 auch sechs kleinere Versionen, insgesamt also neun Modelle.'), ['figure-mismatch neun']);
    // A total the source states itself bears a sum out.
    assert.deepEqual(codes('Project Stargate umfasst insgesamt 500 Milliarden Dollar.'), []);
  });
});

describe('a fraction of a scale word is a scale too', () => {
  test('German: "eine halbe Milliarde Dollar" for 500 Milliarden has the wrong scale, fixed to "eine halbe Billion"; "0,0056 Billionen" to Milliarden', () => {
    assert.deepEqual(findings('Project Stargate ist eine halbe Milliarde Dollar schwer.').map((f) => [f.code, f.text, f.fix]), [['scale-mismatch', 'eine halbe Milliarde Dollar', 'eine halbe Billion Dollar']]);
    assert.deepEqual(findings('Project Stargate ist eine halbe Billion Dollar schwer.'), []);
    assert.deepEqual(findings('Das Training von R1 kostete 0,0056 Billionen Dollar.').map((f) => [f.code, f.fix]), [['scale-mismatch', '0,0056 Milliarden Dollar']]);
  });
  test('English: "half a billion dollars" and "$0.5 billion" for Stargate have the wrong scale; "half a trillion" is right', () => {
    assert.deepEqual(findings('Stargate is a bet of half a billion dollars on AI infrastructure.').map((f) => [f.code, f.text, f.fix]), [['scale-mismatch', 'half a billion dollars', 'half a trillion dollars']]);
    assert.deepEqual(findings('Project Stargate is a $0.5 billion initiative.').map((f) => [f.code, f.fix]), [['scale-mismatch', '$0.5 trillion']]);
    assert.deepEqual(findings('Stargate is a bet of half a trillion dollars on AI infrastructure.'), []);
  });
});

describe('a word of sum, a year before a noun, a rank: read as ordinary news prose', () => {
  test('"insgesamt", "in total", "all in all" before one amount say no more than "in all": a wrong one is still wrong (German, English)', () => {
    assert.deepEqual(codes('Das Training von DeepSeek R1 kostete insgesamt nur 6,6 Millionen Dollar.'), ['figure-mismatch 6,6 Millionen Dollar']);
    assert.deepEqual(codes('In total, training DeepSeek R1 cost $6.6 million.'), ['figure-mismatch $6.6 million']);
    assert.deepEqual(codes('Die beiden Supercomputer kosteten zusammen 156 Millionen Euro.'), []);
  });
  test('a year after a verb is when, not a count of what follows; a rank is no share', () => {
    assert.deepEqual(codes('DeepSeek veröffentlichte im Dezember 2024 das V3-Modell; Liang kaufte 2021 Chips von Nvidia.'), ['unsourced-figure 2021']);
    assert.deepEqual(codes('DeepSeek belegte Platz 1 der 50 meistgeladenen Apps im App Store.'), ['unsourced-figure 50']);
  });
  test('a number before a dash and a title is a label, no figure: „[Meldung 3 – Das Modell]“, "Scene 2 — The launch" (German, English)', () => {
    assert.deepEqual(codes('**[Meldung 3 – Das Modell]** DeepSeek stellte R1 vor.'), []);
    assert.deepEqual(codes('Folie 6 – Die Chips'), []);
    assert.deepEqual(codes('Scene 2 — The launch of R1'), []);
    assert.deepEqual(codes('**[Meldung 3 – Das Modell]** Nvidia verlor 8,72 Prozent.'), ['figure-mismatch 8,72 Prozent']);
    // A dash before a number goes on to a range's other end.
    assert.deepEqual(codes('DeepSeek wollte 10 – 20 Forscher einstellen.'), ['unsourced-figure 10', 'unsourced-figure 20']);
  });
});

describe('a consequence clause is a statement of its own', () => {
  test('English: "after gaining 25 percent in 2024, so Nvidia falls" is the Nasdaq\'s gain, not Nvidia\'s', () => {
    const en = 'The Nasdaq 100 sinks 3 percent, after gaining 25 percent in 2024, so Nvidia falls about two and a half times as hard as the index.';
    assert.deepEqual(codes(en).filter((c) => c.includes('25 percent')), []);
  });
  test('German: „nachdem er 2024 um 25 Prozent zugelegt hatte, sodass Nvidia …“ ist der Gewinn des Nasdaq, nicht Nvidias', () => {
    const de = 'Der Nasdaq 100 fiel um 3 Prozent, nachdem er 2024 um 25 Prozent zugelegt hatte, sodass Nvidia etwa zweieinhalbmal so stark fiel wie der Index.';
    assert.deepEqual(codes(de).filter((c) => c.includes('25 Prozent')), []);
  });
});
