import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, hoverLayers } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** The hover on the first character of `words`, as hoverAt gives it and as the server's layers give it. */
function hoverOn(text: string, words: string): { markdown: string; range: string; layered: string } {
  const draft = analyzeDraft(text, index);
  const at = text.indexOf(words);
  const hover = hoverAt(draft, index, at)!;
  const layered = hoverLayers(draft, index, []).map((layer) => layer.find((h) => h.start <= at && at < h.end)).find(Boolean)!;
  return { markdown: hover.markdown, range: text.slice(hover.start, hover.end), layered: layered.markdown };
}

describe('the hover on a wrongly named speaker shows the quotation\'s source and its real speaker', () => {
  test('German: „…“, sagte Marc Andreessen — the hover names Stacy Rasgon and quotes the source sentence', () => {
    const h = hoverOn('---\nlang: de\n---\n\n„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.', 'Marc Andreessen');
    assert.equal(h.range, 'Marc Andreessen');
    assert.match(h.markdown, /^\*\*Quotation\*\* by \*\*Stacy Rasgon\*\*/);
    assert.ok(h.markdown.includes('**Die Kostenvorteile sind interessant, aber keine Revolution**'), h.markdown);
    assert.equal(h.layered, h.markdown);
  });
  test('English: Zihan Wang said: "…" (a translation) — the hover names Matt Sheehan and quotes the source sentence', () => {
    const h = hoverOn('Zihan Wang said export controls had "pushed Chinese companies into a corner where they have to use their limited computing resources far more efficiently."', 'Zihan Wang');
    assert.equal(h.range, 'Zihan Wang');
    assert.match(h.markdown, /^\*\*Quotation\*\* by \*\*Matt Sheehan\*\*/);
    assert.ok(h.markdown.includes('in eine Ecke gedrängt'), h.markdown);
    assert.equal(h.layered, h.markdown);
  });
  test('the right speaker keeps the hover of the name (de, en)', () => {
    const de = hoverOn('---\nlang: de\n---\n\n„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Stacy Rasgon.', 'Stacy Rasgon');
    assert.match(de.markdown, /^\*\*Stacy Rasgon\*\* \(person\)/);
    assert.equal(de.range, 'Stacy Rasgon');
    assert.equal(de.layered, de.markdown);
    const en = hoverOn('Matt Sheehan said export controls had "pushed Chinese companies into a corner where they have to use their limited computing resources far more efficiently."', 'Matt Sheehan');
    assert.match(en.markdown, /^\*\*Matt Sheehan\*\* \(person\)/);
    assert.equal(en.layered, en.markdown);
  });
  test('a name beside a quotation it does not speak keeps the hover of the name', () => {
    const h = hoverOn('Marc Andreessen war anderer Meinung. Stacy Rasgon sagte: „Die Kostenvorteile sind interessant, aber keine Revolution.“', 'Marc Andreessen');
    assert.match(h.markdown, /^\*\*Marc Andreessen\*\* \(person\)/);
  });
});
