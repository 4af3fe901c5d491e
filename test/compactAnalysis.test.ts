import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, clearParseCache, runRules, type SourceIndex } from '../server/src/core';
import { DEFAULT_SETTINGS } from '../server/src/node/settings';
import type { BlockReading } from '../server/src/core/analysis/blockResults';
import { bundledIndex } from './support/fixtures';

/**
 * A large draft's analysis is kept between checks (the check worker's memory): what it keeps by the ten thousand must
 * not cost an object each where one shared object says the same. An empty list is the one frozen empty list (a push to
 * it fails at once instead of filling another owner's), and a figure's or sentence's concepts are one Set per distinct
 * content. The findings are those of the analysis as it was.
 */
const DRAFTS = {
  de: [
    '# Ein Abend im Stadtarchiv',
    '',
    'Die Leserinnen kamen früh. Der Saal war voll, die Stimmung gelöst.',
    '',
    'Die Renovierung kostete 4,2 Millionen Euro. Der Anbau kostete 1,9 Millionen Euro.',
    '',
  ].join('\n'),
  en: [
    '# An evening at the city archive',
    '',
    'The readers came early. The hall was full and the mood was relaxed.',
    '',
    'The renovation cost $4.2 million. The new wing cost $1.9 million.',
    '',
  ].join('\n'),
};

describe('kept analysis shares what is the same', () => {
  for (const [language, text] of Object.entries(DRAFTS) as Array<['de' | 'en', string]>) {
    test(`${language}: sentences without figures share one frozen empty list of facts and matches`, () => {
      const analysis = analyzeDraft(text, bundledIndex(), language);
      const bare = analysis.sentences.filter((s) => s.facts.figures.length === 0);
      assert.equal(bare.length, 3, bare.map((s) => s.sentence.text).join(' | '));
      for (const s of bare) {
        assert.equal(s.figureFacts, bare[0].figureFacts);
        assert.equal(s.matches, bare[0].matches);
        assert.equal(s.facts.figures, bare[0].facts.figures);
      }
      assert.ok(Object.isFrozen(bare[0].figureFacts));
      assert.throws(() => (bare[0].figureFacts as unknown[]).push(1), TypeError);
      // Blocks without names or figures: the heading and the first paragraph.
      const [heading, first] = analysis.blocks!;
      assert.equal(heading.figures, first.figures);
      assert.equal(heading.names, first.names);
    });

    test(`${language}: two sums said alike share their concepts, and no conflicts is the shared empty list`, () => {
      const analysis = analyzeDraft(text, bundledIndex(), language);
      const [a, b] = analysis.figures;
      assert.deepEqual([a.figure.text, b.figure.text], language === 'de' ? ['4,2 Millionen Euro', '1,9 Millionen Euro'] : ['$4.2 million', '$1.9 million']);
      assert.equal(a.figure.localConcepts, b.figure.localConcepts);
      assert.deepEqual([...a.figure.localConcepts], ['cost']);
      assert.equal(a.match.conflicts, b.match.conflicts);
      assert.ok(Object.isFrozen(a.match.conflicts));
      // What the rules find of them is unchanged: each sum is unsourced, with its own range.
      const findings = runRules(analysis, bundledIndex(), DEFAULT_SETTINGS.rules).map((f) => [f.code, text.slice(f.start, f.end), f.related.length]);
      assert.deepEqual(findings, [['unsourced-figure', a.figure.text, 0], ['unsourced-figure', b.figure.text, 0]]);
    });
  }
});

/** A source index no other test has used: its caches know nothing. */
const freshIndex = () => buildSourceIndex(bundledIndex().sources.map((s) => s.input));
const found = (text: string, index: SourceIndex) => runRules(analyzeDraft(text, index), index, {}, 'en').map((f) => `${f.code} ${text.slice(f.start, f.end)} ${f.message}`);

/**
 * `draft-inconsistency` keeps a filed figure's links to the bucket states after it as a short list, and as a Map once it
 * has more than eight: a later figure whose earlier one is edited a dozen times gets a link per edit.
 */
const RESTATED = {
  de: (n: number) => `Das Start-up DeepSeek hat ${n} Mitarbeiter.\n\nEin Jahr später hat DeepSeek 200 Mitarbeiter, sagt die Firma.`,
  en: (n: number) => `The start-up DeepSeek has ${n} employees.\n\nA year later DeepSeek has 200 employees, the company says.`,
};

describe('a figure filed again after each of a dozen edits before it', () => {
  for (const [language, draftWith] of Object.entries(RESTATED)) {
    test(`${language}: each check finds what a fresh check finds`, () => {
      const index = freshIndex();
      for (let k = 0; k < 12; k++) {
        const text = draftWith(161 + k);
        const kept = found(text, index);
        clearParseCache();
        assert.deepEqual(kept, found(text, freshIndex()), `edit ${k + 1}`);
      }
      // Back to an earlier value: the link of that state is found again.
      assert.deepEqual(found(draftWith(161), index), found(draftWith(161), freshIndex()));
    });
  }
});

/**
 * A block's reading keeps the carrier's state before the block was opened, which is the state after the block before
 * (one object for both), and how it was opened; the state it was read in is derived from those when they differ. A list
 * item under a dated lead line takes the lead's day; the same words as a paragraph do not: the same state before, opened
 * otherwise, is read again.
 */
const OPENED = {
  de: (item: boolean, word = 'ein') => `Der Markt brach ${word}.\n\nDie Kursverluste am 28. Januar 2025 im Überblick:\n\n${item ? '- ' : ''}Nvidia verlor 7,82 Prozent.\n\nMicrosoft verlor 3,75 Prozent.\n`,
  en: (item: boolean, word = 'crashed') => `The market ${word}.\n\nThe losses on 28 January 2025 at a glance:\n\n${item ? '- ' : ''}Nvidia lost 7.82 percent.\n\nMicrosoft lost 3.75 percent.\n`,
};

describe('a block read again only where the state it opens in differs', () => {
  for (const [language, draftWith] of Object.entries(OPENED)) {
    test(`${language}: the state before a block is the block before's state after it, and an item turned paragraph is read again`, () => {
      const index = freshIndex();
      const readings = (text: string) => analyzeDraft(text, index).blocks!.map((b) => b.reading as BlockReading);
      const [first, lead, item, next] = readings(draftWith(true));
      assert.equal(lead.from, first.after);
      assert.equal(item.from, lead.after);
      assert.equal(next.from, item.after);
      // The first paragraph edited: the lead line after it opens in a new state equal to the last, so it keeps its
      // reading, which now keeps the new state; the item after it keeps its reading too.
      const [firstAgain, leadAgain, itemAgain] = readings(draftWith(true, language === 'de' ? 'jäh ein' : 'fell'));
      assert.notEqual(firstAgain, first);
      assert.equal(leadAgain, lead);
      assert.equal(leadAgain.from, firstAgain.after);
      assert.equal(itemAgain, item);
      // The same words as a paragraph: from the same state, opened otherwise (no lead's day), read again.
      const [, , paragraph] = readings(draftWith(false, language === 'de' ? 'jäh ein' : 'fell'));
      assert.notEqual(paragraph, item);
      assert.equal(paragraph.from, lead.after);
      // What the rules find is what a fresh check finds.
      for (const text of [draftWith(false), draftWith(true)]) assert.deepEqual(found(text, index), found(text, freshIndex()));
    });
  }
});
