import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

/** Every finding of a draft, information included (unsourced-figure is one): its code and exact range. */
function findings(text: string): Array<{ code: string; start: number; end: number; text: string }> {
  const index = bundledIndex();
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, start: f.start, end: f.end, text: text.slice(f.start, f.end) }));
}

const at = (text: string, words: string, code: string) => ({ code, start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });

describe('a pasted e-mail\'s metadata (headers, the quoted-reply line, a signature\'s contact lines) states no figure', () => {
  test('English: a forwarded message\'s header and the reply line get nothing; the body\'s wrong and unsourced figures keep theirs', () => {
    const text = 'Sam,\n\nsee below.\n\n---------- Forwarded message ---------\nFrom: Priya Raman <priya@ledger.example>\nDate: Tue, Jan 28, 2025 at 10:22 AM\nSubject: Re: DeepSeek numbers\nTo: Dana Whitfield <dana@ledger.example>\n\nOur own poll closed with 62% of readers.\n\nOn Tue, Jan 28, 2025 at 8:05 AM Dana Whitfield <\ndana@ledger.example> wrote:\n\n> Broadcom fell 6.85% that Monday.\n';
    assert.deepEqual(findings(text), [at(text, '62%', 'unsourced-figure'), at(text, '6.85%', 'figure-mismatch')]);
  });
  test('German: Outlook\'s „Von:/Gesendet:/An:/Betreff:" and „Am … schrieb …:" get nothing; the body keeps its finding', () => {
    const text = 'Hallo Jan,\n\nVon: Petra Lange <petra@kapital.example>\nGesendet: Dienstag, 28. Januar 2025 10:22\nAn: Jan Berger <jan@kapital.example>\nBetreff: Zahlen zu DeepSeek\n\nAm 28.01.2025 um 08:05 schrieb Jan Berger <jan@kapital.example>:\n\n> Broadcom verlor am Montag 6,85 Prozent.\n';
    assert.deepEqual(findings(text), [at(text, '6,85 Prozent', 'figure-mismatch')]);
  });
  test('English: a signature\'s address and phone get nothing, its own sentence keeps its claim', () => {
    const text = 'Thanks,\n\n--\nPriya Raman\n229 W 43rd St, New York, NY 10036\n+1 (212) 555-0147\nSent after Broadcom fell 6.85%.\n';
    assert.deepEqual(findings(text), [at(text, '6.85%', 'figure-mismatch')]);
  });
  test('German: a newsletter\'s footer after „-- " loses address and register, keeps its reader count', () => {
    const text = 'Bis nächste Woche,\nIhr Jan Berger\n-- \nMit Ihnen lesen 12.840 Menschen diesen Newsletter.\nKI & Kapital Medien GmbH, Torstraße 109, 10119 Berlin\nAmtsgericht Charlottenburg, HRB 204117 B\n\n> Jonas Berger\n> Friedrichstraße 68, 10117 Berlin\n> Tel. +49 30 2345 6789\n';
    assert.deepEqual(findings(text), [at(text, '12.840', 'unsourced-figure')]);
  });
  test('a lone "Date:" label, a table\'s "Date:" cell, a phone-like figure and a quoted writer\'s day stay claims', () => {
    const text = 'Date: 27 March 2025\n\n| Date: | 28 February 2025 |\n| --- | --- |\n| Event | sell-off |\n\nThe app grew 555 percent.\n\nAm 29. März schrieb Rasgon: „Die Panik ist übertrieben.“\n';
    const codes = findings(text).map((f) => f.text);
    for (const words of ['27 March 2025', '28 February 2025', '555 percent', '29. März']) assert.ok(codes.includes(words), `${words} keeps a finding: ${JSON.stringify(codes)}`);
  });
});
