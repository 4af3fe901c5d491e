import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { extraSource, withSources } from './support/fixtures';

/** Findings of the name and speaker rules, as [code, words, fix]. */
const nameFindings = (text: string, idx: ReturnType<typeof withSources>) =>
  runRules(analyzeDraft(text, idx), idx)
    .filter((f) => f.code === 'name-spelling' || f.code === 'misattributed-quote')
    .map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
const persons = (idx: ReturnType<typeof withSources>) => idx.names.entries.filter((e) => e.kind === 'person').map((e) => e.canonical);

describe('an adjective capitalised at a sentence start, before a noun, is no given name', () => {
  // Other days' articles: the adjective starts the sentence or the heading, and the sources write it in lower case too.
  const german = extraSource('ausverkauf.txt', [
    'Nvidia im Ausverkauf',
    'Schwache Daten aus der US-Industrie haben am 3. September 2024 einen Ausverkauf ausgelöst. Das 1954 gegründete Unternehmen beschäftigt rund 7.500 Mitarbeiter.',
    'Einzelne Mitarbeiter sollen ihre Pässe abgegeben haben. Händler nannten die schwache Nachfrage und einzelne Gewinnmitnahmen, dazu weitere Verkäufe.',
    'Weitere Artikel zum Thema',
  ].join('\n\n'));
  const english = extraSource('selloff.txt', [
    'Chip stocks slide',
    'Leading Analysts at the bank cut their targets; the leading names fell. Related Coverage from other outlets was scarce, and related shares slid too.',
  ].join('\n\n'));
  const idx = withSources(german, english);

  test('German: „Schwache Daten“, „Einzelne Mitarbeiter“, „Weitere Artikel“ are no persons, so „Damen“ is no misspelt „Daten“', () => {
    assert.deepEqual(persons(idx).filter((p) => /Daten|Mitarbeiter|Artikel/.test(p)), []);
    assert.deepEqual(nameFindings('Meine sehr verehrten Damen und Herren! Die Daten sprechen für sich.', idx), []);
  });
  test('German: „ein ehemaliger Mitarbeiter“ and „im Artikel“ say no quotation, the named speaker does', () => {
    assert.deepEqual(nameFindings('Ein ehemaliger Mitarbeiter, Zihan Wang, fasst dies so zusammen: „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“', idx), []);
    assert.deepEqual(nameFindings('Im Artikel wird Marc Andreessen mit „spektakulärsten Durchbruch, den ich je gesehen habe“ zitiert.', idx), []);
  });
  test('English: "Leading Analysts", "Related Coverage" are no persons, so "Analyst" and "Coverage" name no one', () => {
    assert.deepEqual(persons(idx).filter((p) => /Analysts|Coverage/.test(p)), []);
    assert.deepEqual(nameFindings('Analysts told reporters that coverage was thin. Coverage quoted Marc Andreessen: "Deepseek R1 is one of the most amazing and impressive breakthroughs I\'ve ever seen."', idx).filter(([code]) => code === 'misattributed-quote'), []);
  });
  test('a given name that is no inflected word stays a person, and a real misspelling is still one (German and English)', () => {
    const people = extraSource('people.txt', [
      'Who said what',
      'Rich Sutton said rich labs would spend more. Frank Rose wrote that frank talk was rare.',
      'Jensen Huang sprach in Las Vegas. Ernst Schneider, Analyst bei der Bank, sagte, die Lage sei ernst.',
    ].join('\n\n'));
    const withPeople = withSources(german, people);
    assert.deepEqual(['Rich Sutton', 'Frank Rose', 'Jensen Huang', 'Ernst Schneider'].filter((p) => !persons(withPeople).includes(p)), []);
    assert.deepEqual(nameFindings('Der frühere DeepSeek-Mitarbeiter Zihan Wong sagte das.', withPeople), [['name-spelling', 'Zihan Wong', 'Zihan Wang']]);
    assert.deepEqual(nameFindings('Rich Suton said so.', withPeople), [['name-spelling', 'Rich Suton', 'Rich Sutton']]);
  });
});
