import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, runRules } from '../server/src/core';
import { bundledIndex, extraSource, read, withSources } from './support/fixtures';
import { SpellingTrie } from '../server/src/core/names/spellingTrie';

const index = bundledIndex();
const spelling = (text: string, idx = index) =>
  runRules(analyzeDraft(text, idx), idx).filter((f) => f.code === 'name-spelling').map((f) => [text.slice(f.start, f.end), f.fix?.newText, f.message]);

describe('name-spelling', () => {
  test('English: near misses with a fix to the sources\' spelling', () => {
    assert.deepEqual(spelling('Liang Wenfang founded Deepseek. Nvida lost value, and Andreesen was impressed.'), [
      ['Liang Wenfang', 'Liang Wenfeng', 'Liang Wenfang is not how the sources spell it: Liang Wenfeng.'],
      ['Deepseek', 'DeepSeek', 'Deepseek is not how the sources spell it: DeepSeek.'],
      ['Nvida', 'Nvidia', 'Nvida is not how the sources spell it: Nvidia.'],
      ['Andreesen', 'Andreessen', 'Andreesen is not how the sources spell it: Andreessen.'],
    ]);
  });
  test('German: Schreibfehler in Namen', () => {
    assert.deepEqual(spelling('Der Gründer Liang Wenfang traf Premierminister Li Quiang.').map(([text]) => text), ['Liang Wenfang', 'Li Quiang']);
  });
  test('names no source knows, and other people with a similar surname, are left alone', () => {
    assert.deepEqual(spelling('Sam Altman of OpenAI and Jensen Huang of Nvidia met Satya Nadella.'), []);
    assert.deepEqual(spelling('Die Firma Mistral aus Paris und Aleph Alpha aus Heidelberg.'), []);
  });
  test('a name\'s generic head in the other language („Projekt Stargate“, "Institut") is a translation, no misspelling', () => {
    assert.deepEqual(spelling('Die Antwort der USA heißt Projekt Stargate, eine Initiative für 500 Milliarden Dollar.'), []);
    assert.deepEqual(spelling('Zihan Wang promoviert an der Northwestern Universität in Illinois.'), []);
    const idx = withSources(extraSource('allen', 'Researchers at the Allen Institute for AI published the benchmark.'));
    assert.deepEqual(spelling('Forscher am Allen Institut for AI veröffentlichten den Benchmark.', idx), []);
    // A misspelt name beside the translated head, or a misspelt head, is still a misspelling.
    assert.deepEqual(spelling('Die Antwort der USA heißt Projekt Stargte.').map(([text, fix]) => [text, fix]), [['Stargte', 'Stargate']]);
    assert.deepEqual(spelling('Washington answered with Projct Stargate.').map(([text, fix]) => [text, fix]), [['Projct Stargate', 'Project Stargate']]);
  });
  test('the glossary adds names and accepted spellings, which silences a false positive', () => {
    const sources = index.sources.map((s) => s.input);
    const withGlossary = buildSourceIndex(sources, [{ name: 'Nvida Labs', kind: 'organisation' }, { name: 'DeepSeek', aliases: ['Deepseek'] }]);
    assert.deepEqual(spelling('Nvida Labs and Deepseek both exist.', withGlossary), []);
  });
});

describe('names in drafts', () => {
  test('a person\'s hover role comes from the sources', () => {
    assert.equal(index.names.lookup('Stacy Rasgon')?.role, 'Bernstein Research');
    assert.equal(index.names.lookup('Marc Andreessen')?.role, 'Softwareentwickler und Trump-Berater');
  });
  test('names are found in English and German drafts, with a genitive', () => {
    const found = (text: string) => analyzeDraft(text, index).names.map((n) => n.mention.entry.canonical);
    assert.deepEqual(found("Nvidia's H800 chips and DeepSeek's R1."), ['Nvidia', 'H800', 'DeepSeek', 'DeepSeek R1']);
    assert.deepEqual(found('Nvidias H800-Chips und Liangs Firma DeepSeek.'), ['Nvidia', 'H800', 'Liang Wenfeng', 'DeepSeek']);
  });
  test('the sample drafts have only their deliberate misspellings', () => {
    assert.deepEqual(spelling(read('samples/drafts/deepseek-en.md')).map(([text]) => text), ['Liang Wenfang']);
    assert.deepEqual(spelling(read('samples/drafts/deepseek-de.md')).map(([text]) => text), ['Nvida']);
  });
});

