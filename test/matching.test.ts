import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, read } from './support/fixtures';

const index = bundledIndex();
/** The warnings a draft gets (information findings such as unsourced-figure are tested on their own). */
const check = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity === 'warning')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message }));

/** Changes a figure's value: the leading digit of an amount, the last digit of a date or year, a number word to digits. */
function mutate(figureText: string, kind: string, mantissa: number): string {
  const at = kind === 'date' || kind === 'year' ? figureText.search(/\d\D*$/) : figureText.search(/[1-9]/);
  if (at < 0) return figureText.replace(/^\p{L}+/u, String(mantissa + 1));
  return figureText.slice(0, at) + (figureText[at] === '9' ? '8' : String(+figureText[at] + 1)) + figureText.slice(at + 1);
}

for (const [language, file] of [['English', 'test/fixtures/restated-en.md'], ['German', 'test/fixtures/restated-de.md']]) {
  describe(`every figure of both articles, restated in ${language}`, () => {
    const text = read(file);
    const draft = analyzeDraft(text, index);

    test('is supported and raises nothing, not even information', () => {
      assert.deepEqual(runRules(draft, index), []);
      assert.equal(draft.figures.length, 36);
      assert.deepEqual(draft.figures.filter((f) => f.match.status !== 'supported').map((f) => f.figure.text), []);
    });

    for (const f of draft.figures) {
      const original = text.slice(f.span.start, f.span.end);
      const changed = mutate(original, f.figure.kind, f.figure.mantissa);
      // A translated quotation ("We firmly believe that 99 percent of success …") has no word-for-word wording, but a
      // figure its source sentence contradicts is still its wording changed: quote-mismatch on the figure.
      const quotation = draft.quotations.find((q) => q.match && q.start <= f.span.start && f.span.end <= q.end);
      test(`changing "${original}" to "${changed}" gives exactly one warning, on that ${quotation ? 'quotation' : 'figure'}`, () => {
        const findings = runRules(analyzeDraft(text.slice(0, f.span.start) + changed + text.slice(f.span.end), index), index);
        assert.equal(findings.length, 1, JSON.stringify(findings.map((x) => x.message)));
        if (quotation) {
          // A figure inside a quotation changes the quotation's wording: the changed number is underlined.
          assert.deepEqual({ code: findings[0].code, start: findings[0].start }, { code: 'quote-mismatch', start: f.span.start });
          return;
        }
        const expectedCode = f.figure.kind === 'date' || f.figure.kind === 'year' ? 'date-mismatch' : 'figure-mismatch';
        assert.deepEqual({ code: findings[0].code, start: findings[0].start, end: findings[0].end }, { code: expectedCode, start: f.span.start, end: f.span.start + changed.length });
      });
    }
  });
}

