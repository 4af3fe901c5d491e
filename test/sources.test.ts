import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledIndex } from './support/fixtures';

describe('source index of the bundled articles', () => {
  const index = bundledIndex();

  test('titles are read from the first line with words, not the stray "×"', () => {
    assert.deepEqual(index.sources.map((s) => s.title), [
      'DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern',
      'Die Geschichte hinter DeepSeek: Wie ein chinesisches Startup das Silicon Valley herausfordert',
    ]);
  });

  test('every source sentence keeps its exact file position', () => {
    for (const s of index.sentences) assert.equal(s.source.input.text.slice(s.sentence.start, s.sentence.end), s.sentence.text);
  });

  test('scraping artefacts are no facts: title lines, "×", bullets, footnote markers, an empty "Quellen:"', () => {
    const texts = index.sentences.map((s) => s.sentence.text);
    assert.ok(!texts.includes('×'));
    assert.ok(!texts.some((t) => t.startsWith('DeepSeek R1 – Chinas')));
    assert.ok(!texts.some((t) => t.startsWith('•')));
    const figures = index.figures.map((f) => f.figure.text);
    assert.ok(!figures.includes('18') && !figures.includes('410'), `footnote markers became figures: ${figures.join(', ')}`);
    const quellen = index.sentences.find((s) => s.sentence.text === 'Quellen:');
    assert.deepEqual(quellen?.facts.figures, []);
  });

  test('all figures of both articles are found', () => {
    assert.deepEqual(index.figures.map((f) => f.figure.text), [
      '27. Januar 2025', '-7,82 %', '-3,75 %', '-6,58 %', '92 %', '85 %', '5,6 Millionen Dollar', '78 Millionen Dollar', '10 %', '3 %', '2024', '25 %',
      '1,8-Fache', '500-Milliarden-Dollar', 'Zwei', 'Juli 2023', '40-jährige', '2015', 'zwei', '99 Prozent', 'ein Prozent', '2023', 'Dezember 2024',
      '20. Januar', '2022', '10.000', '50.000', 'beiden', '200 Millionen Yuan', '26 Millionen Euro', 'eine Milliarde Yuan', '130 Millionen Euro', 'sechs',
      '36 Prozent', '1328', '20. Januar', 'zwei', 'drei Jahre',
    ]);
  });

  test('names come from the sources, with aliases and roles', () => {
    const entry = (name: string) => index.names.lookup(name);
    assert.deepEqual(entry('Liang')?.canonical, 'Liang Wenfeng');
    assert.equal(entry('Liang Wenfeng')?.kind, 'person');
    assert.equal(entry('Stacy Rasgon')?.role, 'Bernstein Research');
    assert.equal(entry('Thomas Altmann')?.role, 'QC Partners');
    assert.equal(entry('Li Qiang')?.role, 'Premierminister');
    assert.equal(entry('R1')?.canonical, 'DeepSeek R1');
    assert.equal(entry('Deep Seek')?.canonical, 'DeepSeek');
    for (const name of ['Nvidia', 'Microsoft', 'Broadcom', 'Infineon', 'SoftBank', 'OpenAI', 'GPT-4o', 'H800', 'A100', 'High-Flyer', 'Fire-Flyer II', 'Nasdaq 100', 'Alibaba', 'Tencent', 'Project Stargate', 'MIT Technology Review', 'Matt Sheehan', 'Zihan Wang', 'Marc Andreessen']) {
      assert.ok(entry(name), `${name} is missing`);
    }
    for (const notAName of ['Millionen Dollar', 'Quellen', 'Chinas Fortschritte', 'Trumps Amtsantritt', 'Nvidias', 'KI']) assert.equal(entry(notAName), undefined, notAName);
  });
});
