import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, type SourceIndex } from '../server/src/core';
import { extraSource, withSources } from './support/fixtures';
import { assertWarningsUnchangedBy, warningsWithFixes as warnings } from './support/warningsWithFixes';

// Another article of the piece's own day states that day's move of the same share (the -4.1 % of Wednesday the 29th),
// dated by its weekday only.
const wednesdayEn = extraSource('2025-01-29_wire.txt', "Nvidia gives back part of its rebound\n\nSAN FRANCISCO, Jan 29, 2025 — OpenAI said on Wednesday it had seen evidence of distillation.\n\nShares in Nvidia fell 4.1 percent on Wednesday, giving back part of Tuesday's rebound. The Nasdaq 100 fell 0.4 percent.\n");
const wednesdayDe = extraSource('2025-01-29_boerse.txt', 'Nvidia gibt wieder nach\n\nFRANKFURT, 29. Januar 2025 — OpenAI prüft Hinweise auf Destillation, teilte das Unternehmen am Mittwoch mit.\n\nDie Aktie von Nvidia fiel am Mittwoch um 4,1 Prozent. Der Nasdaq 100 gab 0,4 Prozent ab.\n');

const speechDe = (body: string) => `# Aussprache\n\n**Mittwoch, 29. Januar 2025 – Straßburg**\n\nVorgestern hat DeepSeek die Börsen durchgeschüttelt.\n\n${body}\n`;
const noteEn = (body: string) => `# Desk note\n\n*Wednesday, January 29, 2025*\n\nTwo days ago DeepSeek shook the markets.\n\n${body}\n`;

function hover(text: string, words: string, index: SourceIndex): string {
  return (hoverAt(analyzeDraft(text, index), index, text.indexOf(words), 3, 'en')?.markdown ?? '').replace(/\*\*/g, '');
}

describe("a move dated only by the piece's day is borne out by the same move a day or three before", () => {
  test("German: the sell-off's value stays sourced beside another article's move of the piece's own day", () => {
    const text = speechDe('Nvidia hat an einem einzigen Tag 7,82 Prozent verloren. Der Nasdaq 100 sackte um 3 Prozent ab.');
    assertWarningsUnchangedBy(wednesdayDe, text, []);
    assert.match(hover(text, '7,82 Prozent', withSources(wednesdayDe)), /Nvidia \(-7,82 %\)/);
    assert.match(hover(text, '3 Prozent', withSources(wednesdayDe)), /Der Nasdaq 100 sackte um 3 % ab/);
  });
  test("English: the sell-off's value stays sourced beside another article's move of the piece's own day", () => {
    const text = noteEn('Nvidia lost 7.82 percent in a single session, and the Nasdaq 100 fell 3 percent.');
    assertWarningsUnchangedBy(wednesdayEn, text, []);
    assert.match(hover(text, '7.82 percent', withSources(wednesdayEn)), /Nvidia \(-7,82 %\)/);
  });
  test('a wrong value is still a mismatch (German and English)', () => {
    assert.deepEqual(warnings(speechDe('Nvidia hat an einem einzigen Tag 6 Prozent verloren.'), withSources(wednesdayDe)).map((w) => [w.code, w.text]), [['figure-mismatch', '6 Prozent']]);
    assert.deepEqual(warnings(noteEn('Nvidia lost 6 percent in a single session.'), withSources(wednesdayEn)).map((w) => [w.code, w.text]), [['figure-mismatch', '6 percent']]);
  });
  test("another company's value is no backing of Nvidia's move", () => {
    assert.deepEqual(warnings(noteEn('Nvidia lost 3.75 percent in a single session.'), withSources(wednesdayEn)).map((w) => [w.code, w.text]), [['figure-mismatch', '3.75 percent']]);
    assert.deepEqual(warnings(speechDe('Nvidia hat an einem einzigen Tag 3,75 Prozent verloren.'), withSources(wednesdayDe)).map((w) => [w.code, w.text]), [['figure-mismatch', '3,75 Prozent']]);
  });
  test('the other direction is still a wrong direction', () => {
    assert.deepEqual(warnings(noteEn('Nvidia gained 7.82 percent in a single session.'), withSources(wednesdayEn)).map((w) => w.text), ['7.82 percent']);
    assert.deepEqual(warnings(speechDe('Nvidia hat an einem einzigen Tag 7,82 Prozent gewonnen.'), withSources(wednesdayDe)).map((w) => w.text), ['7,82 Prozent']);
  });
  test('a day the writer states is not widened: the source of that day decides', () => {
    assert.deepEqual(warnings(noteEn('On Wednesday, January 29, Nvidia fell 7.82 percent.'), withSources(wednesdayEn)).length, 1);
    assert.deepEqual(warnings(speechDe('Am 29. Januar fiel Nvidia um 7,82 Prozent.'), withSources(wednesdayDe)).length, 1);
  });
  test("on the sell-off's own day, the Friday before's value is no backing", () => {
    const friday = extraSource('2025-01-24_friday.txt', 'Chip stocks slip before the weekend\n\nNEW YORK, Jan 24, 2025 — Wall Street ended the week lower.\n\nShares of Nvidia fell 3.1 percent on Friday, and the Nasdaq 100 lost 1.5 percent.\n');
    assertWarningsUnchangedBy(friday, '*Monday, January 27, 2025*\n\nTech sold off.\n\nNvidia fell 3.1 percent.\n', [{ code: 'figure-mismatch', text: '3.1 percent', fix: '7.82 percent' }]);
    assertWarningsUnchangedBy(friday, '**Montag, 27. Januar 2025**\n\nNvidia fiel um 3,1 Prozent.\n', [{ code: 'figure-mismatch', text: '3,1 Prozent', fix: '7,82 Prozent' }]);
  });
});
