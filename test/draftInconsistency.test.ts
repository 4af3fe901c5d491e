import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyzeDraft, messagesFor, RULES, runRules, type DraftFigure, type Finding, type SourceIndex } from '../server/src/core';
import { compareAsSameFact } from '../server/src/core/match/matchFigure';
import { compareFigures } from '../server/src/core/match/agreement';
import { beyondItsHedge, bothSourced, fileRecaps, isRecall, LifeFacts, misrecalls, ofSmallerVersions, onlyTheLaterSourced, ownGuess, recalls, restates, sameSpan, slipKeysOf, TIME_SPAN, weekdayMistake, writersOwnRestated } from '../server/src/core/rules/draftInconsistency';
import { sameEntitySlip } from '../server/src/core/rules/figureSlips';
import { distinctDraft } from './benchDrafts';
import { draftOfSize } from './support/drafts';
import { bundledIndex, read, ROOT } from './support/fixtures';

const index = bundledIndex();
const rule = RULES.find((r) => r.code === 'draft-inconsistency')!;

/**
 * The rule as it was before figures were filed by entity and attribute: every later figure against every earlier one
 * sharing a key (quadratic). Kept here to hold the fast rule to exactly its findings.
 */
function quadraticReference(draft: ReturnType<typeof analyzeDraft>, weight: SourceIndex['weight']): Array<{ start: number; end: number; earlier: number }> {
  const { figures } = draft;
  // Which sentences say they repeat what was said is read as the rule reads it (`misrecalls` asks it).
  fileRecaps(draft.text, figures);
  const findings: Array<{ start: number; end: number; earlier: number }> = [];
  // Ages and birth years are compared as the years born in, whatever their kind of figure.
  const lives = new LifeFacts(draft);
  const byConcept = new Map<string, Map<string, DraftFigure>>();
  for (const later of figures.filter((f) => f.match.status !== 'contradicted' && !f.retracted)) {
    const seen = new Set<DraftFigure>();
    const keys = slipKeysOf(later.fact);
    const earlier = keys
      .flatMap((c) => [...(byConcept.get(c)?.values() ?? [])])
      .filter((e) => !seen.has(e) && seen.add(e))
      .sort((a, b) => a.span.start - b.span.start);
    // A figure recalled by what it measures alone restates the earlier figure of that value, if there is one.
    const recalled = isRecall(later.fact) && earlier.some((e) => recalls(e, later) && compareFigures(later.figure, e.figure) === 'agrees');
    // The first that disagrees, unless one that it restates comes first.
    const first = recalled ? undefined : earlier.find((e) => disagree(e, later, weight, draft.text) || restates(e, later, weight));
    // An age or birth year the draft contradicted before is held against no later one.
    const disagreeing = (first && disagree(first, later, weight, draft.text) && !lives.disputed(first) ? first : undefined) ?? lives.conflict(later);
    lives.add(later, undefined, disagreeing !== undefined);
    const { kind, value, currency, date, range } = later.figure;
    const key = JSON.stringify([kind, value, currency, date, range]);
    for (const c of keys) {
      const values = byConcept.get(c) ?? new Map<string, DraftFigure>();
      if (!values.has(key)) values.set(key, later);
      byConcept.set(c, values);
    }
    if (disagreeing) findings.push({ ...later.span, earlier: disagreeing.span.start });
    else {
      const weekday = weekdayMistake(later, lives.documentYear());
      if (weekday) findings.push({ start: weekday.start, end: weekday.end, earlier: later.span.start });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

function disagree(earlier: DraftFigure, later: DraftFigure, weight: SourceIndex['weight'], text: string): boolean {
  if (bothSourced(earlier, later) || onlyTheLaterSourced(earlier, later)) return false;
  if (earlier.at === later.at) return false;
  // Two cells of one table: no blank line between them.
  if (earlier.at.sentence.context !== undefined && later.at.sentence.context !== undefined && !/\n[ \t\r]*\n/.test(text.slice(earlier.span.end, later.span.start))) return false;
  if (misrecalls(earlier, later) || writersOwnRestated(earlier, later) || sameEntitySlip(earlier, later)) return true;
  const comparison = compareAsSameFact(ownGuess(later.fact), later.at.facts.concepts, ownGuess(earlier.fact), earlier.at.facts.concepts, weight);
  if (!comparison || comparison.when === 'other' || (comparison.agreement === 'agrees' && !beyondItsHedge(earlier.figure, later.figure))) return false;
  return later.fact.entities.some((e) => earlier.fact.entities.includes(e)) && ofSmallerVersions(earlier.fact) === ofSmallerVersions(later.fact) && later.fact.attributes.some((a) => !TIME_SPAN.test(a) && earlier.fact.attributes.includes(a)) && sameSpan(earlier.fact, later.fact);
}

const asCompared = (findings: Finding[]) => findings.map((f) => ({ start: f.start, end: f.end, earlier: f.related[0].start }));

function assertSameFindings(text: string): number {
  const draft = analyzeDraft(text, index);
  const expected = quadraticReference(draft, index.weight);
  assert.deepEqual(asCompared(rule.check(draft, index, messagesFor('en'))), expected);
  return expected.length;
}

describe('draft-inconsistency compares a figure with those sharing its entity and attribute, with the same findings as comparing all', () => {
  const evalDrafts = ['tuning', 'holdout'].flatMap((set) => readdirSync(join(ROOT, 'test', 'eval', set)).filter((f) => f.endsWith('.md')).map((f) => `test/eval/${set}/${f}`));
  for (const file of ['samples/drafts/deepseek-en.md', 'samples/drafts/deepseek-de.md', ...evalDrafts]) {
    test(file, () => {
      assertSameFindings(read(file));
    });
  }
  test('generated drafts of distinct text in English and German, and the repeated sample', () => {
    const found = [distinctDraft(120_000, 'en').text, distinctDraft(120_000, 'de').text, draftOfSize(120_000)].map(assertSameFindings);
    // Drafts in which the rule finds a lot, so the comparison means something.
    for (const count of found) assert.ok(count > 20, `only ${count} findings`);
  });
});

describe('a slip keeps its digits: a count that rounds a sum at another scale is no slip of it', () => {
  const slips = (text: string) => {
    const { figures } = analyzeDraft(text, index);
    return figures.flatMap((earlier, i) => figures.slice(i + 1).filter((later) => sameEntitySlip(earlier, later)).map((later) => [earlier.figure.text, later.figure.text]));
  };
  const inconsistent = (text: string) => rule.check(analyzeDraft(text, index), index, messagesFor('en')).map((f) => [text.slice(f.start, f.end), f.message]);
  test('German: „sechs kleinere Versionen“ after „5,6 Milliarden“ is none, fast or compared with all; „5,6 Millionen“ still is', () => {
    const six = 'DeepSeek nannte 5,6 Milliarden.\n\nDeepSeek hat sechs kleinere Versionen veröffentlicht.\n';
    assert.deepEqual(slips(six), []);
    assert.equal(assertSameFindings(six), 0);
    assert.deepEqual(slips('DeepSeek nannte 5,6 Milliarden.\n\nDeepSeek nannte 6 Millionen.\n'), []);
    const scaled = 'DeepSeek nannte 5,6 Milliarden.\n\nDeepSeek nannte 5,6 Millionen.\n';
    assert.deepEqual(slips(scaled), [['5,6 Milliarden', '5,6 Millionen']]);
    assert.equal(assertSameFindings(scaled), 1);
    assert.deepEqual(inconsistent(scaled), [['5,6 Millionen', '5,6 Millionen contradicts 5,6 Milliarden earlier in this draft.']]);
  });
  test('English: "six smaller versions" after "5.6 billion" is none, fast or compared with all; "5.6 million" still is', () => {
    const six = '---\nlang: en\n---\n\nDeepSeek named 5.6 billion.\n\nDeepSeek released six smaller versions.\n';
    assert.deepEqual(slips(six), []);
    assert.equal(assertSameFindings(six), 0);
    assert.deepEqual(slips('---\nlang: en\n---\n\nDeepSeek named 5.6 billion.\n\nDeepSeek named 6 million.\n'), []);
    const scaled = '---\nlang: en\n---\n\nDeepSeek named 5.6 billion.\n\nDeepSeek named 5.6 million.\n';
    assert.deepEqual(slips(scaled), [['5.6 billion', '5.6 million']]);
    assert.equal(assertSameFindings(scaled), 1);
    assert.deepEqual(inconsistent(scaled), [['5.6 million', '5.6 million contradicts 5.6 billion earlier in this draft.']]);
  });
});

describe('a time made shorter and a speed-up are two measures of one gain', () => {
  const inconsistent = (text: string) => rule.check(analyzeDraft(text, index), index, messagesFor('en')).map((f) => text.slice(f.start, f.end));
  test('German: "verkürzte die Verarbeitungszeit um 45 Prozent" and "80 Prozent schneller" agree (45 % less time is 1.8 times the speed); two time cuts do not', () => {
    const text = 'DeepSeek verkürzte die Verarbeitungszeit um 45 Prozent.\n\nDie Verarbeitung ist damit 80 Prozent schneller als zuvor.\n';
    assert.deepEqual(inconsistent(text), []);
    assert.deepEqual(inconsistent(`${text}\nDie Verarbeitungszeit von DeepSeek verkürzte sich um 30 Prozent.\n`), ['30 Prozent']);
  });
  test('English: "shortened its processing time by 45 percent" and "80 percent faster" agree; two time cuts do not', () => {
    const text = 'DeepSeek shortened its processing time by 45 percent.\n\nProcessing is now 80 percent faster than before.\n';
    assert.deepEqual(inconsistent(text), []);
    assert.deepEqual(inconsistent(`${text}\nDeepSeek shortened its processing time by 30 percent.\n`), ['30 percent']);
  });
});

describe('a later mention that rounds the first is no other value, whatever wrong one stands between', () => {
  test('"589 Milliarden" … "598 Milliarden" (warned) … "0,59 Billionen": the last rounds the first (German, English)', () => {
    const de = 'Am 27. Januar 2025 verlor Nvidia 589 Milliarden Dollar an Börsenwert.\n\nDer Verlust von Nvidia, 598 Milliarden Dollar, war der größte an einem Tag.\n\nNvidia verlor an diesem Tag 0,59 Billionen Dollar.\n';
    const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message]);
    assert.deepEqual(inconsistent(de), [['598 Milliarden Dollar', '598 Milliarden Dollar contradicts 589 Milliarden Dollar earlier in this draft.']]);
    const en = "---\nlang: en\n---\n\nOn 27 January 2025 Nvidia lost $589 billion in market value.\n\nNvidia's $598 billion loss was the largest ever.\n\nThat day Nvidia lost $0.59 trillion.\n";
    assert.deepEqual(inconsistent(en), [['$598 billion', '$598 billion contradicts $589 billion earlier in this draft.']]);
  });
  test('a rounding that does not fit the first is still warned: "589 Milliarden" … "0,61 Billionen"', () => {
    const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(inconsistent('Am 27. Januar 2025 verlor Nvidia 589 Milliarden Dollar an Börsenwert.\n\nNvidia verlor an diesem Tag 0,61 Billionen Dollar.\n'), ['0,61 Billionen Dollar']);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\nOn 27 January 2025 Nvidia lost $589 billion in market value.\n\nThat day Nvidia lost $0.61 trillion.\n'), ['$0.61 trillion']);
  });
});

describe('"an diesem Tag", "that day" after a weekday: the day the weekday names, not the date named before it', () => {
  const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message]);
  test('German: "Am Montag fielen die Kurse" after "am 20. Januar": "an diesem Tag 589 Milliarden" and "am 27. Januar 689 Milliarden" disagree', () => {
    const text = 'Es war Montag, der 27. Januar 2025. Eine Woche zuvor, am 20. Januar, war DeepSeek der Durchbruch gelungen.\n\nAm Montag fielen die Kurse: Nvidia verlor 7,82 Prozent.\n\nAllein bei Nvidia lösten sich an diesem Tag rund 589 Milliarden Dollar an Börsenwert in Luft auf.\n\n- Nvidia am 27. Januar: rund 689 Milliarden Dollar Börsenwert weg\n';
    assert.deepEqual(inconsistent(text), [['689 Milliarden Dollar', '689 Milliarden Dollar contradicts 589 Milliarden Dollar earlier in this draft.']]);
  });
  test('English: "On Monday, chip stocks fell" after "on 20 January": "that day $589 billion" and "on 27 January $689 billion" disagree', () => {
    const text = '---\nlang: en\n---\n\nIt was Monday, 27 January 2025. A week earlier, on 20 January, DeepSeek had its breakthrough.\n\nOn Monday, chip stocks fell: Nvidia lost 7.82 percent.\n\nNvidia alone shed about $589 billion in market value that day.\n\n- Nvidia on 27 January: about $689 billion of market value lost\n';
    assert.deepEqual(inconsistent(text), [['$689 billion', '$689 billion contradicts $589 billion earlier in this draft.']]);
  });
});

