import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extraSource, withSources } from './support/fixtures';
import { assertEachUnchangedBy, assertUnchangedBy, findingTriples as findings } from './support/unchangedByArticles';

// A share's price („Schlusskurs 118,42 $“, "closed the day at $118.42") is a day's value, as a share's move or a market
// value is: another article's closing price of another day is no other value of it.

const earlierClose = extraSource('2025-01-08_chipwerte.txt', 'Chipwerte unter Druck\n\n'
  + 'Am 7. Januar 2025 geriet die Nvidia-Aktie unter Druck. Das Papier schloss 6,2 Prozent tiefer bei 140,14 Dollar.\n\n'
  + 'Nvidia shares came under pressure on January 7, 2025. The stock closed 6.2 percent lower at $140.14.\n');
const withEarlierClose = withSources(earlierClose);


describe('a closing price is the day\'s', () => {
  test('German: „Schlusskurs übrigens 118,42 $“ on 27 January stays unsourced beside 7 January\'s 140,14 Dollar', () => {
    assertUnchangedBy(withEarlierClose, '# Markt am 27. Januar\n\nNvidia fiel um 7,82 Prozent. Schlusskurs übrigens 118,42 $.\n', [
      ['unsourced-figure', '118,42 $', 'No source states 118,42 $.'],
    ]);
  });
  test('English: "Nvidia closed the day at $118.42" on 27 January likewise', () => {
    assertUnchangedBy(withEarlierClose, '# Markets on 27 January\n\nNvidia fell 7.82 percent. Nvidia closed the day at $118.42.\n', [
      ['unsourced-figure', '$118.42', 'No source states $118.42.'],
    ]);
  });
  test('a closing price of the article\'s own day is still borne out or contradicted by it, in either language', () => {
    assert.deepEqual(findings('Am 7. Januar 2025 schloss die Nvidia-Aktie bei 140,14 Dollar.', withEarlierClose), []);
    assert.deepEqual(findings('On January 7, 2025, Nvidia shares closed at $150.', withEarlierClose), [
      ['figure-mismatch', '$150', '$150 contradicts the source, which says $140.14.'],
    ]);
  });
});

describe('what is no share price', () => {
  test('a price per token, a market value lost, a training bill: unchanged by the closing price, in either language', () => {
    assertEachUnchangedBy(withEarlierClose, [
      'DeepSeek verlangt 2,19 Dollar je Million Ausgabe-Tokens.',
      'DeepSeek charges $2.19 per million output tokens.',
      'Die Nvidia-Aktie verlor an einem Tag 589 Milliarden Dollar an Wert.',
      'Nvidia shares lost $589 billion in market value in a single day.',
      'Das Training von R1 kostete 5,6 Millionen Dollar.',
      'The stock fell $10 on Monday.',
    ]);
  });
});

describe('a price target is no price the share closed at', () => {
  const withTarget = withSources(extraSource('2025-01-07_ces.txt', 'Nvidia auf der CES\n\n'
    + 'Am 6. Januar 2025 schloss die Nvidia-Aktie auf einem Rekordhoch. Analyst Stacy Rasgon nennt ein Kursziel von 175 Dollar.\n\n'
    + 'On January 6, 2025, Nvidia shares closed at a record high. Analyst Stacy Rasgon sets a price target of $175.\n'));
  test('German: „Die Nvidia-Aktie schloss bei 118,42 Dollar.“ is not contradicted by a Kursziel of 175 Dollar', () => {
    assert.ok(!findings('Die Nvidia-Aktie schloss bei 118,42 Dollar.\n', withTarget).some(([, , message]) => message.includes('175')));
  });
  test('English: "Nvidia\'s stock closed at $118.42." is not contradicted by a price target of $175', () => {
    assert.ok(!findings('Nvidia\'s stock closed at $118.42.\n', withTarget).some(([, , message]) => message.includes('175')));
  });
});
