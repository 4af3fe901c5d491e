import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { nounLemma, sameNoun } from '../server/src/core/text/sameNoun';
import { bundledIndex } from './support/fixtures';

describe('one noun, inflected or not, and never a synonym', () => {
  test('German: plural and dative forms are their noun', () => {
    assert.equal(sameNoun('Einzeltitel', 'Einzeltiteln'), true);
    assert.equal(sameNoun('Modell', 'Modelle'), true);
    assert.equal(sameNoun('Modelle', 'Modellen'), true);
    assert.equal(sameNoun('Modelle', 'Modells'), true);
    assert.equal(sameNoun('Länder', 'Ländern'), true);
    assert.equal(sameNoun('Version', 'Versionen'), true);
    assert.equal(sameNoun('Monate', 'Monaten'), true);
    assert.equal(sameNoun('Tag', 'Tagen'), true);
    assert.equal(nounLemma('Ländern'), nounLemma('Länder'));
    assert.equal(nounLemma('Modellen'), 'modell');
  });
  test('English: plural forms are their noun', () => {
    assert.equal(sameNoun('postdoc', 'Postdocs'), true);
    assert.equal(sameNoun('company', 'companies'), true);
    assert.equal(sameNoun('articles', 'article'), true);
    assert.equal(sameNoun('boxes', 'box'), true);
    assert.equal(nounLemma('companies'), 'company');
  });
  test('German and English: other nouns, however alike in meaning or letters, are not', () => {
    assert.equal(sameNoun('Versionen', 'Modelle'), false);
    assert.equal(sameNoun('Mitarbeiter', 'Modelle'), false);
    assert.equal(sameNoun('versions', 'models'), false);
    assert.equal(sameNoun('employees', 'staff'), false);
    assert.equal(sameNoun('Titel', 'Einzeltitel'), false);
    assert.equal(sameNoun('model', 'modern'), false);
  });
  test('German: a final „-er“ is the noun\'s own, not a plural ending („Tester“ and „Tests“, „Nutzer“ and „Nutzen“ are two nouns)', () => {
    assert.equal(sameNoun('Tester', 'Tests'), false);
    assert.equal(sameNoun('Arbeiter', 'Arbeiten'), false);
    assert.equal(sameNoun('Nutzer', 'Nutzen'), false);
    assert.equal(sameNoun('Käufer', 'Käufe'), false);
    assert.equal(sameNoun('Mitarbeiter', 'Mitarbeit'), false);
    assert.equal(nounLemma('Tester'), 'tester');
    assert.equal(nounLemma('Nutzern'), 'nutzer');
  });
  test('German: an „-er“ noun in its dative plural and genitive is that noun („Nutzer“, „Nutzern“, „des Testers“)', () => {
    assert.equal(sameNoun('Nutzer', 'Nutzern'), true);
    assert.equal(sameNoun('Mitarbeiter', 'Mitarbeitern'), true);
    assert.equal(sameNoun('Tester', 'Testers'), true);
    assert.equal(sameNoun('Parameter', 'Parametern'), true);
  });
  test('German: a plural in „-er“ is still its noun, alone or as a compound\'s last part („Kinder“, „Bundesländern“, „Mitglieder“)', () => {
    assert.equal(sameNoun('Kind', 'Kinder'), true);
    assert.equal(sameNoun('Kinder', 'Kindern'), true);
    assert.equal(sameNoun('Bundesländer', 'Bundesländern'), true);
    assert.equal(sameNoun('Mitglied', 'Mitglieder'), true);
    assert.equal(sameNoun('Gelder', 'Geld'), true);
    assert.equal(nounLemma('Bundesländern'), 'bundesländ');
  });
  test('English: a final "-er" is the noun\'s own ("testers" and "tests", "workers" and "works" are two nouns; "users" is "user")', () => {
    assert.equal(sameNoun('testers', 'tests'), false);
    assert.equal(sameNoun('workers', 'works'), false);
    assert.equal(sameNoun('users', 'user'), true);
    assert.equal(sameNoun('tester', 'testers'), true);
    assert.equal(nounLemma('workers'), 'worker');
  });
});

describe('a label of an „-er“ noun restates its count, a label of the verb\'s noun does not (draft-inconsistency)', () => {
  const index = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message, f.start]);
  const de = (item: string) => `# Bericht\n\nUnser Shop hatte gestern 120 Käufer.\n\n## Zahlen\n\n${item}\n`;
  const en = (row: string) => `---\nlang: en\n---\n\n# Report\n\nOur blog had 120 readers yesterday.\n\n## Numbers\n\n| Item | Value |\n|---|---|\n${row}\n`;
  test('German: „- Käufe: 400“ counts purchases, not „120 Käufer“; „- Käufer: 140“ contradicts them', () => {
    assert.deepEqual(findings(de('- Käufe: 400')), []);
    assert.deepEqual(findings(de('- Käufer: 140')), [['140', '140 contradicts 120 earlier in this draft.', de('- Käufer: 140').lastIndexOf('140')]]);
    assert.deepEqual(findings(de('- Käufer: 120')), []);
  });
  test('English: "| Reader | 140 |" contradicts "120 readers"; "| Reads | 400 |" counts something else', () => {
    assert.deepEqual(findings(en('| Reader | 140 |')), [['140', '140 contradicts 120 earlier in this draft.', en('| Reader | 140 |').lastIndexOf('140')]]);
    assert.deepEqual(findings(en('| Reads | 400 |')), []);
    assert.deepEqual(findings(en('| Reader | 120 |')), []);
  });
});
