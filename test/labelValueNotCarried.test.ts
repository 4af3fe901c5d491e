import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { describeFact } from '../server/src/core/facts/describeFact';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
/** An article whose picture names the place, which makes the draft's „Santa Clara“ a known name a founding fits. */
const withPlace = withSources(extraSource('nvidia-place.md', '# Nvidia\n\n![Nvidia-Zentrale in Santa Clara](zentrale.jpg)\n*Die Nvidia-Zentrale in Santa Clara. Foto: Getty Images*\n'));
const readAs = (text: string, figure: string, language: 'de' | 'en', idx = index) => {
  const f = analyzeDraft(text, idx).figures.find((x) => x.figure.text === figure)!;
  return describeFact(f.fact, language);
};

describe('a name given as a label\'s value is not what the next items are about', () => {
  // „> **Infokasten: R1 in Kürze** … - Vorgänger: V3, Dezember 2024 - Trainingskosten: 5,6 Mio. US-Dollar“: the cost was
  // read as V3's, the item before naming it last, so another article's V3 figures judged R1's cost.
  test('German: the cost after „Vorgänger: V3“ is the heading\'s model\'s, and a wrong one is fixed', () => {
    const draft = (cost: string) => `## DeepSeek R1\n\n- **Vorgänger:** V3, Dezember 2024\n- **Trainingskosten:** ${cost}\n`;
    assert.equal(readAs(draft('5,6 Millionen Dollar'), '5,6 Millionen Dollar', 'de'), 'DeepSeek R1 · Kosten: 5,6 Millionen Dollar');
    assert.deepEqual(findings(draft('5,6 Millionen Dollar')), []);
    assert.deepEqual(findings(draft('6,5 Millionen Dollar')), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
  });
  test('German: a founding year after „Sitz: Santa Clara, Kalifornien“ is the heading\'s company\'s', () => {
    const draft = '## Nvidia\n\n- **Sitz:** Santa Clara, Kalifornien\n- **Gegründet:** 1993\n';
    assert.equal(readAs(draft, '1993', 'de', withPlace), 'Nvidia · Gründung: 1993');
  });
  test('English: the same after "Predecessor: V3" and "Headquarters: Santa Clara"', () => {
    const draft = (cost: string) => `## DeepSeek R1\n\n- **Predecessor:** V3, December 2024\n- **Training cost:** ${cost}\n`;
    assert.equal(readAs(draft('$5.6 million'), '$5.6 million', 'en'), 'DeepSeek R1 · cost: $5.6 million');
    assert.deepEqual(findings(draft('$6.5 million')), [{ code: 'figure-mismatch', text: '$6.5 million', fix: '$5.6 million' }]);
    assert.equal(readAs('## Nvidia\n\n- Headquarters: Santa Clara, California\n- Founded: 1993\n', '1993', 'en', withPlace), 'Nvidia · founding: 1993');
  });
  test('a label that names the entry itself, a sentence or figures after a label, or the next sentence of its block still carry its name', () => {
    assert.equal(readAs('- **Modell:** DeepSeek R1\n- **Trainingskosten:** 5,6 Millionen Dollar\n', '5,6 Millionen Dollar', 'de'), 'DeepSeek R1 · Kosten: 5,6 Millionen Dollar');
    assert.equal(readAs('- **Model:** DeepSeek R1\n- **Training cost:** $5.6 million\n', '$5.6 million', 'en'), 'DeepSeek R1 · cost: $5.6 million');
    assert.equal(readAs('**3. Which chipmaker fell more than Microsoft?**\nAnswer: Broadcom. It dropped 6.58%.\n', '6.58%', 'en'), 'Broadcom · change: −6.58%');
    assert.equal(readAs('Zur Erinnerung: Nvidia −7,82%, Broadcom −6,58%.\n\nDer Verlust an Börsenwert betrug 589 Milliarden Dollar.\n', '589 Milliarden Dollar', 'de'), 'Nvidia · Bewertung: 589 Milliarden Dollar');
    assert.equal(readAs('**Claim:** DeepSeek R1 was a breakthrough.\n\n**Training cost:** $5.6 million\n', '$5.6 million', 'en'), 'DeepSeek R1 · cost: $5.6 million');
  });
});
