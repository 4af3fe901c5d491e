import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nounLemma, sameNoun } from '../server/src/core/text/sameNoun';

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
});
