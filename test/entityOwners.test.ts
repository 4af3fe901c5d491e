import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { read, extraSource, withSources } from './support/fixtures';


function findings(text: string, index: SourceIndex) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a figure a name comes with ("NAME mit/with N") is that name\'s alone', () => {
  // „… für OpenAIs GPT-4 auf etwa 78 Millionen Dollar, für Metas Llama 2 mit 70 Milliarden Parametern auf rund 3 Millionen Dollar“
  const german = extraSource('2025-02-20_ki-trainingskosten-schaetzungen.txt', read('test/eval/distractors/2025-02-20_ki-trainingskosten-schaetzungen.txt'));
  const english = extraSource('2025-02-20_training-costs.md', '---\ntitle: What training a frontier model costs\npublished: 2025-02-20\n---\n\nOutside estimates are all there is. Epoch AI puts the cost of training OpenAI\'s GPT-4 at about $78 million, and that of DeepSeek V3 with 671 billion parameters at $5.6 million.\n');

  test('German: Llama 2\'s 70 billion parameters are no parameter count of GPT-4', () => {
    assert.deepEqual(findings('OpenAIs GPT-4 hat rund 175 Milliarden Parameter.', withSources(german)), [{ code: 'unsourced-figure', text: '175 Milliarden' }]);
  });

  test('English: DeepSeek V3\'s 671 billion parameters are no parameter count of GPT-4', () => {
    assert.deepEqual(findings("OpenAI's GPT-4 has about 500 billion parameters.", withSources(english)), [{ code: 'unsourced-figure', text: '500 billion' }]);
  });
});

describe('a name only measured against ("auf dem Niveau von", "on a par with") is not what the next sentence goes on about', () => {
  const german = extraSource('2025-02-10_modellgroessen.md', '---\ntitle: Wie groß sind die Denkmodelle?\npublished: 2025-02-10\n---\n\nDeepSeeks R1 hat 671 Milliarden Parameter. OpenAI hat nie gesagt, wie groß o1 ist; Schätzungen von außen kommen auf rund 300 Milliarden Parameter.\n');
  const english = extraSource('2025-02-10_model-sizes.md', '---\ntitle: How big are the reasoning models?\npublished: 2025-02-10\n---\n\nDeepSeek\'s R1 has 671 billion parameters. OpenAI has never said how big o1 is; outside estimates put it at around 300 billion parameters.\n');
  const primaryOf = (text: string, index: SourceIndex, figure: string) => analyzeDraft(text, index).figures.find((f) => text.slice(f.span.start, f.span.end) === figure)?.fact.primary;

  test('German: „Mit seinen 671 Milliarden Parametern ist es kein kleines Modell“ is R1\'s, not OpenAI o1\'s', () => {
    const text = 'R1 wurde am 20. Januar 2025 vorgestellt. Im Mathematiktest MATH-500 erreicht es 85 Prozent und liegt damit auf dem Niveau von OpenAI o1. Mit seinen 671 Milliarden Parametern ist es kein kleines Modell.';
    assert.deepEqual(findings(text, withSources(german)), []);
  });

  test('German: without a word for the model, the carried subject is R1, not the model it is measured against', () => {
    const text = 'R1 wurde am 20. Januar 2025 vorgestellt. Im Mathematiktest MATH-500 erreicht es 85 Prozent und liegt damit gleichauf mit OpenAI o1. Mit seinen 671 Milliarden Parametern ist es groß.';
    assert.deepEqual(primaryOf(text, withSources(german), '671 Milliarden'), ['DeepSeek R1']);
    // „gleichauf mit OpenAI o1“ says whom the 85 Prozent are measured against, not whose they are.
    assert.deepEqual(findings(text, withSources(german)), []);
  });

  test('English: "With its 671 billion parameters, the model …" after "on a par with OpenAI\'s o1" is R1\'s', () => {
    const text = "R1 came out on 20 January 2025. It scores 85% on MATH-500, on a par with OpenAI's o1. With its 671 billion parameters, the model is no small one.";
    assert.deepEqual(findings(text, withSources(english)), []);
  });

  test('English: "It has 671 billion parameters" after "on a par with OpenAI\'s o1" is R1\'s', () => {
    const text = "R1 came out on 20 January 2025. It scores 85% on MATH-500, on a par with OpenAI's o1. It has 671 billion parameters.";
    assert.deepEqual(primaryOf(text, withSources(english), '671 billion'), ['DeepSeek R1']);
  });
});

