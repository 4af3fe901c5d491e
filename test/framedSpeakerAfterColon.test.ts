import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const speakers = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

describe('a frame of saying after the quotation, after a colon or a dash, with the person right after its verb', () => {
  test('German: „„…“: So beschreibt Stacy Rasgon, was …“ and „„…“ – so sieht Matt Sheehan die Lage“', () => {
    assert.deepEqual(speakers('---\nlang: de\n---\n\n„Angst vor dem Fall des US-Monopols“: So beschreibt Stacy Rasgon von Bernstein Research, was die Anleger umtrieb.'), [['Stacy Rasgon', 'Thomas Altmann']]);
    assert.deepEqual(speakers('---\nlang: de\n---\n\n„Weckruf für unsere Industrien“ – so sieht Matt Sheehan die Lage.'), [['Matt Sheehan', 'Donald Trump']]);
  });
  test('English draft quoting the German with the German frame: the person after „so beschreibt“ speaks', () => {
    assert.deepEqual(speakers('Newsletter, German edition: „Angst vor dem Fall des US-Monopols“: so beschreibt Stacy Rasgon den Montag.'), [['Stacy Rasgon', 'Thomas Altmann']]);
  });
  test('the right speaker, "so" without a verb of saying, or English "so" raise nothing (de, en)', () => {
    assert.deepEqual(speakers('---\nlang: de\n---\n\n„Angst vor dem Fall des US-Monopols“: So beschreibt Thomas Altmann, was die Anleger umtrieb.'), []);
    assert.deepEqual(speakers('---\nlang: de\n---\n\n„Weckruf für unsere Industrien“ – so stand es über Liang Wenfeng in der Zeitung.'), []);
    assert.deepEqual(speakers('"A wake-up call for our industries": so Marc Andreessen was wrong about who said it.'), []);
  });
});
