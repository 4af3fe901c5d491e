import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const speakers = (text: string) => analyzeDraft(text, index).quotations.map((q) => q.speaker?.text);

const EN = '---\nlang: en\n---\n\n';

describe('a feed line\'s label names its speaker, whatever the line before it ends with', () => {
  test('English: the second stamped line\'s "ANDREESSEN:" speaks, not NVIDIA on the line before; Trump\'s words are misattributed', () => {
    const text = `${EN}11:02 *NVIDIA FALLS 17% IN EARLY TRADE\n11:03 *ANDREESSEN: DEEPSEEK IS A 'WAKE-UP CALL FOR OUR INDUSTRIES'\n`;
    assert.deepEqual(speakers(text), ['ANDREESSEN']);
    assert.deepEqual(findings(text), [{ code: 'misattributed-quote', text: 'ANDREESSEN', fix: 'Donald Trump' }]);
  });

  test('English: a line that quotes Andreessen himself before it does not hide the second label', () => {
    const text = `${EN}11:02 *ANDREESSEN CALLS R1 'MOST SPECTACULAR BREAKTHROUGH' HE HAS SEEN\n11:03 *ANDREESSEN: DEEPSEEK IS A 'WAKE-UP CALL FOR OUR INDUSTRIES'\n`;
    assert.deepEqual(speakers(text), ['ANDREESSEN', 'ANDREESSEN']);
    assert.deepEqual(findings(text), [{ code: 'misattributed-quote', text: 'ANDREESSEN', fix: 'Donald Trump' }]);
  });

  test('the true speaker stays silent (German and English)', () => {
    assert.deepEqual(findings(`${EN}11:02 *NVIDIA SHARES FALL IN EARLY TRADE\n11:03 *TRUMP: DEEPSEEK IS A 'WAKE-UP CALL FOR OUR INDUSTRIES'\n`), []);
    assert.deepEqual(findings('11:02 *NVIDIA FÄLLT IM FRÜHEN HANDEL\n11:03 *TRUMP: DEEPSEEK IST EIN ‚WECKRUF FÜR UNSERE INDUSTRIEN‘\n'), []);
  });

  test('German: „ANDREESSEN:“ after a line ending in a shouted word speaks', () => {
    const text = '11:02 *NVIDIA FÄLLT IM FRÜHEN HANDEL\n11:03 *ANDREESSEN: DEEPSEEK IST EIN ‚WECKRUF FÜR UNSERE INDUSTRIEN‘\n';
    assert.deepEqual(speakers(text), ['ANDREESSEN']);
    assert.deepEqual(findings(text), [{ code: 'misattributed-quote', text: 'ANDREESSEN', fix: 'Donald Trump' }]);
  });

  test('a given name one space before a near miss is still another person\'s: "Thomas Andreesen" is no misspelt Marc Andreessen', () => {
    assert.deepEqual(speakers(`${EN}Thomas Andreesen called it 'a wake-up call for our industries'.\n`), [undefined]);
  });
});

// The sources name Thomas Altmann; "Sam Altman" is someone else. A given name is his wherever the writer's line wraps
// between it and the surname, or emphasis marks stand around one of them: only a feed's next line (its stamp or star)
// ends the name before.
const nameFindings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'name-spelling').map((f) => text.slice(f.start, f.end));

describe('a name wrapped across lines stays one name', () => {
  test('English: "OpenAI chief Sam\\nAltman praised R1." is no misspelt Altmann, nor in a block quote or a list item', () => {
    assert.deepEqual(nameFindings(`${EN}OpenAI chief Sam\nAltman praised R1.\n`), []);
    assert.deepEqual(nameFindings(`${EN}> OpenAI chief Sam\n> Altman praised R1.\n`), []);
    assert.deepEqual(nameFindings(`${EN}- OpenAI chief Sam\n  Altman praised R1.\n`), []);
    assert.deepEqual(nameFindings(`${EN}OpenAI chief Sam\r\nAltman praised R1.\n`), []);
  });

  test('German: „OpenAI-Chef Sam\\nAltman lobte R1.“ and „Sam _Altman_“ are no misspelt Altmann', () => {
    assert.deepEqual(nameFindings('OpenAI-Chef Sam\nAltman lobte R1.\n'), []);
    assert.deepEqual(nameFindings('> OpenAI-Chef Sam\n> Altman lobte R1.\n'), []);
    assert.deepEqual(nameFindings('OpenAI-Chef Sam _Altman_ lobte R1.\n'), []);
  });

  test('a no-break space, `&nbsp;` or a table cell\'s `<br>` between the names keeps them one name (English and German)', () => {
    assert.deepEqual(nameFindings(`${EN}OpenAI's chief executive Sam\u00a0Altman called R1 impressive.\n`), []);
    assert.deepEqual(nameFindings('OpenAI-Chef Sam\u202fAltman nannte R1 beeindruckend.\n'), []);
    assert.deepEqual(nameFindings(`${EN}OpenAI chief Sam&nbsp;Altman praised R1.\n`), []);
    assert.deepEqual(nameFindings(`${EN}| Who | Said |\n|---|---|\n| Sam<br>Altman | R1 is impressive |\n`), []);
    assert.deepEqual(nameFindings('| Wer | Was |\n|---|---|\n| Sam<br/>Altman | R1 ist beeindruckend |\n'), []);
    assert.deepEqual(nameFindings(`${EN}OpenAI chief Sam<br>\nAltman praised R1.\n`), []);
    assert.deepEqual(nameFindings('OpenAI-Chef Sam<br/>\nAltman lobte R1.\n'), []);
  });

  test('the known given name so wrapped still shows a misspelt surname: "Marc\\nAndreesen", „Marc\\nAndreesen“', () => {
    assert.deepEqual(nameFindings(`${EN}The investor Marc\nAndreesen called R1 a breakthrough.\n`), ['Andreesen']);
    assert.deepEqual(nameFindings('Der Investor Marc\nAndreesen nannte R1 einen Durchbruch.\n'), ['Andreesen']);
  });

  test('a feed\'s next line marked by a star alone ends the line before: "*ANDREESSEN:" speaks', () => {
    const text = `${EN}*NVIDIA FALLS 17% IN EARLY TRADE\n*ANDREESSEN: DEEPSEEK IS A 'WAKE-UP CALL FOR OUR INDUSTRIES'\n`;
    assert.deepEqual(speakers(text), ['ANDREESSEN']);
    assert.deepEqual(findings(text), [{ code: 'misattributed-quote', text: 'ANDREESSEN', fix: 'Donald Trump' }]);
  });
});