describe('a line set in capitals', () => {
  const shouting = (text: string) => buildSourceIndex([...index.sources.map((s) => s.input), { id: 'shouting.txt', uri: 'file:///extra/shouting.txt', text }]);
  test('English: "WHAT THE ANALYSTS SAY" names no one, so "Analysts" and "Different" are no misspelt names', () => {
    const idx = shouting('OpenAI and DeepSeek\n\nSAME DAY, DIFFERENT MESSAGE\n\nMicrosoft made R1 available on Azure.\n\nWHAT THE ANALYSTS SAY\n\nStacy Rasgon pointed to the economics.');
    assert.deepEqual(spelling('Analysts were split. Different firms, different messages: Microsoft put R1 on Azure.', idx), []);
    assert.equal(idx.names.lookup('ANALYSTS'), undefined);
  });
  test('German: „Die Differenz beträgt 4,7 Prozentpunkte“ is about no name „DIFFERENT“, and „Analyst“ is an ordinary word', () => {
    const idx = shouting('OpenAI und DeepSeek\n\nSAME DAY, DIFFERENT MESSAGE\n\nMicrosoft bietet R1 auf Azure an.\n\nWHAT THE ANALYSTS SAY\n\nStacy Rasgon verweist auf die Kosten.');
    const text = 'Stacy Rasgon, Analyst bei Bernstein Research, ist skeptisch. Die Differenz beträgt 4,7 Prozentpunkte.';
    assert.deepEqual(spelling(text, idx), []);
    assert.deepEqual(analyzeDraft(text, idx).names.map((n) => n.mention.entry.canonical), ['Stacy Rasgon', 'Bernstein Research']);
  });
  test('an acronym in ordinary prose is still a name', () => {
    const idx = shouting('Chips\n\nThe MIT study found that TSMC makes most of the chips.');
    assert.equal(idx.names.lookup('TSMC')?.canonical, 'TSMC');
  });
});

describe('a name set in capitals', () => {
  test('German: a transcript\'s label „LIANG:“ is Liang in capitals, no misspelling, and still speaks', () => {
    const text = 'MODERATORIN: Woher kam die Idee?\n\nLIANG: „Die Beschränkungen zwangen uns zu mehr Kreativität.“\n';
    const findings = runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
    assert.deepEqual(findings, [['misattributed-quote', 'LIANG']]);
  });
  test('English: "SHEEHAN:", "LIANG WENFENG:" and a headline\'s "NVIDIA" are no misspellings; a wrong letter in capitals still is', () => {
    assert.deepEqual(spelling('SHEEHAN: The export controls changed everything.\n\nLIANG WENFENG: We were surprised too.\n\nNVIDIA AND DEEPSEEK: THE WEEK IN REVIEW\n'), []);
    // The whole name, not its first word in capitals: "LIANG" alone is Liang.
    assert.deepEqual(spelling('LIANG WENFANG: We were surprised too.').map(([text, fix]) => [text, fix]), [['LIANG WENFANG', 'Liang Wenfeng']]);
    assert.deepEqual(spelling('Deepseek and NVIDA both moved.').map(([text]) => text), ['Deepseek', 'NVIDA']);
  });
});

describe('a misspelt given name before a known surname', () => {
  test('English: "Dimitri Papailiopoulos" is the sources\' Dimitris Papailiopoulos, one letter off', () => {
    assert.deepEqual(spelling('Dimitri Papailiopoulos of the Microsoft AI Frontiers Lab was struck by how simple the model is.'), [
      ['Dimitri Papailiopoulos', 'Dimitris Papailiopoulos', 'Dimitri Papailiopoulos is not how the sources spell it: Dimitris Papailiopoulos.'],
    ]);
  });
  test('German: „Dimitri Papailiopoulos“ ist der falsch geschriebene Dimitris Papailiopoulos', () => {
    assert.deepEqual(spelling('Dimitri Papailiopoulos vom Microsoft AI Frontiers Lab zeigt sich von der Einfachheit überrascht.').map(([text, fix]) => [text, fix]), [
      ['Dimitri Papailiopoulos', 'Dimitris Papailiopoulos'],
    ]);
  });
});

describe('a numbered name written with a hyphen', () => {
  // The sources space a name from its number ("Nasdaq 100"); writers of filings and forums join them ("Nasdaq-100",
  // "Nasdaq-100-Index"): the same name, so its figures are checked against the index's.
  const findings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code !== 'unsourced-figure').map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
  test('English: "the Nasdaq-100 Index declined approximately 5%" and "had gained 35% in 2024" contradict the Nasdaq 100\'s 3 % and 25 %', () => {
    assert.deepEqual(findings('On January 27, 2025, the Nasdaq-100 Index declined approximately 5%. The Nasdaq-100 had gained 35% in 2024.'), [
      { code: 'figure-mismatch', text: '5%', fix: '3%' }, { code: 'figure-mismatch', text: '35%', fix: '25%' }]);
  });
  test('German: „Der Nasdaq-100-Index fiel … um 5 Prozent“ widerspricht den 3 % des Nasdaq 100', () => {
    assert.deepEqual(findings('Der Nasdaq-100-Index fiel am 27. Januar 2025 um 5 Prozent, nachdem er 2024 noch 35 Prozent zugelegt hatte.'), [
      { code: 'figure-mismatch', text: '5 Prozent', fix: '3 Prozent' }, { code: 'figure-mismatch', text: '35 Prozent', fix: '25 Prozent' }]);
  });
  test('a German compound of words without a number keeps its hyphen: „US-App-Store“ is no name „App Store“', () => {
    const trie = new SpellingTrie();
    trie.add('App Store');
    trie.add('Nasdaq 100');
    assert.deepEqual(trie.findWords('Im US-App-Store und im Nasdaq-100-Index', false).map((m) => m.spelling), ['Nasdaq 100']);
  });
});