describe('a hedged figure of the draft allows another of the draft its own last step, not a share of its value', () => {
  const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message]);
  test('German: "knapp 590 Milliarden Dollar" and later "560 Milliarden Dollar" disagree; "589 Milliarden Dollar" and "fast 600 Milliarden Dollar" do not', () => {
    const text = 'Bei Nvidia waren das knapp 590 Milliarden Dollar Börsenwert, weg an einem einzigen Tag.\n\nBei Nvidia waren das, wie gesagt, 560 Milliarden Dollar Börsenwert.\n';
    assert.deepEqual(inconsistent(text), [['560 Milliarden Dollar', '560 Milliarden Dollar contradicts 590 Milliarden Dollar earlier in this draft.']]);
    assert.deepEqual(inconsistent(text.replace('560', '589')), []);
    assert.deepEqual(inconsistent(text.replace('knapp 590', 'fast 600').replace('560', '589')), []);
  });
  test('English: "about $590 billion" and later "$560 billion" disagree; "$589 billion" and "nearly $600 billion" do not', () => {
    const text = "---\nlang: en\n---\n\nNvidia alone lost about $590 billion in market value in a single day.\n\nAs we said, Nvidia lost $560 billion in market value.\n";
    assert.deepEqual(inconsistent(text), [['$560 billion', '$560 billion contradicts $590 billion earlier in this draft.']]);
    assert.deepEqual(inconsistent(text.replace('560', '589')), []);
    assert.deepEqual(inconsistent(text.replace('about $590', 'nearly $600').replace('560', '589')), []);
  });
  test('German: a later bare "590 Milliarden Dollar" rounds an earlier "rund 589,6 Milliarden Dollar" (or "rund 593"): no contradiction', () => {
    const text = 'Nvidia verlor rund 589,6 Milliarden Dollar Börsenwert.\n\nWie gesagt: Nvidia verlor 590 Milliarden Dollar Börsenwert.\n';
    assert.deepEqual(inconsistent(text), []);
    assert.deepEqual(inconsistent(text.replace('589,6', '593')), []);
  });
  test('English: a later bare "$590 billion" rounds an earlier "about $593 billion" (or "about $589.6 billion"): no contradiction', () => {
    const text = '---\nlang: en\n---\n\nNvidia lost about $593 billion in market value.\n\nAs we said, Nvidia lost $590 billion in market value.\n';
    assert.deepEqual(inconsistent(text), []);
    assert.deepEqual(inconsistent(text.replace('593', '589.6')), []);
  });
});

