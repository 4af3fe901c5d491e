import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Each date and scale finding as [underlined words, where they start, fix], with the draft's language. */
const fixes = (text: string) => {
  const draft = analyzeDraft(text, index);
  const found = runRules(draft, index).filter((f) => f.code === 'date-mismatch' || f.code === 'scale-mismatch');
  return { language: draft.language, fixes: found.map((f) => [text.slice(f.start, f.end), f.start, f.fix?.newText]) };
};
const at = (text: string, words: string, from = 0) => text.indexOf(words, from);

const ENGLISH_PAGE =
  'This is the English page of the knowledge base, and the people who read it are the ones who write the news for the desk. ' +
  'It has been checked by the team, and the tab below is for the readers of the page who would like to have it in their own language.\n\n';

describe('a fix is written in the language of the figure\'s own words, not of the document', () => {
  test('the digits keep the decimal mark the draft gave them: „8,72 percent“ → „7,82 percent“, "$6.5 Millionen" → "$5.6 Millionen"', () => {
    const warned = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.severity !== 'information').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(warned('Nvidia verlor am 27. Januar 2025 deutlich an Wert, und die Anleger waren nervös.\n\nNvidia lost 8,72 percent on January 27, 2025.\n'), [['8,72 percent', '7,82 percent']]);
    assert.deepEqual(warned(ENGLISH_PAGE + 'Training R1 cost $6.5 Millionen, the German tab says.\n'), [['$6.5 Millionen', '$5.6 Millionen']]);
    assert.deepEqual(warned('Das Training von DeepSeek R1 kostete 6,5 million Dollar, sagt der Text.\n'), [['6,5 million Dollar', '5,6 million Dollar']]);
  });
  test('German tab of an English page: „Juni 2023“ → „Juli 2023“, „500-Millionen-Dollar“ → „500-Milliarden-Dollar“, „5,6 Milliarden“ → „5,6 Millionen“', () => {
    const text = ENGLISH_PAGE + '## Deutsch\n\nDeepSeek wurde im Juni 2023 in Hangzhou gegründet. Die USA antworten mit Project Stargate, einer 500-Millionen-Dollar-Initiative.\n\n' +
      '- Das Training kostete 5,6 Milliarden Dollar.\n';
    assert.deepEqual(fixes(text), {
      language: 'en',
      fixes: [['Juni 2023', at(text, 'Juni 2023'), 'Juli 2023'], ['500-Millionen-Dollar', at(text, '500-Millionen-Dollar'), '500-Milliarden-Dollar'],
        ['5,6 Milliarden Dollar', at(text, '5,6 Milliarden Dollar'), '5,6 Millionen Dollar']],
    });
  });
  test('English paragraph in a German draft: "June 2023" → "July 2023", "$500 million" → "$500 billion"; the German figures keep German fixes', () => {
    const text = 'DeepSeek wurde in Hangzhou gegründet, das Modell R1 erschütterte die Börse. Das ist eine deutsche Seite mit vielen deutschen Wörtern und der Text ist lang.\n\n' +
      '> DeepSeek was founded in June 2023 in Hangzhou. The US answered with Project Stargate, a $500 million initiative.\n\n' +
      'DeepSeek wurde im Juni 2023 gegründet. Stargate ist eine 500-Millionen-Dollar-Initiative.\n';
    assert.deepEqual(fixes(text), {
      language: 'de',
      fixes: [['June 2023', at(text, 'June 2023'), 'July 2023'], ['$500 million', at(text, '$500 million'), '$500 billion'],
        ['Juni 2023', at(text, 'Juni 2023'), 'Juli 2023'], ['500-Millionen-Dollar', at(text, '500-Millionen-Dollar'), '500-Milliarden-Dollar']],
    });
  });
  test('an emoji before the figure: "📉 In June 2023" in a German draft, „🚀 Juni 2023“ in an English one', () => {
    const german = 'DeepSeek wurde in Hangzhou gegründet, das Modell R1 erschütterte die Börse. Das ist eine deutsche Seite mit vielen deutschen Wörtern.\n\n📉 In June 2023 DeepSeek was founded.\n';
    assert.deepEqual(fixes(german), { language: 'de', fixes: [['June 2023', at(german, 'June 2023'), 'July 2023']] });
    const english = ENGLISH_PAGE + '| Tab | Text |\n|---|---|\n| Deutsch | 🚀 Juni 2023 wurde DeepSeek gegründet. |\n';
    assert.deepEqual(fixes(english), { language: 'en', fixes: [['Juni 2023', at(english, 'Juni 2023'), 'Juli 2023']] });
  });
});

describe('a date written in numbers is fixed in its own shape', () => {
  test('ISO "2025-01-28" → "2025-01-27" (not "2025-27-28"), "2025-02-27" → "2025-01-27"; dotted „28.02.2025“ → „27.01.2025“', () => {
    const text = ENGLISH_PAGE + 'The sell-off on 2025-01-28 hit Nvidia (-7.82%).\n\n## Changelog\n\n- **2025-02-27**: Nvidia fell 7.82%.\n';
    assert.deepEqual(fixes(text), { language: 'en', fixes: [['2025-01-28', at(text, '2025-01-28'), '2025-01-27'], ['2025-02-27', at(text, '2025-02-27'), '2025-01-27']] });
    const german = 'Am 28.02.2025 fiel Nvidia um 7,82 %, die Aktie von Microsoft fiel am 2025-01-28 um 3,75 %. Das ist eine deutsche Seite.\n';
    assert.deepEqual(fixes(german), { language: 'de', fixes: [['28.02.2025', at(german, '28.02.2025'), '27.01.2025'], ['2025-01-28', at(german, '2025-01-28'), '2025-01-27']] });
  });
  test('slashed dates keep their order: "02/27/2025" → "01/27/2025", "28/01/2025" → "27/01/2025"', () => {
    const text = ENGLISH_PAGE + 'On 02/27/2025 Nvidia fell 7.82% and on 28/01/2025 Microsoft fell 3.75%.\n';
    assert.deepEqual(fixes(text), { language: 'en', fixes: [['02/27/2025', at(text, '02/27/2025'), '01/27/2025'], ['28/01/2025', at(text, '28/01/2025'), '27/01/2025']] });
  });
});
