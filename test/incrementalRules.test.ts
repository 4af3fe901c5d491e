/**
 * An edit re-runs the rules only where their inputs changed: the per-block rules on the blocks whose reading changed,
 * draft-inconsistency on the figures whose buckets changed. What a writer sees stays exactly what a fresh check shows.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeDraft, buildSourceIndex, clearParseCache, runRules, type Finding, type SourceIndex } from '../server/src/core';
import type { RuleTrace } from '../server/src/core/rules/finding';
import { checkDiagnostics, diagnosticsJson, type DiagnosticJson } from '../server/src/lsp/checkDocument';
import { DEFAULT_SETTINGS } from '../server/src/node/settings';
import { loadIndexOnce } from '../server/src/worker/sourceIndex';
import { draft, draftAndEdit } from './support/arbitraries';
import { distinctDraft } from './benchDrafts';
import { bundledIndex, bundledInputs, read, ROOT } from './support/fixtures';

const sourcesOf = (index: SourceIndex) => index.sources.map((s) => s.input);
/** A source index no other test has used: its caches know nothing. */
const freshIndex = () => buildSourceIndex(sourcesOf(bundledIndex()));

function check(text: string, index: SourceIndex): { findings: Finding[]; trace: RuleTrace } {
  const trace: RuleTrace = { blocksChecked: [], figuresCompared: 0, earlierFiguresAsked: 0, figuresFiled: 0 };
  return { findings: runRules(analyzeDraft(text, index), index, {}, 'en', trace), trace };
}

/** A fresh check of `text`: no cache of any earlier check takes part. */
function freshFindings(text: string): Finding[] {
  clearParseCache();
  return check(text, freshIndex()).findings;
}

const PARAGRAPHS = {
  en: [
    'Training DeepSeek R1 cost only $6.5 million.',
    'DeepSeek has 160 employees. Nvidia fell 7.82 percent.',
    '🚀 With its 200 employees, DeepSeek stays small.',
    'Nvidia lost 8.72 percent on January 27, 2025.',
  ],
  de: [
    'Das Training von DeepSeek R1 kostete nur 6,5 Millionen Dollar.',
    'DeepSeek hat 160 Mitarbeiter. Die Nvidia-Aktie fiel um 7,82 Prozent.',
    '🚀 Mit seinen 200 Mitarbeitern bleibt DeepSeek klein.',
    'Nvidia verlor am 27. Januar 2025 8,72 Prozent.',
  ],
};