describe('a later figure that names no one, in a sentence or paragraph that says it repeats ("wie eingangs erwähnt", "worth repeating"), restates the earlier figure of what it measures', () => {
  const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message]);
  test('German: „Beschäftigte: rund 160“, later „Wie eingangs erwähnt, … Dass ein Team von gut 260 Leuten …“ disagree; without the recap, or with „heute“, they do not', () => {
    const box = '# Das Labor\n\n- **Beschäftigte:** rund 160\n- **Sitz:** Hangzhou\n\nDas Labor arbeitet an offenen Modellen.\n\n';
    const recap = 'Wie eingangs erwähnt, arbeitet das Labor an offenen Modellen. Dass ein Team von gut 260 Leuten das geschafft hat, beunruhigt die Konkurrenz.\n';
    assert.deepEqual(inconsistent(box + recap), [['260', '260 contradicts 160 earlier in this draft.']]);
    assert.deepEqual(inconsistent(box + recap.replace('Wie eingangs erwähnt, arbeitet', 'Es arbeitet')), []);
    assert.deepEqual(inconsistent(box + recap.replace('Dass ein Team', 'Dass heute ein Team')), []);
  });
  test('English: "the largest 70 billion", later "One last detail worth repeating: the largest of the laptop versions has 75 billion parameters" disagree (not with "the smallest 1.5 billion"); without the recap they do not', () => {
    const first = '---\nlang: en\n---\n\n# The lab\n\nThe lab put out six smaller versions. The smallest has 1.5 billion parameters, the largest 70 billion.\n\nThat is all about chips.\n\n';
    const recap = 'One last detail worth repeating: the largest of the laptop versions has 75 billion parameters.\n';
    assert.deepEqual(inconsistent(first + recap), [['75 billion', '75 billion contradicts 70 billion earlier in this draft.']]);
    assert.deepEqual(inconsistent(first + recap.replace('worth repeating', 'of note')), []);
    assert.deepEqual(inconsistent(first + recap.replace('has 75 billion', 'now has 75 billion')), []);
  });
  test('German and English: the renovation and the new wing stay two things, also in a recap; twenty models of no one named stay clean', () => {
    assert.deepEqual(inconsistent('Die Renovierung kostete 4,2 Millionen Euro.\n\nWie erwähnt, kostete der neue Flügel 1,9 Millionen Euro.\n'), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\nThe renovation cost $4.2 million.\n\nAs mentioned, the new wing cost $1.9 million.\n'), []);
    assert.deepEqual(inconsistent('Die Renovierung kostete 4,2 Millionen Euro.\n\nWie erwähnt, kostete sie 5,1 Millionen Euro.\n'), [['5,1 Millionen Euro', '5,1 Millionen Euro contradicts 4,2 Millionen Euro earlier in this draft.']]);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\nThe renovation cost $4.2 million.\n\nAs mentioned, it cost $5.1 million.\n'), [['$5.1 million', '$5.1 million contradicts $4.2 million earlier in this draft.']]);
    const values = [12, 30, 47, 53, 68, 71, 86, 94, 105, 117, 123, 139, 146, 152, 168, 175, 181, 197, 204, 216];
    assert.deepEqual(inconsistent(values.map((v) => `The model has ${v} billion parameters.`).join('\n\n')), []);
    assert.deepEqual(inconsistent(values.map((v) => `Das Modell hat ${v} Milliarden Parameter.`).join('\n\n')), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\nThe first training run cost $4.2 million.\n\nA second run used other chips.\n\nIt cost $1.9 million.\n'), []);
  });
});

