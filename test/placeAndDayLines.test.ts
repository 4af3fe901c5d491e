import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extraSource, withSources } from './support/fixtures';
import { assertUnchangedBy, findingTriples } from './support/unchangedByArticles';
import { isPlaceAndDayLine } from '../server/src/core/facts/piecesOwnDate';
import type { Fact } from '../server/src/core/facts/fact';
import type { Figure } from '../server/src/core/types';

// An article of the day a session is held, which dates other companies' news and Nvidia's fall to it.
const sessionDay = withSources(extraSource('2025-01-29_rivals.txt', 'Rivals answer DeepSeek\n\nOn Wednesday, January 29, 2025, Alibaba released Qwen2.5-Max. Am 29. Januar 2025 fiel die Nvidia-Aktie um 4,1 Prozent.\n'));

describe('a line of nothing but a place and a day is where and when the piece was held or written, which no source states', () => {
  test('German: „**Mittwoch, 29. Januar 2025 – Straßburg**“ over a debate stays unsourced beside an article of that day', () => {
    assertUnchangedBy(sessionDay, '# Aussprache im Plenum\n\n**Mittwoch, 29. Januar 2025 – Straßburg**\n\nDie Abgeordneten sprachen über DeepSeek und die Folgen für Europa.\n', [['unsourced-figure', '29. Januar 2025', 'No source states 29. Januar 2025.']]);
  });
  test('German: a letter\'s „Berlin, den 29. Januar 2025“ stays unsourced beside an article of that day', () => {
    assertUnchangedBy(sessionDay, '# Brief an die Mitglieder\n\nBerlin, den 29. Januar 2025\n\nLiebe Mitglieder, wir haben über DeepSeek beraten.\n', [['unsourced-figure', '29. Januar 2025', 'No source states 29. Januar 2025.']]);
  });
  test('English: "**Wednesday, January 29, 2025 — Strasbourg**" over a debate stays unsourced beside an article of that day', () => {
    assertUnchangedBy(sessionDay, '# Plenary debate\n\n**Wednesday, January 29, 2025 — Strasbourg**\n\nMembers debated DeepSeek and what it means for Europe.\n', [['unsourced-figure', 'January 29, 2025', 'No source states January 29, 2025.']]);
  });
  test('English: a letter\'s "London, 29 January 2025" stays unsourced beside an article of that day', () => {
    assertUnchangedBy(sessionDay, '# Letter to our members\n\nLondon, 29 January 2025\n\nDear members, we have discussed DeepSeek.\n', [['unsourced-figure', '29 January 2025', 'No source states 29 January 2025.']]);
  });
  test('German and English: a day that opens a line with no place ("Montag, 27. Januar 2025.", "January 27, 2025. A Monday.") is still the day the sources report', () => {
    assert.deepEqual(findingTriples('# Rückblick\n\nMontag, 27. Januar 2025.\n\nNvidia verlor an diesem Tag 7,82 Prozent.\n'), []);
    assert.deepEqual(findingTriples('# Looking back\n\nJanuary 27, 2025. A Monday.\n\nNvidia lost 7.82 percent that day.\n'), []);
  });
});

/** The fact of the date `date` in `text`, naming `entities`. */
const dateFact = (text: string, date: string, entities: string[] = [], places: string[] = []) =>
  ({ figure: { kind: 'date', date: { day: 29, month: 1, year: 2025 }, start: text.indexOf(date), end: text.indexOf(date) + date.length } as Figure, entities, places, attributes: [] }) as unknown as Fact;
const placeAndDay = (text: string, date: string, entities?: string[], places?: string[]) => isPlaceAndDayLine(dateFact(text, date, entities, places), text);

describe('place-and-day lines in the shapes letters and minutes write them, and shapes that are none', () => {
  test('German and English: the place before the day or after it, set off by a comma or a dash', () => {
    assert.equal(placeAndDay('Straßburg, 29. Januar 2025', '29. Januar 2025'), true);
    assert.equal(placeAndDay('Berlin, Mittwoch, den 29. Januar 2025', '29. Januar 2025', ['Berlin'], ['Berlin']), true);
    assert.equal(placeAndDay('January 29, 2025, New York', 'January 29, 2025'), true);
  });
  test('German and English: a name the draft knows is whose day it is, and a line that goes on tells what happened', () => {
    assert.equal(placeAndDay('Nvidia, 29. Januar 2025', '29. Januar 2025', ['Nvidia']), false);
    assert.equal(placeAndDay('Nvidia, January 29, 2025', 'January 29, 2025', ['Nvidia']), false);
    assert.equal(placeAndDay('Straßburg, 29. Januar 2025: Das Parlament debattiert', '29. Januar 2025'), false);
    assert.equal(placeAndDay('January 29, 2025 — Alibaba released Qwen2.5-Max', 'January 29, 2025'), false);
  });
});