describe('figure-mismatch', () => {
  test('English number words of two words ("Two hundred million yuan") are one figure, and its fix replaces both', () => {
    assert.deepEqual(check('Two hundred million yuan went into Fire-Flyer I.'), []);
    const [wrong] = runRules(analyzeDraft('Three hundred million yuan went into Fire-Flyer I.', index), index);
    assert.deepEqual([wrong.code, wrong.message, wrong.fix?.newText], ['figure-mismatch', 'Three hundred million yuan contradicts the source, which says 200 Millionen Yuan.', '200 million yuan']);
  });
  test('English draft against the German source: exact message and range', () => {
    assert.deepEqual(check('Training DeepSeek R1 cost only $6.5 million.'), [
      { code: 'figure-mismatch', text: '$6.5 million', message: '$6.5 million contradicts the source, which says 5,6 Millionen Dollar.' },
    ]);
  });
  test('German draft: the wrong company\'s percentage is a mismatch', () => {
    assert.deepEqual(check('Nvidia fiel um 3,75 %.'), [{ code: 'figure-mismatch', text: '3,75 %', message: '3,75 % contradicts the source, which says -7,82 %.' }]);
  });
  test('rounded and hedged figures agree', () => {
    for (const text of ['Training DeepSeek R1 cost about $6 million.', 'Das Training von DeepSeek R1 kostete rund 6 Millionen Dollar.', 'Nvidia fell 7.8 percent.', 'Training R1 cost $5.60 million.']) {
      assert.deepEqual(check(text), [], text);
    }
  });
  test('a figure is never compared with an unrelated one', () => {
    for (const text of ['OpenAI grew its revenue by 85 percent last year.', 'Our newsroom has 12 reporters.', 'The weather was 25 % sunnier in Hamburg.', 'Apple spent $6.5 million on a campus.']) {
      assert.deepEqual(check(text), [], text);
    }
  });
  test('the source value is linked as related information', () => {
    const [finding] = runRules(analyzeDraft('Training DeepSeek R1 cost $6.5 million.', index), index);
    assert.equal(finding.related.length, 1);
    const source = index.sources.find((s) => s.input.id === finding.related[0].sourceId)!;
    assert.match(source.input.text.slice(finding.related[0].start, finding.related[0].end), /^Doch der wahre Clou liegt in den Kosten: .*5,6 Millionen Dollar/);
  });
});

describe('scale-mismatch and date-mismatch', () => {
  test('German Milliarden for Millionen', () => {
    assert.deepEqual(check('Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.').map((f) => [f.code, f.text]), [['scale-mismatch', '5,6 Milliarden Dollar']]);
  });
  test('English billion for Millionen', () => {
    assert.deepEqual(check('Training DeepSeek R1 cost $5.6 billion.').map((f) => f.message), [
      '$5.6 billion has the right digits but the wrong scale: the source says 5,6 Millionen Dollar (10⁶: million, Million).',
    ]);
  });
  test('a founding date a year off', () => {
    assert.deepEqual(check('DeepSeek was founded in July 2022.').map((f) => [f.code, f.text]), [['date-mismatch', 'July 2022']]);
  });
});

describe('a date of an event no one is named beside is not the named people\'s event of that kind (w34a)', () => {
  const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('English: "the annual meeting will be held on 24 April" is no date of Liang\'s meeting with Li Qiang; "the meeting with Li Qiang on 21 January" is', () => {
    assert.deepEqual(all('The annual meeting will be held on 24 April in Boston; the capital call follows separately.'), [['unsourced-figure', '24 April']]);
    assert.deepEqual(check('The meeting with Premier Li Qiang took place on 21 January.').map((f) => [f.code, f.text]), [['date-mismatch', '21 January']]);
  });
  test('German: „Man trifft sich am 24. April in Boston“ ist kein Datum von Liangs Treffen; „das Treffen mit Li Qiang am 21. Januar“ schon', () => {
    assert.deepEqual(all('---\nlang: de\n---\n\nMan trifft sich zur Jahresversammlung am 24. April in Boston.'), [['unsourced-figure', '24. April']]);
    assert.deepEqual(check('---\nlang: de\n---\n\nDas Treffen mit Premierminister Li Qiang fand am 21. Januar statt.').map((f) => [f.code, f.text]), [['date-mismatch', '21. Januar']]);
  });
  test('a head of government named by office is named: "the meeting with the premier on 21 January", „das Treffen mit dem Premierminister am 21. Januar“ (review34 #3)', () => {
    const withFix = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(withFix('The meeting with the premier took place on 21 January.'), [['date-mismatch', '21 January', '20 January']]);
    assert.deepEqual(withFix('---\nlang: de\n---\n\nDas Treffen mit dem Premierminister fand am 21. Januar statt.'), [['date-mismatch', '21. Januar', '20. Januar']]);
  });
});

