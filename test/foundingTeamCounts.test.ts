import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: Liang founded High-Flyer in 2015 „gemeinsam mit zwei weiteren Ingenieuren“, a team of three.
const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}), message: f.message }));
}
const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');

const TEAM = 'the source, which says 1 + zwei = 3.';

describe('a whole founding team counts the one and the others together: „mit zwei weiteren Ingenieuren“ makes three founders', () => {
  test('German: „vier Gründer“ is wrong, fixed to drei; „drei Gründer“, „von drei Ingenieuren gegründet“ and „das Gründerteam bestand aus drei Leuten“ are right', () => {
    assert.deepEqual(findings('Liang gründete 2015 mit zwei weiteren Ingenieuren High-Flyer; der Fonds hatte also vier Gründer.'), [{ code: 'figure-mismatch', text: 'vier', fix: 'drei', message: `vier contradicts ${TEAM}` }]);
    assert.deepEqual(findings('Der Hedgefonds High-Flyer hatte drei Gründer.'), []);
    assert.deepEqual(findings('High-Flyer wurde 2015 von drei Ingenieuren gegründet.'), []);
    assert.deepEqual(findings('Der Fonds High-Flyer wurde 2015 gegründet, von drei Ingenieuren.'), []);
    assert.deepEqual(findings('Liang gründete 2015 mit zwei weiteren Ingenieuren den Hedgefonds High-Flyer; das Gründerteam bestand also aus drei Leuten.'), []);
    assert.deepEqual(findings('Der Fonds High-Flyer wurde 2015 gegründet, von vier Ingenieuren.'), [{ code: 'figure-mismatch', text: 'vier', fix: 'drei', message: `vier contradicts ${TEAM}` }]);
  });
  test('English: "four founders in all" and "founded by four engineers" are wrong, fixed to three; "three founders", "one of three founders" are right', () => {
    assert.deepEqual(findings('Liang set up High-Flyer with two other engineers, a firm with four founders in all.'), [{ code: 'figure-mismatch', text: 'four', fix: 'three', message: `four contradicts ${TEAM}` }]);
    assert.deepEqual(findings('High-Flyer was founded in 2015 by four engineers.'), [{ code: 'figure-mismatch', text: 'four', fix: 'three', message: `four contradicts ${TEAM}` }]);
    assert.deepEqual(findings('High-Flyer had two founders.'), [{ code: 'figure-mismatch', text: 'two', fix: 'three', message: `two contradicts ${TEAM}` }]);
    assert.deepEqual(findings('High-Flyer had three founders.'), []);
    assert.deepEqual(findings('High-Flyer was founded in 2015 by three engineers.'), []);
    assert.deepEqual(findings('Liang, who is 40, co-founded the hedge fund High-Flyer in 2015 with two other engineers, which makes him one of three founders.'), []);
    assert.deepEqual(findings("High-Flyer's founding team was made up of three engineers."), []);
  });
  test('the others beside the founder stay two: „mit drei weiteren Ingenieuren“, "he and three other engineers" are fixed to zwei/two', () => {
    assert.deepEqual(warnings('Mit drei weiteren Ingenieuren gründete Liang den Hedgefonds High-Flyer.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', 'drei', 'zwei']]);
    assert.deepEqual(warnings('In 2015 he and three other engineers started a hedge fund called High-Flyer.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', 'three', 'two']]);
    assert.deepEqual(warnings('Liang gründete High-Flyer 2015 gemeinsam mit zwei weiteren Ingenieuren.'), []);
    assert.deepEqual(warnings('In 2015 Liang and two other engineers started High-Flyer.'), []);
  });
  test('a count of some founders is no count of the team: „Zwei der Gründer“, „Zwei Gründer … sprachen“, "two of the founders" stay unsourced', () => {
    assert.deepEqual(warnings('Zwei der Gründer von High-Flyer waren Mathematiker.'), []);
    assert.deepEqual(warnings('Zwei Gründer von High-Flyer sprachen auf dem Podium.'), []);
    assert.deepEqual(warnings('Two of the founders of High-Flyer studied at Zhejiang University.'), []);
    assert.deepEqual(warnings('Two High-Flyer founders attended the meeting.'), []);
  });

  // Only the named company's own team is one: founders no source names are someone else's, whoever meets or backs them.
  test('founders of others stay unsourced: „Start-ups mit zwei Gründern“, "two founders of rival AI start-ups", Mistral AI\'s, Nvidia\'s', () => {
    assert.deepEqual(warnings('Liang Wenfeng investiert in Start-ups mit zwei Gründern.'), []);
    assert.deepEqual(warnings('High-Flyer-Gründer Liang investiert in Start-ups mit zwei Gründern.'), []);
    assert.deepEqual(warnings('Liang Wenfeng met with two founders of rival AI start-ups in Beijing.'), []);
    assert.deepEqual(warnings('DeepSeek met with two founders of rival start-ups.'), []);
    assert.deepEqual(warnings('Mistral AI had three founders.'), []);
    assert.deepEqual(warnings('Nvidia had three founders.'), []);
    assert.deepEqual(warnings('Liang gründete High-Flyer mit zwei weiteren Ingenieuren. Mistral hatte vier Gründer.'), []);
    assert.deepEqual(warnings('High-Flyer hatte drei Gründer; Moonshot hatte vier Gründer.'), []);
    assert.deepEqual(warnings('High-Flyer had three founders; Moonshot had four founders.'), []);
  });
  test('a total of other things is still compared as before: „insgesamt 1500 KI-Modelle“ contradicts the 1328', () => {
    assert.deepEqual(warnings('Weltweit gibt es insgesamt 1500 KI-Modelle.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', '1500', '1328']]);
    assert.deepEqual(warnings('---\nlang: en\n---\n\nThe world has 1,500 AI models in total.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', '1,500', '1,328']]);
  });
});
