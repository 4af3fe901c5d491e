import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { findQuotes } from '../server/src/core/quotes/findQuotes';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.inner.start, q.inner.end));

describe("a quotation in single marks ('…', ‘…’, ‚…‘) is a quotation", () => {
  test("a wire headline's quotation in capitals is credited to its speaker (en)", () => {
    assert.deepEqual(findings("11:03 *ANDREESSEN: DEEPSEEK IS A 'WAKE-UP CALL FOR OUR INDUSTRIES'"), [
      { code: 'misattributed-quote', text: 'ANDREESSEN', fix: 'Donald Trump' },
    ]);
    assert.deepEqual(findings("11:03 *TRUMP: DEEPSEEK IS A 'WAKE-UP CALL FOR OUR INDUSTRIES'"), []);
  });
  test('British English: a quotation in curly single marks is credited to its speaker; the right one raises nothing', () => {
    assert.deepEqual(findings('Marc Andreessen called R1 ‘a wake-up call for our industries’.'), [
      { code: 'misattributed-quote', text: 'Marc Andreessen', fix: 'Donald Trump' },
    ]);
    assert.deepEqual(findings("Donald Trump called the development 'a wake-up call for our industries'."), []);
  });
  test('German: a quotation in ‚…‘ is read as one in „…“, one word too', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\nMatt Sheehan nannte es einen ‚Weckruf für unsere Industrien‘.'), [
      { code: 'misattributed-quote', text: 'Matt Sheehan', fix: 'Donald Trump' },
    ]);
    assert.deepEqual(quoted('Andreessen sprach von einem ‚Weckruf‘.'), ['Weckruf']);
  });
  test("two quotations in single marks in one sentence are two, each with its speaker, though the first ends in s'", () => {
    const text = "Sam Altman spoke of 'new competitors' and Marc Andreessen of 'a wake-up call for our industries'.";
    assert.deepEqual(quoted(text), ['new competitors', 'a wake-up call for our industries']);
    assert.deepEqual(findings(text), [{ code: 'misattributed-quote', text: 'Marc Andreessen', fix: 'Donald Trump' }]);
  });
  test('apostrophes quote nothing: a genitive, a plural possessive, a decade, "rock \'n\' roll", a lone word', () => {
    assert.deepEqual(quoted("DeepSeek's model and the investors' money in the '90s: rock 'n' roll, 'wow'."), []);
    assert.deepEqual(quoted('DeepSeek’s model and Nvidia’s chips.'), []);
  });
  test("a plural's apostrophe inside a quotation does not close it; a quotation wrapped over two lines is whole", () => {
    assert.deepEqual(quoted("He said 'the investors' fears are overdone' on Monday."), ["the investors' fears are overdone"]);
    assert.deepEqual(quoted("He called it 'a game of chips' and moved on."), ['a game of chips']);
    assert.deepEqual(quoted("Trump called it 'a wake-up call\nfor our industries' that day."), ['a wake-up call\nfor our industries']);
  });
  test('single marks inside a double quotation stay part of it', () => {
    assert.deepEqual(quoted('Sheehan: "They called it \'the chosen one\' back then."'), ["They called it 'the chosen one' back then."]);
  });
});