describe('a duration in other words: halves, months, time that went by', () => {
  const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
  test('German: "vergingen anderthalb Jahre", "18 Monate" from the founding in July 2023 to R1 on 20 January; "dreieinhalb Jahre" is wrong', () => {
    const text = 'Von der Gründung im Juli 2023 bis zum Durchbruch mit R1 vergingen anderthalb Jahre.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('anderthalb Jahre', '18 Monate')), []);
    assert.deepEqual(check(text.replace('anderthalb', 'dreieinhalb')).map((f) => [f.code, f.text, f.message]), [['figure-mismatch', 'dreieinhalb Jahre', 'dreieinhalb Jahre contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(check(text.replace('anderthalb Jahre', '30 Monate')).map((f) => [f.code, f.text]), [['figure-mismatch', '30 Monate']]);
  });
  test('English: "a year and a half passed", "18 months after the company\'s founding"; "two and a half years" is wrong', () => {
    const text = "A year and a half passed between DeepSeek's founding in July 2023 and R1's breakthrough in January 2025.";
    assert.deepEqual(all(text), []);
    // Not unsourced: "20 January" (no year in the source) is January 2025, the month after the December 2024 it names.
    assert.deepEqual(all("DeepSeek's V3 had appeared in December 2024. R1 came out on January 20, 18 months after the company's founding.").filter((f) => f.includes('18 months')), []);
    assert.deepEqual(check(text.replace('A year and a half', 'Two and a half years')).map((f) => [f.code, f.text]), [['figure-mismatch', 'Two and a half years']]);
  });
});

describe('a duration that counts from an event earlier in its sentence', () => {
  // The sources: High-Flyer founded 2015, DeepSeek founded July 2023.
  const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
  test('English: "founded High-Flyer in 2015; DeepSeek came eight years later" is borne out, six years is wrong', () => {
    const text = 'He set up the hedge fund High-Flyer in 2015 together with two other engineers; DeepSeek came eight years later.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(check(text.replace('eight', 'six')).map((f) => [f.code, f.text, f.message]), [['figure-mismatch', 'six years', 'six years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
  test('German: "gründete 2015 den Hedgefonds High-Flyer; DeepSeek folgte acht Jahre später", sechs Jahre sind falsch', () => {
    const text = 'Liang gründete 2015 mit zwei weiteren Ingenieuren den Hedgefonds High-Flyer; DeepSeek folgte acht Jahre später.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(check(text.replace('acht', 'sechs')).map((f) => [f.code, f.text]), [['figure-mismatch', 'sechs Jahre']]);
  });
});

describe('what a difference is compared with, after a comparative', () => {
  // The sources: Nvidia −7,82 %, Microsoft −3,75 %, Broadcom −6,58 % on 27 January 2025.
  test('German: "um drei Prozentpunkte stärker als Broadcom" is Nvidia − Broadcom (1,2), not Broadcom − Microsoft (2,8)', () => {
    const text = 'Die Nvidia-Aktie fiel am 27. Januar 2025 um gut einen Prozentpunkt stärker als Broadcom.';
    assert.deepEqual(check(text), []);
    assert.deepEqual(check(text.replace('gut einen Prozentpunkt', 'drei Prozentpunkte')).map((f) => [f.code, f.text, f.message]), [['figure-mismatch', 'drei Prozentpunkte', 'drei Prozentpunkte contradicts the source, which says 7,82 % − 6,58 % = 1.2 percentage points.']]);
  });
  test('English: "2.8 points more than Microsoft" for Nvidia is wrong though Broadcom − Microsoft is 2.8', () => {
    assert.deepEqual(check("Nvidia's shares dropped about four percentage points more than Microsoft's on January 27, 2025."), []);
    assert.deepEqual(check("Nvidia's shares dropped 2.8 percentage points more than Microsoft's on January 27, 2025.").map((f) => [f.code, f.text]), [['figure-mismatch', '2.8 percentage points']]);
  });
});

describe('a duration from the day named before to its own clause\'s day', () => {
  // The sources: R1's breakthrough and Liang's meeting on 20 January, the sell-off on 27 January 2025.
  const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => `${f.code} ${text.slice(f.start, f.end)}`);
  test('German: "Am 20. Januar … Eine Woche später, am 27. Januar 2025, stürzte …" is borne out; "Zwei Tage später" is wrong by the two days', () => {
    const text = 'Am 20. Januar gelang DeepSeek mit R1 der Durchbruch. Eine Woche später, am 27. Januar 2025, stürzte die Nvidia-Aktie ab.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(check(text.replace('Eine Woche', 'Zwei Tage')).map((f) => [f.code, f.text, f.message]), [['figure-mismatch', 'Zwei Tage', 'Zwei Tage contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
  });
  test('English: a timeline bullet "January 20: R1 breaks through. A week later, on January 27, 2025, Nvidia falls 7.82%"; "Three weeks later" is wrong', () => {
    const text = '- **January 20:** R1 breaks through. A week later, on January 27, 2025, Nvidia falls 7.82%.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(check(text.replace('A week', 'Three weeks')).map((f) => [f.code, f.text, f.message]), [['figure-mismatch', 'Three weeks', 'Three weeks contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
  });
});

describe('an age its sentence dates is checked as of that year', () => {
  const withFix = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('German: "war 38 Jahre alt, als er im Juli 2023 …", "Mit 30 Jahren gründete er 2015 …" bear out the 40-Jährige of 2025', () => {
    assert.deepEqual(withFix('Liang Wenfeng war 38 Jahre alt, als er im Juli 2023 DeepSeek gründete.'), []);
    assert.deepEqual(withFix('Mit 30 Jahren gründete Liang Wenfeng 2015 den Hedgefonds High-Flyer.'), []);
    assert.deepEqual(withFix('Liang Wenfeng war 34 Jahre alt, als er im Juli 2023 DeepSeek gründete.'), [['figure-mismatch', '34 Jahre', '38 Jahre']]);
    assert.deepEqual(withFix('Liang Wenfeng ist 40. Schon 2015 hatte er mit zwei Ingenieuren den Hedgefonds High-Flyer gegründet – mit 25 Jahren.'), [['figure-mismatch', '25 Jahren', '30 Jahren']]);
    // Told as of now, whatever year the sentence names: compared as it stands.
    assert.deepEqual(withFix('Liang Wenfeng ist 38 Jahre alt und gründete 2023 DeepSeek.'), [['figure-mismatch', '38 Jahre', '40 Jahre']]);
  });
  test('English: "was 38 when he founded DeepSeek in July 2023", "in July 2023, at 34"', () => {
    assert.deepEqual(withFix('Liang was 38 when he founded DeepSeek in July 2023.'), []);
    assert.deepEqual(withFix('Liang was 30 when he founded DeepSeek in July 2023.'), [['figure-mismatch', '30', '38']]);
    assert.deepEqual(withFix('Liang Wenfeng, 40, is a computer engineer. He started DeepSeek with High-Flyer money in July 2023, at 34.'), [['figure-mismatch', '34', '38']]);
    assert.deepEqual(withFix('Liang is 40, the papers noted, and started the hedge fund High-Flyer in 2015.'), []);
    assert.deepEqual(withFix('Liang is 30, the papers noted, and started the hedge fund High-Flyer in 2015.').map((f) => f.slice(0, 2)), [['figure-mismatch', '30']]);
  });
});

describe('a year in a clause of its own perfect does not date the age before it', () => {
  // Minutes and reports join what someone is to what he had done: the year dates the earlier deed, and the fix puts the
  // age of now, not the age of that year.
  const withFix = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('German: „Er sei 42 Jahre alt und habe High-Flyer 2015 gegründet“ (indirect speech is now), „Er war 42 … und hatte … 2015 gegründet“', () => {
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er sei 42 Jahre alt und habe High-Flyer 2015 gegründet.'), [['figure-mismatch', '42 Jahre', '40 Jahre']]);
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er war 42 Jahre alt und hatte High-Flyer 2015 gegründet.'), [['figure-mismatch', '42 Jahre', '40 Jahre']]);
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er sei 40 Jahre alt und habe High-Flyer 2015 gegründet.'), []);
  });
  test('English: "Demir said he was 42 and had co-founded High-Flyer in 2015"', () => {
    assert.deepEqual(withFix('Liang Wenfeng is a computer engineer. Demir said he was 42 and had co-founded High-Flyer in 2015.'), [['figure-mismatch', '42', '40']]);
    assert.deepEqual(withFix('Liang Wenfeng is a computer engineer. Demir said he was 40 and had co-founded High-Flyer in 2015.'), []);
    // Without an auxiliary of its own, the clause's year still dates the age.
    assert.deepEqual(withFix('Liang was 38 when he founded DeepSeek in July 2023.'), []);
  });
});

describe('German Perfekt is a past: its year dates the age before it (review35 #1)', () => {
  // „hat/habe/haben … gegründet“ is the ordinary German past, not a tense of an earlier deed; only „hatte/hatten“ and
  // "had" put the joined clause before the age's time. English has no such form ("he was 30 and has founded" is no
  // English), so its side is the pluperfect above, which must still give the age of now.
  const withFix = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('German: „Er war 30 Jahre alt und hat High-Flyer 2015 gegründet“ is his age of 2015', () => {
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er war 30 Jahre alt und hat High-Flyer 2015 gegründet.'), []);
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er war 42 Jahre alt und hat High-Flyer 2015 gegründet.'), [['figure-mismatch', '42 Jahre', '30 Jahre']]);
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er war 30 Jahre alt und hatte High-Flyer 2015 gegründet.'), [['figure-mismatch', '30 Jahre', '40 Jahre']]);
  });
  test('English: "he was 30 and had co-founded High-Flyer in 2015" is still his age of now', () => {
    assert.deepEqual(withFix('Liang Wenfeng is a computer engineer. Demir said he was 30 and had co-founded High-Flyer in 2015.'), [['figure-mismatch', '30', '40']]);
  });
});

describe('„sei … gewesen“ is the past of indirect speech, not an age of now (review35 #2)', () => {
  // A present of "to be" whose own clause goes on to its participle („sei … gewesen“, „ist … geworden“, "is said to
  // have been") tells a past; the year of the sentence dates the age. Without the participle it stays now.
  const withFix = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('German: „Er sei bei der Gründung von High-Flyer 2015 erst 30 Jahre alt gewesen“', () => {
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er sei bei der Gründung von High-Flyer 2015 erst 30 Jahre alt gewesen.'), []);
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er sei bei der Gründung von High-Flyer 2015 erst 42 Jahre alt gewesen.'), [['figure-mismatch', '42 Jahre', '30 Jahre']]);
    assert.deepEqual(withFix('Liang Wenfeng ist Informatikingenieur. Er ist bei der Gründung von High-Flyer 2015 erst 30 Jahre alt gewesen.'), []);
  });
  test('English: "Liang is said to have been 30 years old when he founded High-Flyer in 2015"', () => {
    assert.deepEqual(withFix('Liang is said to have been 30 years old when he founded High-Flyer in 2015.'), []);
    assert.deepEqual(withFix('Liang is said to have been 42 years old when he founded High-Flyer in 2015.'), [['figure-mismatch', '42 years old', '30 years old']]);
    // A clause of its own after the age keeps "is" an age of now.
    assert.deepEqual(withFix('Liang Wenfeng is a computer engineer. He is 30 and has been running High-Flyer since 2015.'), [['figure-mismatch', '30', '40']]);
  });
});

describe('a release told with the verbs writers use is dated by the sources\' release day', () => {
  // The sources: R1's breakthrough on 20 January.
  const dates = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('German: "brachte … heraus", "kam … heraus", "ging … an den Start" on the wrong day are warned, on the right day borne out', () => {
    for (const text of ['DeepSeek brachte R1 am 22. Januar 2025 heraus.', 'R1 kam am 22. Januar 2025 heraus.', 'R1 ging am 22. Januar 2025 an den Start.']) {
      assert.deepEqual(dates(text), [['date-mismatch', '22. Januar 2025']], text);
      assert.deepEqual(dates(text.replace('22.', '20.')), [], text);
    }
  });
  test('English: "shipped" on the wrong day is warned, on the right day borne out', () => {
    assert.deepEqual(dates('DeepSeek shipped R1 on 22 January 2025.'), [['date-mismatch', '22 January 2025']]);
    assert.deepEqual(dates('DeepSeek shipped R1 on 20 January 2025.'), []);
  });
});

describe('durations told as a fortnight, a good week or about a month', () => {
  // The sources: V3 in December 2024, R1 on 20 January, the sell-off on 27 January 2025.
  const status = (text: string, figure: string) => analyzeDraft(text, index).figures.find((f) => f.figure.text === figure)?.match.status;
  test('German: "eine gute Woche nach dem Start von R1" is borne out, "gut einen Monat nach dem Start" is wrong; "einen Monat nach der Veröffentlichung von V3" is borne out', () => {
    const text = 'Eine gute Woche nach dem Start von R1 brachen die Kurse ein.';
    assert.equal(status(text, 'Eine gute Woche'), 'supported');
    const wrong = 'Gut einen Monat nach dem Start von R1 brachen die Kurse ein.';
    assert.deepEqual(check(wrong).map((f) => [f.code, f.text]), [['figure-mismatch', 'einen Monat']]);
    assert.equal(status('Einen Monat nach der Veröffentlichung von V3 gelang R1 der Durchbruch.', 'Einen Monat'), 'supported');
    assert.deepEqual(check('Nvidia hatte eine gute Woche hinter sich.'), []);
  });
  test('English: "a fortnight after R1\'s launch" is wrong by a week, with half a fortnight as the source\'s span; "about a month after V3\'s release" is borne out', () => {
    const text = "A fortnight after R1's launch, Nvidia shares fell.";
    assert.deepEqual(check(text).map((f) => [f.code, f.text, f.message]), [['figure-mismatch', 'A fortnight', 'A fortnight contradicts the source, which says 20. Januar → 27. Januar 2025 = 0.5.']]);
    assert.equal(status("A good week after the R1 launch, Nvidia's stock crashed.", 'A good week'), 'supported');
    assert.equal(status("About a month after V3's release, R1 came out.", 'a month'), 'supported');
    assert.deepEqual(check("About a month after R1's launch, Nvidia shares fell.").map((f) => [f.code, f.text]), [['figure-mismatch', 'a month']]);
  });
});

describe('a day said with two words its source sentence shares', () => {
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('German and English: "ein chinesisches Start-up" on 27 January 2025 is the source\'s "das chinesische KI-Start-up DeepSeek" of that day', () => {
    assert.deepEqual(said('Am 27. Januar 2025 überraschte ein chinesisches Start-up die Welt.'), []);
    assert.deepEqual(said('On 27 January 2025 a Chinese start-up surprised the world.'), []);
  });
  test('a newsletter\'s own date shares nothing with the sources\' sentences of that day', () => {
    assert.deepEqual(said('The AI Brief — 27 January 2025'), [['unsourced-figure', '27 January 2025']]);
  });
});

describe('a section heading\'s date is judged by the facts below it that take their day from it', () => {
  // The sources: Nvidia −7,82 %, Microsoft −3,75 % on 27 January 2025.
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), ...(f.fix ? [f.fix.newText] : [])]);
  test('German: "## 28. Januar 2025: Der Kursrutsch" over Nvidia\'s and Microsoft\'s falls is the wrong day; "### Mittwoch, 29. Januar" too; the 27th is borne out', () => {
    const text = '## 28. Januar 2025: Der Kursrutsch\n\nNvidia büßte 7,82 Prozent ein, Microsoft 3,75 Prozent.\n';
    assert.deepEqual(said(text), [['date-mismatch', '28. Januar 2025', '27. Januar 2025']]);
    assert.deepEqual(said(text.replace('28.', '27.')), []);
    assert.deepEqual(said('### Mittwoch, 29. Januar\n\nDie Nvidia-Aktie rutschte um 7,82 Prozent ab.\n'), [['date-mismatch', '29. Januar', '27. Januar']]);
  });
  test('English: "## January 26" over a list of the moves is the wrong day; the 27th is borne out, not unsourced', () => {
    const text = '## January 26\n\n- Nvidia: −7.82 %\n- Microsoft: −3.75 %\n';
    assert.deepEqual(said(text), [['date-mismatch', 'January 26', 'January 27']]);
    assert.deepEqual(said(text.replace('26', '27')), []);
  });
  test('a dateline ("— Tuesday, 28 January 2025", "Marktbrief, 28. Januar 2025") is the day the piece appeared: only unsourced', () => {
    assert.deepEqual(said('# The Chip Letter — Tuesday, 28 January 2025\n\nNvidia slid 7.82 percent and Microsoft 3.75 percent.\n'), [['unsourced-figure', '28 January 2025']]);
    assert.deepEqual(said('# Marktbrief, 28. Januar 2025\n\nNvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent.\n'), [['unsourced-figure', '28. Januar 2025']]);
  });
});

describe('a bound the source value lies outside is not borne out by rounding ("mehr als acht Prozent" for 7,82 %)', () => {
  // The sources: Nvidia (-7,82 %); MTP and FP8 training "beschleunigte … um das 1,8-Fache".
  test('German: "mehr als acht Prozent" and "mehr als doppelt so schnell" are wrong; "mehr als sieben Prozent" and "knapp doppelt so schnell" hold', () => {
    assert.deepEqual(check('Die Papiere von Nvidia gaben am 27. Januar 2025 um mehr als acht Prozent nach.'), [{ code: 'figure-mismatch', text: 'acht Prozent', message: 'acht Prozent contradicts the source, which says -7,82 %.' }]);
    assert.deepEqual(check('Die Papiere von Nvidia gaben am 27. Januar 2025 um mehr als sieben Prozent nach.'), []);
    assert.deepEqual(check('Seit dem FP8-Training arbeitet R1 mehr als doppelt so schnell wie vorher.'), [{ code: 'figure-mismatch', text: 'doppelt', message: 'doppelt contradicts the source, which says 1,8-Fache.' }]);
    assert.deepEqual(check('Seit dem FP8-Training arbeitet R1 knapp doppelt so schnell wie vorher.'), []);
  });
  test('English: "more than 8%" and "more than twice as fast" are wrong; "more than 7%" and "almost twice as fast" hold', () => {
    assert.deepEqual(check("Nvidia's stock gave up more than 8% on 27 January 2025."), [{ code: 'figure-mismatch', text: '8%', message: '8% contradicts the source, which says -7,82 %.' }]);
    assert.deepEqual(check("Nvidia's stock gave up more than 7% on 27 January 2025."), []);
    assert.deepEqual(check('Since FP8 training, R1 works more than twice as fast as it used to.'), [{ code: 'figure-mismatch', text: 'twice', message: 'twice contradicts the source, which says 1,8-Fache.' }]);
    assert.deepEqual(check('Since FP8 training, R1 works almost twice as fast as it used to.'), []);
    assert.deepEqual(check('Since FP8 training, R1 works more than twice as fast as before.'), [{ code: 'figure-mismatch', text: 'twice', message: 'twice contradicts the source, which says 1,8-Fache.' }]);
  });
});
