import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// A claim's hover quotes each figure's best source, then the source sentences that say what the whole sentence says,
// then the rest: other articles that state the same day must not push out the one that states the sentence.
/** The source sentences a hover quotes, in its order. */
const quoted = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('> ') && !l.startsWith('> —')).map((l) => l.slice(2).replace(/\*\*/g, ''));

const sameDay = extraSource('2025-01-27_zulieferer.txt', 'Chipausrüster im Sog des DeepSeek-Bebens\n\n'
  + 'Marktbericht vom 27.01.2025, 22:48 Uhr\n\n(Foto: Händler an der Börse in New York)\n\n'
  + 'Auch die Zulieferer der Chipindustrie erlebten am 27. Januar 2025 an der Börse einen der schwärzesten Tage seit Jahren.\n\n'
  + 'Die Aktien der Tokioter Chipzulieferer fielen am Montag, dem 27. Januar 2025, deutlich.\n\n'
  + 'Market report of 27 January 2025, 10:48 pm\n\n(Photo: traders at the New York Stock Exchange)\n\n'
  + 'The suppliers of the chip industry, too, saw one of their blackest days in years on the stock market on 27 January 2025.\n\n'
  + 'Shares of Tokyo chip suppliers fell sharply on Monday, 27 January 2025.\n');
const withSameDay = withSources(sameDay);

function hoverOf(text: string, word: string, index = withSameDay): string[] {
  return quoted(hoverAt(analyzeDraft(text, index), index, text.indexOf(word))!.markdown);
}
// The sources: „Innerhalb weniger Stunden stürzten die Kurse von Branchengrößen wie Nvidia (-7,82 %), Microsoft
// (-3,75 %) und Broadcom (-6,58 %) ab.“
const stating = 'Innerhalb weniger Stunden stürzten die Kurse von Branchengrößen wie Nvidia (-7,82 %), Microsoft (-3,75 %) und Broadcom (-6,58 %) ab.';

// A caption whose names stand in a clause of their own: the date is the sentence's one figure.
const captionDe = '*Abb. 1: Kursveränderungen ausgewählter Technologiewerte am 27.01.2025 in Prozent (eigene Darstellung; Nvidia −7,82,\nBroadcom −6,58, Microsoft −3,75).*';
const captionEn = '*Figure 1: Share moves of selected tech stocks on 27 January 2025 in percent (own chart; Nvidia −7.82,\nBroadcom −6.58, Microsoft −3.75).*';

describe('a claim\'s hover among other articles of its day', () => {
  test('German: a caption „am 27.01.2025 … Nvidia −7,82, Broadcom −6,58, Microsoft −3,75“ quotes the sentence that states the falls', () => {
    assert.ok(hoverOf(captionDe, '−7,82').includes(stating));
    assert.ok(hoverOf(captionDe, '−7,82', bundledIndex()).includes(stating));
  });
  test('English: a caption "on 27 January 2025 … Nvidia −7.82, Broadcom −6.58, Microsoft −3.75" likewise', () => {
    assert.ok(hoverOf(captionEn, '−7.82').includes(stating));
  });
  test('the date\'s own best source still comes first, and a contradicted claim quotes what contradicts it, in either language', () => {
    assert.equal(hoverOf(captionDe, '−7,82')[0], 'Die Aktien der Tokioter Chipzulieferer fielen am Montag, dem 27. Januar 2025, deutlich.');
    for (const text of ['Am 27. Januar 2025 fiel die Aktie von Nvidia um 17 Prozent.', 'On 27 January 2025 Nvidia shares fell 17 percent.']) {
      assert.deepEqual(hoverOf(text, text.slice(0, 2)).slice(0, 1), hoverOf(text, text.slice(0, 2), bundledIndex()).slice(0, 1), text);
    }
  });
});