describe('a subject carried from the paragraph is decided by its own values where the sources give any, not by another\'s that happens to agree', () => {
  // The bundled article: „Der Nasdaq 100 sackte um 3 % ab, obwohl er 2024 noch 25 % zugelegt hatte.“
  const german = extraSource('2025-01-27_tokio-chipwerte.md', '---\ntitle: Chipwerte in Tokio unter Druck\npublished: 2025-01-27\n---\n\nIn Tokio verloren die Chipzulieferer Advantest und Tokyo Electron am Montag deutlich.\n\nDer Leitindex schloss 0,9 Prozent tiefer. Im Jahr 2024 hatte der Index noch rund 19 Prozent zugelegt, getragen von Technologiewerten.\n');
  const english = extraSource('2025-01-27_tokyo-chip-stocks.md', '---\ntitle: Chip stocks slide in Tokyo\npublished: 2025-01-27\n---\n\nIn Tokyo, the chip suppliers Advantest and Tokyo Electron fell sharply on Monday.\n\nThe benchmark index closed 0.9 percent lower. In 2024 the index had gained about 19 percent, carried by technology stocks.\n');

  test('German: „Der Technologieindex Nasdaq 100 sackte um drei Prozent ab. Im Jahr 2024 hatte das Börsenbarometer noch um 20 Prozent zugelegt.“ is the Nasdaq\'s 25 %, not Tokyo\'s 19', () => {
    assert.deepEqual(findings('Der Technologieindex Nasdaq 100 sackte um drei Prozent ab. Im Jahr 2024 hatte das Börsenbarometer noch um 20 Prozent zugelegt.', withSources(german)), [{ code: 'figure-mismatch', text: '20 Prozent', fix: '25 Prozent' }]);
  });

  test('English: "The tech-heavy Nasdaq 100 fell three percent. In 2024, the gauge had still gained 20 percent, carried by technology stocks." is the Nasdaq\'s 25 %, not Tokyo\'s 19', () => {
    assert.deepEqual(findings('The tech-heavy Nasdaq 100 fell three percent. In 2024, the gauge had still gained 20 percent, carried by technology stocks.', withSources(english)), [{ code: 'figure-mismatch', text: '20 percent', fix: '25 percent' }]);
  });
});

describe('the name in a multiple\'s own clause is what the multiple compares, not the figure before it', () => {
  const index = withSources();
  const onFigure = (text: string, figure: string) => {
    const analysis = analyzeDraft(text, index);
    const fact = analysis.figures.find((f) => text.slice(f.span.start, f.span.end) === figure)?.fact;
    return { primary: fact?.primary, findings: findings(text, index).filter((f) => f.text === figure) };
  };

  test('German: „nachdem er 2024 ein Viertel seines Werts gewonnen hatte, Nvidias Absturz war also mehr als doppelt so groß“ is the Nasdaq\'s gain', () => {
    const text = 'Der Nasdaq 100 gab an dem Tag 3 Prozent ab, nachdem er 2024 ein Viertel seines Werts gewonnen hatte, Nvidias Absturz war also mehr als doppelt so groß.';
    assert.deepEqual(onFigure(text, 'ein Viertel'), { primary: ['Nasdaq 100'], findings: [] });
  });

  test('English: "having added a quarter of its value in 2024, so Nvidia\'s slide was more than two times the index\'s" is the Nasdaq\'s gain', () => {
    const text = "The Nasdaq 100 dropped 3% on the day, having added a quarter of its value in 2024, so Nvidia's slide was more than two times the index's.";
    assert.deepEqual(onFigure(text, 'a quarter'), { primary: ['Nasdaq 100'], findings: [] });
  });
});