describe('the writer\'s own count restated where the sentence names no one: "We are 140 people" … "Headcount: 410"', () => {
  const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message, f.start]);
  test('German: „Wir sind heute 140 Mitarbeiter“ and a closing list „Mitarbeiter: 410“ under a heading contradict', () => {
    const text = '# Memo\n\nWir sind heute 140 Mitarbeiter.\n\n## Zahlen\n\n1. Mitarbeiter: 410\n';
    assert.deepEqual(inconsistent(text), [['410', '410 contradicts 140 earlier in this draft.', text.indexOf('410')]]);
  });
  test('English: "We are 140 people today" and "Headcount: 410" in a list under a heading contradict, with or without a heading above', () => {
    const text = '# Memo about DeepSeek\n\nWe are 140 people today.\n\n## Numbers to remember\n\n1. Headcount: 410\n';
    assert.deepEqual(inconsistent(text), [['410', '410 contradicts 140 earlier in this draft.', text.indexOf('410')]]);
    const plain = '---\nlang: en\n---\n\n# Memo\n\nWe are 140 people today.\n\n## Numbers to remember\n\n1. Headcount: 410\n';
    assert.deepEqual(inconsistent(plain), [['410', '410 contradicts 140 earlier in this draft.', plain.indexOf('410')]]);
  });
  test('German and English: a count the writer\'s own noun holds and a list item of the same noun with another value contradict', () => {
    const de = '# Bericht\n\nZum Stichtag hielt der Fonds 46 Einzeltitel.\n\n## Kennzahlen\n\n- 48 Einzeltitel\n';
    assert.deepEqual(inconsistent(de), [['48', '48 contradicts 46 earlier in this draft.', de.indexOf('48')]]);
    const en = '---\nlang: en\n---\n\n# Update\n\nWe now have 64 paying customers.\n\n## KPIs\n\n- 46 paying customers\n';
    assert.deepEqual(inconsistent(en), [['46', '46 contradicts 64 earlier in this draft.', en.indexOf('46')]]);
    // Another noun is another count; the same value restates it.
    assert.deepEqual(inconsistent('# Bericht\n\nZum Stichtag hielt der Fonds 46 Einzeltitel.\n\n## Kennzahlen\n\n- 48 Anleihen\n- 46 Einzeltitel\n'), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\n# Update\n\nWe now have 64 paying customers.\n\n## KPIs\n\n- 46 trial users\n- 64 paying customers\n'), []);
  });
  test('German and English: the same value again, another named owner, another thing named, another year, or two counts of no one stay clean', () => {
    assert.deepEqual(inconsistent('Wir sind heute 140 Mitarbeiter.\n\nEin typisches Labor hat 200 Mitarbeiter.\n\n## Zahlen\n\n1. Mitarbeiter: 140\n'), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\nWe are 140 people today.\n\nA typical lab has 200 people.\n\n## Numbers to remember\n\n1. Headcount: 140\n'), []);
    assert.deepEqual(inconsistent('Wir sind heute 140 Mitarbeiter.\n\nDeepSeek hat 410 Mitarbeiter.\n'), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\nWe are 140 people today.\n\nDeepSeek has 410 employees.\n'), []);
    assert.deepEqual(inconsistent('Wir sind heute 140 Mitarbeiter.\n\n## Zahlen\n\n1. Mitarbeiter 2023: 410\n'), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\n# Memo\n\nHeadcount: 140\n\n## Numbers\n\n1. Headcount: 410\n'), []);
  });
  test('German and English: a bare list item of the same noun under a heading that names no one still restates the writer\'s own count', () => {
    const de = '# Plattform-Rückblick\n\nWir betreiben 12 Modelle im Produktivbetrieb.\n\n## Zahlen\n\n- 20 Modelle im Produktivbetrieb\n';
    assert.deepEqual(inconsistent(de), [['20', '20 contradicts 12 earlier in this draft.', de.indexOf('20')]]);
    const en = '---\nlang: en\n---\n\n# Platform review\n\nWe run 12 models in production.\n\n## Numbers\n\n- 20 models in production\n';
    assert.deepEqual(inconsistent(en), [['20', '20 contradicts 12 earlier in this draft.', en.indexOf('20')]]);
  });
  test('German and English: a clause with a subject of its own owns its figure ("Most competitors run 20 models", „Die Konkurrenz betreibt 20 Modelle“)', () => {
    assert.deepEqual(inconsistent('# Plattform-Rückblick\n\nWir betreiben 12 Modelle im Produktivbetrieb.\n\nDie Konkurrenz betreibt 20 Modelle im Produktivbetrieb.\n\nEine typische Bank betreibt 30 Modelle im Produktivbetrieb.\n'), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\n# Platform review\n\nWe run 12 models in production.\n\nMost competitors run 20 models in production.\n\nA typical bank runs 30 models in production.\n'), []);
  });
  test('German and English: a list item under a heading that names another company is that company\'s', () => {
    assert.deepEqual(inconsistent('# Plattform-Rückblick\n\nWir betreiben 12 Modelle im Produktivbetrieb.\n\n## Zum Vergleich\n\n### Nvidia\n\n- 20 Modelle im Produktivbetrieb\n'), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\n# Platform review\n\nWe run 12 models in production.\n\n## How others compare\n\n### Nvidia\n\n- 20 models in production\n'), []);
  });
  test('German and English: a list item that states a time of its own, or an own count of a stated day against one of none, are other facts', () => {
    assert.deepEqual(inconsistent('# Halbjahresbericht\n\nZum Stichtag 30. Juni hielt der Fonds 46 Einzeltitel.\n\n## Entwicklung des Portfolios\n\n- Ende 2023: 52 Einzeltitel\n'), []);
    assert.deepEqual(inconsistent('# Halbjahresbericht\n\nZum Stichtag hielt der Fonds 46 Einzeltitel.\n\n## Entwicklung des Portfolios\n\n- Ende 2023: 52 Einzeltitel\n'), []);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\n# Platform review\n\nWe run 12 models in production.\n\n## History\n\n- End of 2023: 20 models in production\n'), []);
    assert.deepEqual(inconsistent('# Plattform-Rückblick\n\nZum Stichtag 30. Juni betrieben wir 12 Modelle im Produktivbetrieb.\n\n## Zahlen\n\n- Vor zwei Jahren: 20 Modelle im Produktivbetrieb\n'), []);
  });
});

describe('a label before the writer\'s own figure is what the figure counts: „| KI-Artikel der Redaktion 2025 | 241 |“ … „214 Artikel“', () => {
  const findings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency' || f.code === 'figure-mismatch').map((f) => [text.slice(f.start, f.end), f.message, f.start]);
  const table = (rows: string) => `\n\n| Was | Zahl |\n|---|---|\n${rows}`;
  const en = '---\nlang: en\n---\n\n';
  test('German: a table row\'s label and a list item\'s label name what its bare count counts, as the prose\'s noun does', () => {
    const row = `# Jahresrückblick 2025\n\nWir haben in diesem Jahr 214 Artikel über künstliche Intelligenz veröffentlicht.\n\n## Das Jahr in Zahlen${table('| KI-Artikel der Redaktion 2025 | 241 |\n')}`;
    assert.deepEqual(findings(row), [['241', '241 contradicts 214 earlier in this draft.', row.lastIndexOf('241')]]);
    const item = '# Bericht\n\nZum Stichtag hielt der Fonds 46 Einzeltitel.\n\n## Kennzahlen\n\n- Einzeltitel: 48\n';
    assert.deepEqual(findings(item), [['48', '48 contradicts 46 earlier in this draft.', item.lastIndexOf('48')]]);
    // A row labelled by its year alone counts what its column header names, in that year: against the count of that
    // year it contradicts; against one of no stated time it is another fact, as „- Ende 2023: 52 Einzeltitel“ is.
    const column = (when: string) => `# Bericht\n\n${when} hielt der Fonds 46 Einzeltitel.\n\n## Kennzahlen\n\n| Jahr | Einzeltitel |\n|---|---|\n| 2025 | 48 |\n`;
    assert.deepEqual(findings(column('Ende 2025')), [['48', '48 contradicts 46 earlier in this draft.', column('Ende 2025').lastIndexOf('48')]]);
    assert.deepEqual(findings(column('Zum Stichtag')), []);
  });
  test('English: "- Postdocs: 4" against "three postdocs", and a table row "| AI articles of the newsroom 2025 | 241 |" against "214 articles"', () => {
    const item = `${en}# Lab report\n\nOur group has three postdocs.\n\n## Summary\n\n- Postdocs: 4\n`;
    assert.deepEqual(findings(item), [['4', '4 contradicts three earlier in this draft.', item.lastIndexOf('4')]]);
    const row = `${en}# Year in review 2025\n\nWe published 214 articles about artificial intelligence this year.\n\n## The year in numbers${table('| AI articles of the newsroom 2025 | 241 |\n')}`;
    assert.deepEqual(findings(row), [['241', '241 contradicts 214 earlier in this draft.', row.lastIndexOf('241')]]);
  });
  test('English: a label whose head noun is followed by a participle ("Caseworkers trained", "Workshops held", "Charities helped by …") counts the noun', () => {
    const trained = `${en}# Impact report\n\nWe trained 1,250 caseworkers this year.\n\n## By the numbers${table('| Caseworkers trained | 1,400 |\n')}`;
    assert.deepEqual(findings(trained), [['1,400', '1,400 contradicts 1,250 earlier in this draft.', trained.lastIndexOf('1,400')]]);
    const held = `${en}# Impact report\n\nWe held 38 workshops this year.\n\n## By the numbers${table('| Workshops held in 2024 | 40 |\n')}`;
    assert.deepEqual(findings(held), []);
    const heldUndated = `${en}# Impact report\n\nWe held 38 workshops.\n\n## By the numbers${table('| Workshops held | 40 |\n')}`;
    assert.deepEqual(findings(heldUndated), [['40', '40 contradicts 38 earlier in this draft.', heldUndated.lastIndexOf('40')]]);
    const helped = `${en}# Impact report\n\nOur volunteers helped 410 charities.\n\n## By the numbers${table('| Charities helped by volunteers | 380 |\n')}`;
    assert.deepEqual(findings(helped), [['380', '380 contradicts 410 earlier in this draft.', helped.lastIndexOf('380')]]);
    // The same counts restated are clean; a noun whose "-ed" is its own ("Inference speed") is no participle.
    assert.deepEqual(findings(`${en}# Impact report\n\nWe trained 1,250 caseworkers this year.\n\n## By the numbers${table('| Caseworkers trained | 1,250 |\n')}`), []);
    assert.deepEqual(findings(`${en}# Impact report\n\nWe trained 1,250 caseworkers this year.\n\n## By the numbers${table('| Workshops held | 1,400 |\n')}`), []);
  });
  test('German and English: a verb joined by "and"/„und“ with no subject of its own keeps the writer\'s "we"/„wir“', () => {
    const trained = `${en}# Impact report\n\nWe trained 1,250 caseworkers and helped 410 charities this year.\n\n## By the numbers${table('| Charities helped | 380 |\n')}`;
    assert.deepEqual(findings(trained), [['380', '380 contradicts 410 earlier in this draft.', trained.lastIndexOf('380')]]);
    assert.deepEqual(findings(`${en}# Impact report\n\nWe trained 1,250 caseworkers and helped 380 charities this year.\n\n## By the numbers${table('| Charities helped | 380 |\n')}`), []);
    // A clause with a subject of its own is someone else's.
    assert.deepEqual(findings(`${en}# Impact report\n\nWe trained 1,250 caseworkers and the city helped 410 charities this year.\n\n## By the numbers${table('| Charities helped | 380 |\n')}`), []);
    const de = (second: string) => `# Jahresbericht\n\nWir schulten 1.250 Fachkräfte und ${second} 410 Vereine.\n\n## Fazit\n\nInsgesamt haben wir 380 Vereine unterstützt.\n`;
    assert.deepEqual(findings(de('unterstützten')), [['380', '380 contradicts 410 earlier in this draft.', de('unterstützten').lastIndexOf('380')]]);
    assert.deepEqual(findings(de('die Stadt unterstützte')), []);
    assert.deepEqual(findings('# Jahresbericht\n\nWir schulten 1.250 Fachkräfte und unterstützten 380 Vereine.\n\n## Fazit\n\nInsgesamt haben wir 380 Vereine unterstützt.\n'), []);
  });
  test('German and English: "this year"/„dieses Jahr“ is the writer\'s year, not one an earlier sentence of the paragraph named', () => {
    const english = (when: string, later: string) => `---\nlang: en\ndate: 2025-12-01\n---\n\n# Impact report\n\nWhen we started Open Bench in Leeds in 2016, few models were open. ${when} we trained 48,200 people.\n\n## By the numbers\n\nIn 2025 we trained ${later} people.\n`;
    assert.deepEqual(findings(english('This year', '42,800')), [['42,800', '42,800 contradicts 48,200 earlier in this draft.', english('This year', '42,800').lastIndexOf('42,800')]]);
    assert.deepEqual(findings(english('This year', '48,200')), []);
    // "That year" points back to 2016: another year than 2025.
    assert.deepEqual(findings(english('That year', '42,800')), []);
    const german = (when: string, later: string) => `---\ndate: 2025-12-01\n---\n\n# Jahresbericht\n\nAls wir Open Bench 2016 in Leeds gründeten, waren wenige Modelle offen. ${when} haben wir 48.200 Menschen geschult.\n\n## Zahlen\n\n2025 haben wir ${later} Menschen geschult.\n`;
    assert.deepEqual(findings(german('Dieses Jahr', '42.800')), [['42.800', '42.800 contradicts 48.200 earlier in this draft.', german('Dieses Jahr', '42.800').lastIndexOf('42.800')]]);
    assert.deepEqual(findings(german('Im laufenden Jahr', '48.200')), []);
    assert.deepEqual(findings(german('In jenem Jahr', '42.800')), []);
  });
  test('German and English: "this year"/„dieses Jahr“ opening the sentence dates its later clauses too, not the year of the "when"/„als“ sentence before', () => {
    const english = (when: string, later: string) => `---\nlang: en\n---\n\n# Impact report\n\nWhen we started Open Bench in Leeds in 2016, few models were open. ${when} we trained 48,200 people.\n\n## By the numbers\n\nIn 2025 we trained ${later} people.\n`;
    const volunteers = 'This year, with the help of 1,150 volunteers,';
    assert.deepEqual(findings(english(volunteers, '42,800')), [['42,800', '42,800 contradicts 48,200 earlier in this draft.', english(volunteers, '42,800').lastIndexOf('42,800')]]);
    assert.deepEqual(findings(english(volunteers, '48,200')), []);
    // "That year" points back to 2016: another year than 2025.
    assert.deepEqual(findings(english('That year, with the help of 1,150 volunteers,', '42,800')), []);
    const german = (when: string, later: string) => `# Jahresbericht\n\nAls wir Open Bench 2016 in Leeds gründeten, waren wenige Modelle offen. ${when} haben wir 48.200 Menschen geschult.\n\n## Zahlen\n\n2025 haben wir ${later} Menschen geschult.\n`;
    for (const when of ['Dieses Jahr, mit Hilfe von 1.150 Ehrenamtlichen,', 'Im laufenden Jahr, in 312 Workshops,']) {
      assert.deepEqual(findings(german(when, '42.800')), [['42.800', '42.800 contradicts 48.200 earlier in this draft.', german(when, '42.800').lastIndexOf('42.800')]]);
      assert.deepEqual(findings(german(when, '48.200')), []);
    }
    // „In diesem Jahr“ and „In jenem Jahr“ point back to 2016, as often as not: another year than 2025.
    assert.deepEqual(findings(german('In jenem Jahr, in 312 Workshops,', '42.800')), []);
    assert.deepEqual(findings(german('In diesem Jahr, in 312 Workshops,', '42.800')), []);
  });
  test('German and English: a label of another year is another time; the same label of the same year contradicts', () => {
    const de = (year: string) => `# Bericht\n\nWir hatten 2025 15 Abonnenten.\n\n## Zahlen${table(`| Abonnenten der Redaktion ${year} | 12 |\n`)}`;
    assert.deepEqual(findings(de('2024')), []);
    assert.deepEqual(findings(de('2025')), [['12', '12 contradicts 15 earlier in this draft.', de('2025').lastIndexOf('12')]]);
    const english = (year: string) => `${en}# Report\n\nWe had 15 subscribers in 2025.\n\n## Numbers${table(`| Subscribers of the newsroom ${year} | 12 |\n`)}`;
    assert.deepEqual(findings(english('2024')), []);
    assert.deepEqual(findings(english('2025')), [['12', '12 contradicts 15 earlier in this draft.', english('2025').lastIndexOf('12')]]);
    // „Umsatz 2024: 12“ and „Umsatz 2025: 15“ are two years' values.
    assert.deepEqual(findings('# Bericht\n\nWir hatten 2025 15 Kunden.\n\n## Zahlen\n\n- Kunden 2024: 12\n'), []);
  });
  test('German and English: a label of another thing, a label that names a company, and a source\'s figure under a label stay as they were', () => {
    assert.deepEqual(findings('# Bericht\n\nWir haben heute 45 Mitarbeiter.\n\n## Zahlen\n\n- Modelle: 40\n'), []);
    assert.deepEqual(findings(`${en}# Report\n\nWe have 45 employees today.\n\n## Numbers\n\n- Models: 40\n`), []);
    // A company's row is about the company: its staff is no count of the writer's.
    assert.deepEqual(findings(`# Bericht\n\nWir haben heute 45 Mitarbeiter.\n\n## Zahlen${table('| Mitarbeiter von DeepSeek | 30 |\n')}`), []);
    assert.deepEqual(findings(`${en}# Report\n\nWe have 45 employees today.\n\n## Numbers${table('| Employees of DeepSeek | 30 |\n')}`), []);
    // „| Kleinere Versionen von R1 | 6 |“: the source's six smaller versions, not the writer's four tested.
    const sourced = `# Chinas Anteil\n\nWir haben 4 Versionen getestet.\n\n## Zahlen${table('| Kleinere Versionen von R1 | 6 |\n')}`;
    assert.deepEqual(findings(sourced), []);
    assert.equal(analyzeDraft(sourced, index).figures.find((f) => f.figure.text === '6')?.match.status, 'supported');
  });
  test('German and English: a label of another noun counts another thing, though the lexicon joins both („Versionen“ and „Modelle“ are models)', () => {
    assert.deepEqual(findings('# Bericht\n\nWir haben 1300 Modelle getestet.\n\n## Zahlen\n\n- Versionen: 6\n'), []);
    assert.deepEqual(findings(`# Bericht\n\nWir haben 1300 Modelle getestet.\n\n## Zahlen${table('| Versionen | 6 |\n')}`), []);
    assert.deepEqual(findings(`${en}# Report\n\nWe tested 1300 models.\n\n## Numbers\n\n- Versions: 6\n`), []);
    assert.deepEqual(findings(`${en}# Report\n\nWe tested 1300 models.\n\n## Numbers${table('| Versions | 6 |\n')}`), []);
    // „Mitarbeiter: 40“ against „40 Modelle“ and „45 Modelle“: staff are no models, whatever the value.
    assert.deepEqual(findings('# Bericht\n\nWir betreiben 45 Modelle.\n\n## Zahlen\n\n- Mitarbeiter: 40\n'), []);
    assert.deepEqual(findings(`${en}# Report\n\nWe run 45 models.\n\n## Numbers\n\n- Employees: 40\n`), []);
  });
  test('German and English: a label of the same noun inflected otherwise is that noun („Länder: 14“ for „in 12 Ländern“, "Postdoc: 4" for "three postdocs")', () => {
    const de = '# Bericht\n\nWir betreuen Kunden in 12 Ländern.\n\n## Zahlen\n\n- Länder: 14\n';
    assert.deepEqual(findings(de), [['14', '14 contradicts 12 earlier in this draft.', de.lastIndexOf('14')]]);
    const english = `${en}# Lab report\n\nOur group has three postdocs.\n\n## Summary${table('| Postdoc | 4 |\n')}`;
    assert.deepEqual(findings(english), [['4', '4 contradicts three earlier in this draft.', english.lastIndexOf('4')]]);
  });
  test('German and English: a heading „Modelle: 4“ titles a section, and a share „Modelle: 3,5“ counts no things: both stay clean', () => {
    assert.deepEqual(findings('# Bericht\n\nWir haben 3 Modelle getestet.\n\n## Modelle: 4\n\nMehr dazu unten.\n'), []);
    assert.deepEqual(findings('# Bericht\n\nWir haben 3 Modelle getestet.\n\n## Zahlen\n\n- Modelle: 3,5\n'), []);
    assert.deepEqual(findings(`${en}# Report\n\nWe tested 3 models.\n\n## Models: 4\n\nMore on that below.\n`), []);
    assert.deepEqual(findings(`${en}# Report\n\nWe tested 3 models.\n\n## Numbers\n\n- Models: 3.5\n`), []);
    // The same list item with a whole count contradicts.
    const whole = '# Bericht\n\nWir haben 3 Modelle getestet.\n\n## Zahlen\n\n- Modelle: 4\n';
    assert.deepEqual(findings(whole), [['4', '4 contradicts 3 earlier in this draft.', whole.lastIndexOf('4')]]);
  });
});

describe('a company\'s runway is a span of its own the draft restates: „22 Monate“ … „Liquiditätsreichweite von 18 Monaten“', () => {
  const findings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message, f.start]);
  const de = (later: string) => `# Memo\n\nUns geht es gut. Wir haben Geld für 22 Monate, unsere Liquiditätsreichweite ist gesichert.\n\n## Fragen\n\n${later}\n`;
  const en = (later: string) => `---\nlang: en\n---\n\n# Memo\n\nWe are fine. We have 22 months of runway.\n\n## Questions\n\n${later}\n`;
  test('German: „Liquiditätsreichweite von 18 Monaten“ contradicts „Geld für 22 Monate“ (months in two cases, one noun)', () => {
    const text = de('Mit einer Liquiditätsreichweite von 18 Monaten müssen wir 2026 kein Geld aufnehmen.');
    assert.deepEqual(findings(text), [['18 Monaten', '18 Monaten contradicts 22 Monate earlier in this draft.', text.indexOf('18 Monaten')]]);
    // A unit of time is what its number counts, not the noun before „von“.
    assert.equal(analyzeDraft(text, index).figures.find((f) => f.figure.text === '18 Monaten')?.figure.noun, 'monaten');
  });
  test('English: "With 18 months of runway" contradicts "22 months of runway"', () => {
    const text = en('With 18 months of runway we do not need to raise in 2026.');
    assert.deepEqual(findings(text), [['18 months', '18 months contradicts 22 months earlier in this draft.', text.indexOf('18 months')]]);
  });
  test('German and English: another span, another company\'s runway and the same runway restated stay silent', () => {
    assert.deepEqual(findings(de('Das Projekt hat 18 Monate gedauert.')), []);
    assert.deepEqual(findings(de('DeepSeek hat eine Liquiditätsreichweite von 18 Monaten.')), []);
    assert.deepEqual(findings(de('Mit einer Liquiditätsreichweite von 22 Monaten müssen wir 2026 kein Geld aufnehmen.')), []);
    assert.deepEqual(findings(en('The project took 18 months.')), []);
    assert.deepEqual(findings(en('DeepSeek has 18 months of runway.')), []);
    assert.deepEqual(findings(en('With 22 months of runway we do not need to raise in 2026.')), []);
  });
});

describe('two digits swapped in one entity\'s same measure are a slip, whatever days the two figures borrow from their paragraphs', () => {
  const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message]);
  test('German: „589 Milliarden Dollar“ in a paragraph of 27 January and „598 Milliarden Dollar“ in one of 20 January disagree; each dated by its own sentence, they do not', () => {
    const text = 'Am 27. Januar 2025 brachen die Chipwerte ein. Nvidia verlor 589 Milliarden Dollar an Börsenwert.\n\nDeepSeek stellte R1 am 20. Januar 2025 vor. Der Börsenwert von Nvidia fiel an einem einzigen Handelstag um rund 598 Milliarden Dollar.\n';
    assert.deepEqual(inconsistent(text), [['598 Milliarden Dollar', '598 Milliarden Dollar contradicts 589 Milliarden Dollar earlier in this draft.']]);
    assert.deepEqual(inconsistent('Am 27. Januar 2025 verlor Nvidia 589 Milliarden Dollar an Börsenwert.\n\nAm 21. Januar 2025 verlor Nvidia 598 Milliarden Dollar an Börsenwert.\n'), []);
  });
  test('English: "$589 billion" in a paragraph of 27 January and "$598 billion" in one of 20 January disagree; each dated by its own sentence, they do not', () => {
    const text = "---\nlang: en\n---\n\nOn 27 January 2025 chip stocks crashed. Nvidia lost $589 billion of market value.\n\nDeepSeek released R1 on 20 January 2025. Such declines included a fall in Nvidia's market value of approximately $598 billion in a single trading day.\n";
    assert.deepEqual(inconsistent(text), [['$598 billion', '$598 billion contradicts $589 billion earlier in this draft.']]);
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\nOn 27 January 2025 Nvidia lost $589 billion of market value.\n\nOn 21 January 2025 Nvidia lost $598 billion of market value.\n'), []);
  });
});

