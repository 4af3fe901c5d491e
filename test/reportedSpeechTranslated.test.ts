import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanDraft as de, misattributedSpeakers as misattributed } from './support/misattributedSpeakers';

// The sources: „… genau dieses Wissen würde es der Konkurrenz ermöglichen, schnell nachzuziehen, wie Branchenexperte Chetan
// Puttagunta zu Bedenken gibt.“ and Stacy Rasgon's „DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind
// interessant, aber keine Revolution“.
describe('reported speech in English of a German source statement, and a quotation that denies in its second sentence', () => {
  test('English: Puttagunta\'s warning given to Wang or Cao, in the words a translator uses', () => {
    assert.deepEqual(misattributed('According to Zihan Wang, knowing that data and that method would let competitors catch up quickly.'), [['Zihan Wang', 'Chetan Puttagunta']]);
    assert.deepEqual(misattributed('Cao warns that knowing DeepSeek\'s data and method would allow rivals to catch up quickly.'), [['Cao', 'Chetan Puttagunta']]);
  });
  test('German and English: Rasgon\'s „keine Revolution“, denied in the quotation\'s second sentence, given to Altmann', () => {
    assert.deepEqual(misattributed(de('Laut Thomas Altmann sind die Kostenvorteile interessant, aber keine Revolution.')), [['Thomas Altmann', 'Stacy Rasgon']]);
    assert.deepEqual(misattributed('According to Thomas Altmann, DeepSeek used familiar technologies, and its cost advantages were interesting but no revolution.'), [['Thomas Altmann', 'Stacy Rasgon']]);
  });
  test('the quotation\'s first sentence, which denies nothing, reported as another\'s is still Rasgon\'s; denied, it is no one\'s (review51)', () => {
    assert.deepEqual(misattributed(de('Laut Thomas Altmann verwendet DeepSeek bekannte Technologien.')), [['Thomas Altmann', 'Stacy Rasgon']]);
    assert.deepEqual(misattributed('According to Thomas Altmann, DeepSeek does not use familiar technologies.'), []);
  });
  test('the right speaker, or a statement that turns the denial around, stays silent', () => {
    assert.deepEqual(misattributed('According to Chetan Puttagunta, knowing that data and that method would let competitors catch up quickly.'), []);
    assert.deepEqual(misattributed('According to Stacy Rasgon, the cost advantages were interesting but no revolution.'), []);
    assert.deepEqual(misattributed(de('Laut Thomas Altmann sind die Kostenvorteile interessant und eine Revolution.')), []);
  });
});
