import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, hoverAt } from '../server/src/core';

// A name's hover quotes first the source sentence of the quotation the draft gives the name: what the draft says of
// the speaker is that quotation, not what an article of another day has the speaker say on a matter that shares more
// words with the draft's sentence.
const source = (id: string, text: string) => ({ id, uri: `file:///extra/${id}`, text });
/** The source sentences a hover quotes, in its order. */
const quoted = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('> ') && !l.startsWith('> —')).map((l) => l.slice(2).replace(/\*\*/g, ''));
const firstQuoted = (idx: ReturnType<typeof buildSourceIndex>, text: string) => quoted(hoverAt(analyzeDraft(text, idx), idx, text.indexOf('Sheehan'))!.markdown)[0];

const de = buildSourceIndex([
  source('portraet.txt', 'Die Geschichte hinter DeepSeek\n\n„DeepSeek war nicht der Auserwählte unter den chinesischen KI-Start-ups“, sagt Matt Sheehan.\n'),
  source('2025-04-16_exportregel.txt', 'Die Exportregel\n\nAm 16. April 2025 sagte Matt Sheehan, die neue Exportregel treffe die chinesischen KI-Start-ups und DeepSeek hart.\n'),
]);
const en = buildSourceIndex([
  source('profile.txt', 'The story behind DeepSeek\n\n"DeepSeek was not the chosen one among Chinese AI start-ups," said Matt Sheehan.\n'),
  source('2025-04-16_export-rule.txt', 'The export rule\n\nOn 16 April 2025 Matt Sheehan said the new export rule hits Chinese AI start-ups and DeepSeek hard.\n'),
]);

describe('a name\'s hover quotes first the source of the quotation the draft gives it', () => {
  test('German: „Zur Exportregel sagt Matt Sheehan: „DeepSeek war nicht der Auserwählte …““ shows the quotation\'s sentence first', () => {
    const text = 'Zur Exportregel und den chinesischen KI-Start-ups sagt Matt Sheehan: „DeepSeek war nicht der Auserwählte unter den chinesischen KI-Start-ups.“';
    assert.equal(firstQuoted(de, text), '„DeepSeek war nicht der Auserwählte unter den chinesischen KI-Start-ups“, sagt Matt Sheehan.');
  });
  test('English: "On the export rule …, Matt Sheehan says: “DeepSeek was not the chosen one …”" likewise', () => {
    const text = 'On the export rule and Chinese AI start-ups, Matt Sheehan says: "DeepSeek was not the chosen one among Chinese AI start-ups."';
    assert.equal(firstQuoted(en, text), '"DeepSeek was not the chosen one among Chinese AI start-ups," said Matt Sheehan.');
  });
  test('without a quotation the words in common still rank the sentences, in either language', () => {
    assert.equal(firstQuoted(de, 'Zur Exportregel und den chinesischen KI-Start-ups äußerte sich Matt Sheehan.'), 'Am 16. April 2025 sagte Matt Sheehan, die neue Exportregel treffe die chinesischen KI-Start-ups und DeepSeek hart.');
    assert.equal(firstQuoted(en, 'Matt Sheehan spoke about the export rule and Chinese AI start-ups.'), 'On 16 April 2025 Matt Sheehan said the new export rule hits Chinese AI start-ups and DeepSeek hard.');
  });
});