describe('a day a heading names is the figures\' own: a daily report\'s two days are two facts', () => {
  const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message]);
  test('German: „fiel um 4,2 Prozent“ under Monday\'s heading and „um 2,4 Prozent“ under Tuesday\'s disagree with nothing', () => {
    assert.deepEqual(inconsistent('# Börsenwoche\n\n## Montag, 27. Januar 2025\n\nAlibaba fiel um 4,2 Prozent.\n\n## Dienstag, 28. Januar 2025\n\nAlibaba fiel um 2,4 Prozent.\n'), []);
  });
  test('English: "fell 4.2 percent" under Monday\'s heading and "2.4 percent" under Tuesday\'s disagree with nothing', () => {
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\n# Market week\n\n## Monday, 27 January 2025\n\nAlibaba fell 4.2 percent.\n\n## Tuesday, 28 January 2025\n\nAlibaba fell 2.4 percent.\n'), []);
  });
  test('German guard: two values under one heading\'s day still disagree', () => {
    assert.deepEqual(inconsistent('## Montag, 27. Januar 2025\n\nAlibaba fiel um 4,2 Prozent.\n\nAm Abend hieß es: Alibaba fiel um 2,4 Prozent.\n'), [['2,4 Prozent', '2,4 Prozent contradicts 4,2 Prozent earlier in this draft.']]);
  });
  test('English guard: two values under one heading\'s day still disagree', () => {
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\n## Monday, 27 January 2025\n\nAlibaba fell 4.2 percent.\n\nBy the evening: Alibaba fell 2.4 percent.\n'), [['2.4 percent', '2.4 percent contradicts 4.2 percent earlier in this draft.']]);
  });
});