describe('an edit re-runs the rules only where it changed their inputs', () => {
  for (const [lang, paragraphs] of Object.entries(PARAGRAPHS)) {
    for (const newline of ['\n', '\r\n']) {
      const label = `${lang}, ${newline === '\n' ? 'LF' : 'CRLF'}`;
      const text = paragraphs.join(newline + newline);

      test(`a figure typed in one paragraph re-runs the per-block rules on that paragraph only (${label})`, () => {
        const index = freshIndex();
        const first = check(text, index);
        assert.equal(first.trace.blocksChecked.length, paragraphs.length);
        const edited = text.replace(paragraphs[2], paragraphs[2].replace('200', '300'));
        const { findings, trace } = check(edited, index);
        assert.deepEqual(trace.blocksChecked, [paragraphs[2].replace('200', '300')]);
        // Only the changed figure and those after it in its buckets (DeepSeek's employees) are compared again.
        assert.ok(trace.figuresCompared <= 2, `${trace.figuresCompared} figures compared again`);
        assert.deepEqual(findings, freshFindings(edited));
        assert.ok(findings.some((f) => f.code === 'draft-inconsistency' && edited.slice(f.start, f.end) === '300'));
      });

      test(`a paragraph inserted before the others is the only one checked; the others' findings move with them (${label})`, () => {
        const index = freshIndex();
        check(text, index);
        const intro = '😀 An introduction without figures.';
        const edited = intro + newline + newline + text;
        const { findings, trace } = check(edited, index);
        assert.deepEqual(trace.blocksChecked, [intro]);
        assert.equal(trace.figuresCompared, 0);
        assert.deepEqual(findings, freshFindings(edited));
        const mismatch = findings.find((f) => f.code === 'figure-mismatch')!;
        assert.equal(edited.slice(mismatch.start, mismatch.end), lang === 'en' ? '$6.5 million' : '6,5 Millionen Dollar');
      });
    }
  }

  test('a figure recalled by what it measures, compared again after an earlier one changed, is compared only with the figures from that one on', () => {
    // Twenty models of no one named: each figure is compared with every earlier one, twice (does it restate one, does
    // it contradict one), and none of them does. 168 → 169 in the fifteenth.
    const values = [12, 30, 47, 53, 68, 71, 86, 94, 105, 117, 123, 139, 146, 152, 168, 175, 181, 197, 204, 216];
    const sentences = { en: (v: number) => `The model has ${v} billion parameters.`, de: (v: number) => `Das Modell hat ${v} Milliarden Parameter.` };
    for (const make of Object.values(sentences)) {
      const index = freshIndex();
      const text = values.map(make).join('\n\n');
      assert.equal(check(text, index).trace.earlierFiguresAsked, 2 * (19 * 20) / 2);
      const edited = text.replace('168', '169');
      const { findings, trace } = check(edited, index);
      // The changed figure with the 14 before it; the 5 after it only with those from the changed one on.
      assert.equal(trace.figuresCompared, 6);
      assert.equal(trace.earlierFiguresAsked, 2 * (14 + (1 + 2 + 3 + 4 + 5)));
      assert.deepEqual(findings, freshFindings(edited));
    }
  });

  test('a mention that repeats the first is clean while the first stands, warned once the first is edited, and clean again when it is edited back', () => {
    const flagged = (text: string, findings: Finding[]) => findings.filter((f) => f.code === 'draft-inconsistency').map((f) => `${text.slice(f.start, f.end)}@${f.start}`);
    for (const text of [
      'DeepSeek has 160 employees.\n\nThe company employs 200 people.\n\nA start-up with 160 employees shook Nvidia.',
      'DeepSeek beschäftigt 160 Mitarbeiter.\n\nDas Unternehmen beschäftigt 200 Mitarbeiter.\n\nMit 160 Mitarbeitern bleibt DeepSeek klein.',
    ]) {
      const index = freshIndex();
      const [second, third] = [text.indexOf('200'), text.lastIndexOf('160')];
      const versions = [
        [text, [`200@${second}`]],
        [text.replace('160', '170'), [`200@${second}`, `160@${third}`]],
        [text, [`200@${second}`]],
        [text.replace('200', '300'), [`300@${second}`]],
        [text.replace('200', '160'), []],
      ] as const;
      for (const [version, expected] of versions) {
        const { findings } = check(version, index);
        assert.deepEqual(flagged(version, findings), expected);
        assert.deepEqual(findings, freshFindings(version));
      }
    }
  });

  test('the writer\'s own count and a list item of no one named: warned, clean when the count is edited to agree, warned again when it is edited back, as at a fresh check', () => {
    const flagged = (text: string, findings: Finding[]) => findings.filter((f) => f.code === 'draft-inconsistency').map((f) => `${text.slice(f.start, f.end)}@${f.start}`);
    for (const text of [
      '# Memo\n\nWe are 140 people today.\n\nNvidia fell 7.82 percent.\n\n## Numbers to remember\n\n1. Headcount: 410\n',
      '# Bericht\n\nZum Stichtag hielt der Fonds 46 Einzeltitel.\n\nNvidia fiel um 7,82 Prozent.\n\n## Kennzahlen\n\n- 48 Einzeltitel\n',
    ]) {
      const index = freshIndex();
      const [first, later] = text.includes('410') ? ['140', '410'] : ['46 ', '48 '];
      const at = text.lastIndexOf(later);
      const agreeing = text.replace(first, later);
      const versions = [
        [text, [`${later.trim()}@${at}`]],
        [agreeing, []],
        [text, [`${later.trim()}@${at}`]],
        [text.replace('Nvidia', 'Broadcom'), [`${later.trim()}@${at + 'Broadcom'.length - 'Nvidia'.length}`]],
        [text, [`${later.trim()}@${at}`]],
      ] as const;
      for (const [version, expected] of versions) {
        const { findings } = check(version, index);
        assert.deepEqual(flagged(version, findings), expected);
        assert.deepEqual(findings, freshFindings(version));
      }
    }
  });

  test('a later figure filed after an earlier one that takes a dozen values in turn, and some again, is warned as at a fresh check at every edit', () => {
    // Each value of the first figure is another state of the buckets the last one is filed in: more links from its
    // fact than a short list keeps (draftInconsistency.ts, addLink), and values that come back follow links made before.
    const flagged = (text: string, findings: Finding[]) => findings.filter((f) => f.code === 'draft-inconsistency').map((f) => `${text.slice(f.start, f.end)}@${f.start}`);
    for (const text of [
      'DeepSeek has 160 employees.\n\nThe weather was mild.\n\nA start-up with 160 employees shook Nvidia.',
      'DeepSeek beschäftigt 160 Mitarbeiter.\n\nDas Wetter war mild.\n\nMit 160 Mitarbeitern bleibt DeepSeek klein.',
    ]) {
      const index = freshIndex();
      const last = text.lastIndexOf('160');
      const values = [160, 170, 180, 160, 190, 210, 220, 230, 240, 250, 260, 270, 280, 170, 160, 290, 240];
      for (const value of values) {
        const version = text.replace('160', String(value));
        const { findings } = check(version, index);
        assert.deepEqual(flagged(version, findings), value === 160 ? [] : [`160@${last}`], `${value}`);
        assert.deepEqual(findings, freshFindings(version), `${value}`);
      }
    }
  });

  test('an age or birth year the draft contradicted is held against no later one, at every edit as at a fresh check', () => {
    const flagged = (text: string, findings: Finding[]) => findings.filter((f) => f.code === 'draft-inconsistency').map((f) => text.slice(f.start, f.end));
    for (const text of [
      'Am 27. Januar 2025 bebten die Börsen.\n\nMarc Andreessen ist 53 Jahre alt.\n\nAlso ist Andreessen Jahrgang 1961.\n\nNein, Andreessen ist Jahrgang 1971.',
      'On January 27, 2025, the markets shook.\n\nMarc Andreessen is 53 years old.\n\nSo Andreessen was born in 1961.\n\nNo, Andreessen was born in 1971.',
    ]) {
      const index = freshIndex();
      const versions = [
        [text, ['1961']],
        [text.replace('1961', '1971'), []],
        [text, ['1961']],
        [text.replace('53', '63'), ['1971']],
        [text.replace('1971', '1965'), ['1961', '1965']],
        [text, ['1961']],
      ] as const;
      for (const [version, expected] of versions) {
        const { findings } = check(version, index);
        assert.deepEqual(flagged(version, findings), expected, version);
        assert.deepEqual(findings, freshFindings(version));
      }
    }
  });

  test('a character typed in the first paragraph: the diagnostics of every later line are the bytes of the last check, made once, at every later edit too', async () => {
    const loaded = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
    const diagnosticsOf = (text: string, version: number) =>
      checkDiagnostics({ uri: 'untitled:typed.md', version, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: false }, loaded, { expired: () => false }, 6).diagnostics;
    // draft-inconsistency (200 employees after 160) and the per-block rules (the contradicted cost, unsourced figures).
    const later = PARAGRAPHS.en.join('\n\n');
    const texts = ['Intro with 7 figures.', 'Intro with 17 figures.', 'Intro with 127 figures.', 'Intro with 1237 figures.'].map((intro) => `${intro}\n\n${later}`);
    let before = diagnosticsOf(texts[0], 1);
    for (let k = 1; k < texts.length; k++) {
      const after = diagnosticsOf(texts[k], k + 1);
      const json = (d: DiagnosticJson) => JSON.parse(Buffer.from(d.json, 'latin1').toString('utf8')) as { range: { start: { line: number } }; code: string };
      const onLaterLines = after.filter((d) => json(d).range.start.line > 0);
      assert.ok(onLaterLines.some((d) => json(d).code === 'draft-inconsistency') && onLaterLines.some((d) => json(d).code === 'figure-mismatch'));
      assert.deepEqual(onLaterLines.filter((d) => !before.includes(d)).map((d) => Buffer.from(d.json, 'latin1').toString('utf8')), [], `edit ${k}`);
      before = after;
    }
  });

  for (const lang of ['en', 'de'] as const) {
    test(`a kept diagnostic whose related place in the draft moved on its line, its own place not, is made again with the related place where it now is (${lang})`, async () => {
      const loaded = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
      const diagnosticsOf = (text: string, version: number) =>
        checkDiagnostics({ uri: `untitled:related-${lang}.md`, version, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: false }, loaded, { expired: () => false }, 6).diagnostics;
      type Json = { code: string; range: { start: { line: number; character: number } }; relatedInformation?: Array<{ location: { uri: string; range: { start: { line: number; character: number } } } }> };
      const inconsistency = (diagnostics: DiagnosticJson[]) => diagnostics.filter((d) => (JSON.parse(Buffer.from(d.json, 'latin1').toString('utf8')) as Json).code === 'draft-inconsistency');
      const relatedIn = (d: DiagnosticJson) => (JSON.parse(Buffer.from(d.json, 'latin1').toString('utf8')) as Json).relatedInformation!.filter((r) => r.location.uri.startsWith('untitled:')).map((r) => r.location.range.start);
      const text = PARAGRAPHS[lang].join('\n\n');
      // Words typed before the earlier figure (160) on its line: the later one (200) keeps its line and character.
      const edited = text.replace(lang === 'en' ? 'DeepSeek has 160' : 'DeepSeek hat 160', lang === 'en' ? 'DeepSeek now has 160' : 'DeepSeek hat nun 160');
      const [before] = inconsistency(diagnosticsOf(text, 1));
      const [after] = inconsistency(diagnosticsOf(edited, 2));
      assert.deepEqual(relatedIn(before), [{ line: 2, character: text.split('\n')[2].indexOf('160') }]);
      assert.notEqual(after, before);
      assert.deepEqual(relatedIn(after), [{ line: 2, character: edited.split('\n')[2].indexOf('160') }]);
      // Typed back: the place is where the first check had it.
      const [back] = inconsistency(diagnosticsOf(text, 3));
      assert.deepEqual(relatedIn(back), relatedIn(before));
      // An edit on a later line moves neither place: the diagnostic is the one made before, kept.
      const [kept] = inconsistency(diagnosticsOf(`${text}\n\nThe weather was mild.`, 4));
      assert.equal(kept, back);
    });
  }

  for (const lang of ['en', 'de'] as const) {
    test(`a diagnostic whose finding moved with its block, its own place on its line and character, its related place on another line, is made again with the related place where it now is (${lang})`, async () => {
      const loaded = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
      const diagnosticsOf = (text: string, version: number) =>
        checkDiagnostics({ uri: `untitled:related-moved-${lang}.md`, version, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: false }, loaded, { expired: () => false }, 6).diagnostics;
      type Json = { code: string; range: { start: { line: number; character: number } }; relatedInformation?: Array<{ location: { uri: string; range: { start: { line: number; character: number } } } }> };
      const json = (d: DiagnosticJson) => JSON.parse(Buffer.from(d.json, 'latin1').toString('utf8')) as Json;
      const inconsistency = (diagnostics: DiagnosticJson[]) => diagnostics.filter((d) => json(d).code === 'draft-inconsistency');
      const relatedIn = (d: DiagnosticJson) => json(d).relatedInformation!.filter((r) => r.location.uri.startsWith('untitled:')).map((r) => r.location.range.start);
      /** Where the figure that ends `words` (160, 200) stands in `text`. */
      const figureAt = (text: string, words: string) => {
        const lines = text.slice(0, text.indexOf(words) + words.length - 3).split('\n');
        return { line: lines.length - 1, character: lines[lines.length - 1].length };
      };
      const [intro, employees, later] = lang === 'en' ? ['Intro.', 'DeepSeek has 160', 'With its 200'] : ['Einleitung.', 'DeepSeek hat 160', 'Mit seinen 200'];
      const weather = (joiner: string) => (lang === 'en' ? `The weather${joiner}was${joiner}mild.` : `Das Wetter${joiner}war${joiner}mild.`);
      const [first, second, third, fourth] = PARAGRAPHS[lang];
      const text = [first, second, weather('\n'), third, fourth].join('\n\n');
      // A paragraph typed before both places, and two line breaks taken out between them: the later figure (200) keeps
      // its line and character, the earlier (160) is two lines further down, both as many characters further on.
      const edited = [intro, first, second, weather(' '), third, fourth].join('\n\n');
      assert.deepEqual(figureAt(edited, later), figureAt(text, later));
      const [before] = inconsistency(diagnosticsOf(text, 1));
      const [after] = inconsistency(diagnosticsOf(edited, 2));
      assert.deepEqual([json(before).range.start, json(after).range.start], [figureAt(text, later), figureAt(edited, later)]);
      assert.deepEqual(relatedIn(before), [figureAt(text, employees)]);
      assert.deepEqual(relatedIn(after), [figureAt(edited, employees)]);
    });
  }

  for (const lang of ['en', 'de'] as const) {
    test(`a kept diagnostic holds its UTF-8 bytes as a one-byte string, and the JSON array sent is those bytes (${lang})`, async () => {
      const loaded = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
      const text = PARAGRAPHS[lang].join('\n\n');
      const { diagnostics } = checkDiagnostics({ uri: 'untitled:bytes.md', version: 1, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: false }, loaded, { expired: () => false }, 6);
      const decoded = diagnostics.map((d) => Buffer.from(d.json, 'latin1').toString('utf8'));
      // A message quoting the sources („…“, −, €) or the draft (🚀) is beyond Latin-1: as UTF-8 bytes it still is one byte a character.
      assert.ok(decoded.some((json) => /[^\u0000-\u00ff]/.test(json)), 'some diagnostic beyond Latin-1');
      for (const d of diagnostics) {
        assert.ok([...d.json].every((c) => c.charCodeAt(0) <= 0xff), 'one byte a character');
      }
      assert.deepEqual(JSON.parse(Buffer.from(diagnosticsJson(diagnostics)).toString('utf8')), decoded.map((json) => JSON.parse(json)));
      assert.equal(Buffer.from(diagnosticsJson(diagnostics)).toString('utf8'), `[${decoded.join(',')}]`);
    });
  }

  for (const lang of ['en', 'de'] as const) {
    test(`a digit typed in a long draft: draft-inconsistency files again only the figures from the changed paragraph on, and finds what a fresh check finds (${lang})`, () => {
      const { text, editAt } = distinctDraft(20_000, lang);
      // A paragraph at the end with a figure the draft states elsewhere: the edit there, then one near the middle.
      const last = lang === 'en' ? 'DeepSeek has 160 employees.' : 'DeepSeek hat 160 Mitarbeiter.';
      const long = `${text}\n\n${last}`;
      const index = freshIndex();
      const all = check(long, index).trace.figuresFiled!;
      const edits = [long.replace(last, last.replace('160', '170')), long.slice(0, editAt) + String((Number(long[editAt]) + 1) % 10) + long.slice(editAt + 1)];
      const checked = edits.map((edited) => {
        const from = edited.lastIndexOf('\n\n', edited === edits[0] ? edited.length - last.length : editAt);
        const after = analyzeDraft(edited, index).figures.filter((f) => f.span.start > from && f.match.status !== 'contradicted').length;
        const { findings, trace } = check(edited, index);
        // The paragraphs parsed again with the changed one (a few before it) are read as new figures too.
        assert.ok(trace.figuresFiled! <= after + 30 && trace.figuresFiled! < all * 0.6, `${trace.figuresFiled} of ${all} figures filed again, ${after} from the changed paragraph on`);
        assert.ok(findings.some((f) => f.code === 'draft-inconsistency' && f.start < from));
        return findings;
      });
      // Fresh checks last: they empty the parse cache, after which every block is read as new.
      edits.forEach((edited, k) => assert.deepEqual(checked[k], freshFindings(edited)));
    });
  }

  for (const lang of ['en', 'de'] as const) {
    test(`a digit typed near the start of a long draft: draft-inconsistency files again only the figures that share a bucket, or a key and value, with a changed one, not all after it (${lang})`, () => {
      const { text } = distinctDraft(20_000, lang);
      const index = freshIndex();
      check(text, index);
      // The first digit of the third paragraph: most of the draft's figures come after it.
      const paragraph = text.indexOf('\n\n', text.indexOf('\n\n') + 2);
      const at = text.slice(paragraph).search(/[0-9]/) + paragraph;
      const edited = text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1);
      const after = analyzeDraft(edited, index).figures.filter((f) => f.span.start > paragraph && f.match.status !== 'contradicted').length;
      const { findings, trace } = check(edited, index);
      assert.ok(trace.figuresFiled! < after * 0.7, `${trace.figuresFiled} figures filed again, ${after} after the changed paragraph`);
      // Typed back: the figures of the first edit are taken up as that check left them.
      const back = check(text, index);
      assert.ok(back.trace.figuresFiled! < after * 0.7, `${back.trace.figuresFiled} figures filed again, ${after} after the changed paragraph`);
      assert.deepEqual(back.findings, freshFindings(text));
      assert.deepEqual(findings, freshFindings(edited));
    });
  }

  for (const lang of ['en', 'de'] as const) {
    test(`a character typed into a word near the start of a long draft: draft-inconsistency files again only the figures of the changed paragraph and those that share a bucket with them; the later ones keep their findings, moved (${lang})`, () => {
      // A figure at the start restated otherwise at the end: a finding whose earlier place the typed letters do not move.
      const text = `${PARAGRAPHS[lang][1]}\n\n${distinctDraft(20_000, lang).text}\n\n${PARAGRAPHS[lang][2]}`;
      const index = freshIndex();
      check(text, index);
      // A letter typed into the first word of the third paragraph: every later figure moves by one character.
      const paragraph = text.indexOf('\n\n', text.indexOf('\n\n') + 2) + 2;
      const after = analyzeDraft(text, index).figures.filter((f) => f.span.start > paragraph && f.match.status !== 'contradicted').length;
      const versions = ['x', 'xy'].map((typed) => text.slice(0, paragraph + 1) + typed + text.slice(paragraph + 1));
      const checked = versions.map((edited) => {
        const { findings, trace } = check(edited, index);
        assert.ok(trace.figuresFiled! < after * 0.7, `${trace.figuresFiled} figures filed again, ${after} after the changed paragraph`);
        const later = findings.filter((f) => f.code === 'draft-inconsistency' && f.start > paragraph);
        assert.ok(later.some((f) => f.related[0].start < paragraph) && later.some((f) => f.related[0].start > paragraph));
        return findings;
      });
      // Fresh checks last: they empty the parse cache, after which every block is read as new.
      versions.forEach((edited, k) => assert.deepEqual(checked[k], freshFindings(edited)));
    });
  }

  test('a move judged by the day the draft names is judged again when that day is deleted, and when it comes back', () => {
    // A day named anywhere in the draft makes "Microsoft fell 4.5%" the sell-off's figure (fix 3.75%), not a February
    // move's: that judgement is made over the whole draft, after the blocks, so the block of the move, whose reading
    // an edit elsewhere keeps, must not keep the judgement too.
    const capex = read('test/eval/distractors/2025-02-05_alphabet-capex-big-tech.md');
    const index = buildSourceIndex([...bundledInputs(), { id: 'capex', uri: 'file:///extra/capex.md', text: capex }]);
    const fixesOf = (findings: Finding[]) => findings.map((f) => f.fix?.newText);
    const filler = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the week's notes, with nothing in it to check.`).join('\n\n');
    const undated = `# What a week\n\nMicrosoft fell 4.5%.\n\n${filler}\n`;
    const dated = `${undated}\nAll of it on Jan 27, when the market woke up.\n`;
    assert.deepEqual(fixesOf(check(dated, index).findings), ['3.75%']);
    const without = check(undated, index).findings;
    clearParseCache();
    const fresh = check(undated, buildSourceIndex(index.sources.map((s) => s.input))).findings;
    assert.notDeepEqual(fixesOf(fresh), ['3.75%']);
    assert.deepEqual(without, fresh);
    assert.deepEqual(fixesOf(check(dated, index).findings), ['3.75%']);
  });

  test('after any series of edits (typing, pasting, deleting anywhere), the findings are those of a fresh check', () => {
    const index = freshIndex();
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom('1', '7', 'x', ' ', '.', '\n\n', ''), draftAndEdit.map((e) => e.after.slice(0, 60))));
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 6 }), (first, edits) => {
        let text = first;
        check(text, index);
        let findings: Finding[] = [];
        for (const [at, removed, inserted] of edits) {
          const from = at % (text.length + 1);
          text = text.slice(0, from) + inserted + text.slice(Math.min(text.length, from + removed));
          findings = check(text, index).findings;
        }
        assert.deepEqual(findings, freshFindings(text));
      }),
      { seed: 20_261_201, numRuns: 60 },
    );
  });

  test('after any series of versions (paragraphs edited, moved, repeated), the findings are those of a fresh check', () => {
    const index = freshIndex();
    fc.assert(
      fc.property(draft, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (text, moves) => {
        const blocks = text.split(/\r?\n\r?\n/);
        const versions = [text];
        for (const move of moves) {
          const from = move % blocks.length;
          // Move a paragraph to the front, or repeat it at the end.
          if (move % 2) blocks.unshift(...blocks.splice(from, 1));
          else blocks.push(blocks[from]);
          versions.push(blocks.join('\n\n'));
        }
        for (const version of versions) check(version, index);
        const last = versions[versions.length - 1];
        assert.deepEqual(check(last, index).findings, freshFindings(last));
      }),
      { seed: 20_261_130, numRuns: 40 },
    );
  });
});