describe('a pluperfect under the next day\'s heading recalls the day before: not the heading\'s day', () => {
  const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message]);
  test('German: „Alibaba hatte am Vortag 2,4 Prozent verloren“ under Tuesday\'s heading still disagrees with Monday\'s 4,2 Prozent', () => {
    assert.deepEqual(inconsistent('## Montag, 27. Januar 2025\n\nAlibaba fiel um 4,2 Prozent.\n\n## Dienstag, 28. Januar 2025\n\nAlibaba hatte am Vortag 2,4 Prozent verloren.\n'), [['2,4 Prozent', '2,4 Prozent contradicts 4,2 Prozent earlier in this draft.']]);
  });
  test('English: "Alibaba had lost 2.4 percent the day before" under Tuesday\'s heading still disagrees with Monday\'s 4.2 percent', () => {
    assert.deepEqual(inconsistent('---\nlang: en\n---\n\n## Monday, 27 January 2025\n\nAlibaba fell 4.2 percent.\n\n## Tuesday, 28 January 2025\n\nAlibaba had lost 2.4 percent the day before.\n'), [['2.4 percent', '2.4 percent contradicts 4.2 percent earlier in this draft.']]);
  });
});

describe('two neighbouring digits swapped are the earlier value mistyped: the fix puts it back, written as the later one is', () => {
  const fixes = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);
  test('German: „671 Milliarden Parameter“, later a table\'s „761 Milliarden“ is fixed to „671 Milliarden“; „589 Mrd. Dollar“, later „598 Mrd. Dollar“ to „589 Mrd. Dollar“', () => {
    assert.deepEqual(fixes('# R1\n\nR1 hat 671 Milliarden Parameter.\n\n| Modell | Parameter |\n|---|---|\n| R1 | 761 Milliarden |\n'), [['761 Milliarden', '671 Milliarden']]);
    assert.deepEqual(fixes('Am 27. Januar 2025 verlor Nvidia 589 Mrd. Dollar an Börsenwert.\n\nDer Verlust von 598 Mrd. Dollar an Börsenwert traf Nvidia hart.\n'), [['598 Mrd. Dollar', '589 Mrd. Dollar']]);
  });
  test('English: "671 billion parameters", later a table\'s "761 billion" is fixed to "671 billion"; "$2.41 billion", later "$2.14 billion" to "$2.41 billion"', () => {
    assert.deepEqual(fixes('---\nlang: en\n---\n\n# R1\n\nR1 has 671 billion parameters.\n\n| model | parameters |\n|---|---|\n| R1 | 761 billion |\n'), [['761 billion', '671 billion']]);
    assert.deepEqual(fixes('---\nlang: en\n---\n\nOn 27 January 2025 Nvidia lost $589 billion of market value.\n\nThe loss of $598 Billion in market value hit Nvidia hard.\n'), [['$598 Billion', '$589 Billion']]);
  });
  test('German and English guard: another digit changed, or three digits moved, says one of two is wrong, not which: the warning stays, with no fix', () => {
    assert.deepEqual(fixes('# R1\n\nR1 hat 671 Milliarden Parameter.\n\n| Modell | Parameter |\n|---|---|\n| R1 | 681 Milliarden |\n'), [['681 Milliarden', undefined]]);
    assert.deepEqual(fixes('---\nlang: en\n---\n\n# R1\n\nR1 has 671 billion parameters.\n\n| model | parameters |\n|---|---|\n| R1 | 176 billion |\n'), [['176 billion', undefined]]);
  });
  test('German and English guard: where the sources back the later value, the earlier one is the slip: no fix puts it in', () => {
    const de = fixes('Am 27. Januar 2025 fiel Nvidia um 8,72 Prozent.\n\nNvidia fiel am 27. Januar 2025 um 7,82 Prozent.\n');
    assert.ok(de.every(([, fix]) => fix === undefined), JSON.stringify(de));
    const en = fixes('---\nlang: en\n---\n\nOn 27 January 2025 Nvidia fell 8.72 percent.\n\nNvidia fell 7.82 percent on 27 January 2025.\n');
    assert.ok(en.every(([, fix]) => fix === undefined), JSON.stringify(en));
  });
});

describe('a look back in the figure\'s own clause recalls the day before its heading\'s: „am Vortag“, „gestern“, "a day earlier", "yesterday"', () => {
  const inconsistent = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => text.slice(f.start, f.end));
  const de = (tuesday: string) => `# Börsenwoche\n\n## Montag, 27. Januar 2025\n\nAlibaba fiel um 4,2 Prozent.\n\n## Dienstag, 28. Januar 2025\n\n${tuesday}\n`;
  const en = (tuesday: string) => `---\nlang: en\n---\n\n# Market week\n\n## Monday, 27 January 2025\n\nAlibaba fell 4.2 percent.\n\n## Tuesday, 28 January 2025\n\n${tuesday}\n`;
  test('German: „am Vortag“, „tags zuvor“, „einen Tag zuvor“, „gestern“ under Tuesday\'s heading are Monday\'s and disagree with its 4,2 Prozent', () => {
    assert.deepEqual(inconsistent(de('Am Vortag war Alibaba um 2,4 Prozent gefallen.')), ['2,4 Prozent']);
    assert.deepEqual(inconsistent(de('Alibaba war tags zuvor um 2,4 Prozent gefallen.')), ['2,4 Prozent']);
    assert.deepEqual(inconsistent(de('Einen Tag zuvor gab Alibaba 2,4 Prozent ab.')), ['2,4 Prozent']);
    assert.deepEqual(inconsistent(de('Gestern fiel Alibaba um 2,4 Prozent.')), ['2,4 Prozent']);
  });
  test('English: "the day before", "a day earlier", "the previous day", "yesterday" under Tuesday\'s heading are Monday\'s', () => {
    assert.deepEqual(inconsistent(en('The day before, Alibaba fell 2.4 percent.')), ['2.4 percent']);
    assert.deepEqual(inconsistent(en('Alibaba lost 2.4 percent a day earlier.')), ['2.4 percent']);
    assert.deepEqual(inconsistent(en('Alibaba fell 2.4 percent the previous day.')), ['2.4 percent']);
    assert.deepEqual(inconsistent(en('Yesterday Alibaba fell 2.4 percent.')), ['2.4 percent']);
  });
  test('German guard: a look back in another clause, or „gestern“ as another time\'s noun, leaves the figure the heading\'s day', () => {
    assert.deepEqual(inconsistent(de('Alibaba verlor heute 2,4 Prozent, nachdem die Aktie am Vortag kräftig gefallen war.')), []);
    assert.deepEqual(inconsistent(de('Alibaba, die am Vortag stark gefallen war, verlor 2,4 Prozent.')), []);
    assert.deepEqual(inconsistent(de('Analysten hatten eine Erholung erwartet, doch Alibaba fiel um 2,4 Prozent.')), []);
    assert.deepEqual(inconsistent(de('Alibaba fiel um 2,4 Prozent und setzte damit die Verluste von gestern fort.')), []);
    assert.deepEqual(inconsistent(de('Anders als gestern verlor Alibaba nur 2,4 Prozent.')), []);
    assert.deepEqual(inconsistent(de('Alibaba verlor 2,4 Prozent, einen Tag nach der Vorlage der Zahlen.')), []);
  });
  test('English guard: a look back in another clause, "yesterday\'s", "compared with yesterday" leave the figure the heading\'s day', () => {
    assert.deepEqual(inconsistent(en('Alibaba lost 2.4 percent today, after a steep fall on Monday.')), []);
    assert.deepEqual(inconsistent(en('Alibaba, which had fallen hard the day before, lost 2.4 percent.')), []);
    assert.deepEqual(inconsistent(en('Analysts had expected Alibaba to recover, but it fell 2.4 percent.')), []);
    assert.deepEqual(inconsistent(en('Alibaba fell 2.4 percent after yesterday\'s slide.')), []);
    assert.deepEqual(inconsistent(en('Compared with yesterday, Alibaba lost only 2.4 percent.')), []);
    assert.deepEqual(inconsistent(en('Alibaba lost 2.4 percent, a day after the company reported results.')), []);
  });
});

describe('a later figure a source states is not warned against an earlier one no source states: the earlier one is the slip', () => {
  const seen = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => ['draft-inconsistency', 'unsourced-figure'].includes(f.code)).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('German: „5,6 Millionen Dollar“ after „irgendwo gelesen … 5,6 Milliarden Dollar“ is clean, the earlier one stays unsourced; two unsourced head counts still warn', () => {
    const chat = '---\nlang: de\n---\n\n**Nutzer:** Moment, 17 Prozent bei Nvidia?? Und ich habe irgendwo gelesen, das Training habe 5,6 Milliarden Dollar gekostet.\n\n**Assistent:** Entschuldigung, ich habe mich versprochen: Nvidia fiel um 7,82 Prozent. Zu den Trainingskosten ist der Artikel eindeutig: Es waren 5,6 Millionen Dollar, ein Bruchteil der 78 Millionen Dollar für GPT-4o.\n';
    assert.deepEqual(seen(chat), [['unsourced-figure', '17 Prozent'], ['unsourced-figure', '5,6 Milliarden Dollar']]);
    assert.equal(assertSameFindings(chat), 0);
    assert.deepEqual(seen('DeepSeek hat 160 Mitarbeiter.\n\nMit seinen 200 Mitarbeitern bleibt DeepSeek klein.\n').filter(([code]) => code === 'draft-inconsistency'), [['draft-inconsistency', '200']]);
  });
  test('English: the table\'s "−7.82%" after "6.6% of the position" is clean, and "$5.6 million" after "a friend told me … $5.6 billion"; two unsourced head counts still warn', () => {
    const memo = '---\nlang: en\n---\n\nWe held $96 million in Nvidia. At the 27 January moves, the paper loss was about $7.5 million on Nvidia, or 6.6% of the position.\n\n| Stock | Move on 27 Jan 2025 |\n|---|---|\n| Nvidia | −7.82% |\n';
    assert.deepEqual(seen(memo), [['unsourced-figure', '$96 million'], ['unsourced-figure', '$7.5 million'], ['unsourced-figure', '6.6%']]);
    assert.equal(assertSameFindings(memo), 0);
    const chat = '---\nlang: en\n---\n\n**User:** hold on, 17% for Nvidia?? sounds high. also a friend told me the training was $5.6 billion.\n\n**Assistant:** My mistake: it fell 7.82%. On the training cost the article is clear, though: it was $5.6 million, a fraction of the $78 million for GPT-4o.\n';
    assert.deepEqual(seen(chat).filter(([code]) => code === 'draft-inconsistency'), []);
    assert.deepEqual(seen('---\nlang: en\n---\n\nDeepSeek has 160 employees.\n\nWith its 200 employees, DeepSeek stays small.\n').filter(([code]) => code === 'draft-inconsistency'), [['draft-inconsistency', '200']]);
  });
});
