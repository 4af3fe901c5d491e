import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, hoverAt, runRules } from '../server/src/core';
import { bundledIndex, bundledInputs } from './support/fixtures';
import { quotationsThatMayHold } from '../server/src/core/quotes/quotationWords';
import { alignWords } from '../server/src/core/quotes/wordAlignment';

const index = bundledIndex();
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));

describe('quotations in the sources', () => {
  test('each has its speaker, also "sagt Wang" after it and a quotation continuing the previous one', () => {
    const speakers = Object.fromEntries(index.quotations.filter((q) => q.words.words.length >= 3).map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker?.mention?.entry.canonical ?? q.speaker?.text]));
    assert.deepEqual(speakers, {
      'Angst vor dem': 'Thomas Altmann',
      'Die Beschränkungen zwangen': 'ein DeepSeek-Ingenieur',
      'DeepSeek verwendet bekannte': 'Stacy Rasgon',
      'spektakulärsten Durchbruch, den': 'Marc Andreessen',
      'Weckruf für unsere': 'Donald Trump',
      'Wir glauben fest': 'das Unternehmen',
      'Das Team verwandelte': 'Zihan Wang',
      'DeepSeek konzentrierte sich': 'Dimitris Papailiopoulos',
      'Die US-Exportkontrollen haben': 'Matt Sheehan',
      'Diese Generation junger': 'Thomas Qitong Cao',
      "DeepSeek war nicht": 'Matt Sheehan',
      'Sie haben die': 'Matt Sheehan',
      'auxiliary-loss-free load balancing': undefined,
    });
  });
});

describe('a draft quotation finds the source quotations it may quote by their words', () => {
  test('every source quotation holding 60 % of its words in order is found, in order, and the others are left out', () => {
    const all = index.quotations;
    const drafts = all.flatMap(({ words: { words } }) => [
      words,
      words.map((w, i) => (i % 3 === 1 ? 'anders' : w)),
      [...words.slice(0, 4), ...words.slice(0, 4)],
      [...words].reverse(),
      [...words.slice(1), 'und', 'und'],
    ]).filter((words) => words.length >= 3);
    let found = 0;
    for (const words of drafts) {
      const kept = quotationsThatMayHold(all, words, 0.6);
      const holding = all.flatMap((q, position) => ((alignWords(words, q.words.words)?.ratio ?? 0) >= 0.6 ? [position] : []));
      assert.deepEqual(kept.filter((p) => holding.includes(p)), holding, words.join(' '));
      assert.deepEqual(kept, [...kept].sort((a, b) => a - b));
      found += kept.length;
    }
    assert.ok(found < (drafts.length * all.length) / 4, `${found} of ${drafts.length * all.length} pairs`);
  });
});

describe('quote-mismatch', () => {
  test('German: a changed word is underlined alone, with the source wording and the source\'s word as the fix', () => {
    assert.deepEqual(findings('Stacy Rasgon betont: „DeepSeek verwendet neue Technologien.“'), [{
      code: 'quote-mismatch', text: 'neue', fix: 'bekannte',
      message: 'The quotation differs from the source, which reads „DeepSeek verwendet bekannte Technologien“ (Stacy Rasgon).',
    }]);
  });
  test('a changed part of a hyphenated compound underlines the whole compound, and the fix is the source\'s compound', () => {
    assert.deepEqual(findings('Thomas Altmann sieht eine „Angst vor dem Fall des Tech-Monopols“.').map((f) => [f.code, f.text, f.fix]), [
      ['quote-mismatch', 'Tech-Monopols', 'US-Monopols'],
    ]);
  });
  test('a compound spelt together or apart („KI-Startups“, „KI-Start-⏎ups“ for „KI-Start-ups“) is the source\'s word; a changed compound is shown whole', () => {
    const sheehan = (words: string) => findings(`„DeepSeek war nicht der Auserwählte unter den chinesischen ${words}“, sagt Sheehan.`).map((f) => [f.code, f.text, f.fix, f.message]);
    const reads = 'The quotation differs from the source, which reads „DeepSeek war nicht der \'Auserwählte\' unter den chinesischen KI-Start-ups“ (Matt Sheehan).';
    assert.deepEqual(sheehan('KI-Startups'), []);
    assert.deepEqual(sheehan('KI-Start-\nups'), []);
    assert.deepEqual(sheehan('KI Start ups'), []);
    assert.deepEqual(sheehan('KI-Firmen'), [['quote-mismatch', 'KI-Firmen', 'KI-Start-ups', reads]]);
    assert.deepEqual(sheehan('Startups'), [['quote-mismatch', 'Startups', 'KI-Start-ups', reads]]);
    assert.deepEqual(sheehan('KI-Startdowns'), [['quote-mismatch', 'KI-Startdowns', 'KI-Start-ups', reads]]);
    assert.deepEqual(alignWords(['ki', 'startups'], ['ki', 'start', 'ups']), { ratio: 1, verbatim: true, sourceRange: { first: 0, last: 2 }, changes: [] });
    assert.deepEqual(alignWords(['the', 'startups', 'said'], ['the', 'start', 'ups', 'said']), { ratio: 1, verbatim: true, sourceRange: { first: 0, last: 3 }, changes: [] });
  });
  test('German: a changed figure inside a partial quotation is underlined with its unit, and the fix keeps the unit', () => {
    assert.deepEqual(findings('DeepSeek schreibt: "Wir glauben fest daran, dass 98 Prozent des Erfolgs aus harter Arbeit"').map((f) => [f.code, f.text, f.fix]), [
      ['quote-mismatch', '98 Prozent', '99 Prozent'],
    ]);
    assert.deepEqual(findings('Auf der Website heißt es: „Wir glauben fest daran, dass 95 Prozent des Erfolgs aus harter Arbeit und nur ein Prozent aus Talent resultieren.“').map((f) => [f.code, f.text, f.fix]), [
      ['quote-mismatch', '95 Prozent', '99 Prozent'],
    ]);
  });
  test('a changed word beside a figure, or a changed unit, is not widened to a figure the writer did not change', () => {
    assert.deepEqual(findings('DeepSeek schreibt: "Wir glauben fest daran, dass 99 Prozent des Erfolgs aus schwerer Arbeit"').map((f) => [f.code, f.text, f.fix]), [
      ['quote-mismatch', 'schwerer', 'harter'],
    ]);
  });
  test('English: a changed figure inside a quotation from an English source is underlined with its unit', () => {
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"About 90 percent of the cost went into data, not chips," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('Nathan Lambert put it bluntly: "About 80 percent of the cost went into data, not chips."'), [['quote-mismatch', '80 percent', '90 percent']]);
    assert.deepEqual(said('Nathan Lambert put it bluntly: "About 90 percent of the cost went into people, not chips."'), [['quote-mismatch', 'people', 'data']]);
    assert.deepEqual(said('Nathan Lambert put it bluntly: "About 90 percent of the cost went into data, not chips."'), []);
  });
  test('two changes in one quotation are two findings; the correct figure between them stays clean', () => {
    assert.deepEqual(findings('"Wir hoffen fest darauf, dass 99 Prozent des Erfolgs aus schwerer Arbeit und nur ein Prozent aus Talent resultieren", schreibt DeepSeek.').map((f) => [f.code, f.text, f.fix]), [
      ['quote-mismatch', 'hoffen', 'glauben'],
      ['quote-mismatch', 'darauf', 'daran'],
      ['quote-mismatch', 'schwerer', 'harter'],
    ]);
  });
  test('a word left out is shown on the word after the gap, and the fix puts it back', () => {
    assert.deepEqual(findings('Stacy Rasgon betont: „DeepSeek verwendet Technologien.“').map((f) => [f.code, f.text, f.fix]), [['quote-mismatch', 'Technologien', 'bekannte Technologien']]);
  });
  test('a quotation split by "sagte er": its second part quotes the source from where its words start, not from an earlier word spelt the same', () => {
    const split = (middle: string) => findings(`„Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“, sagte Matt Sheehan, „in der sie mit ihren begrenzten Rechenressourcen ${middle} effizienter umgehen müssen.“`).map((f) => [f.code, f.text, f.fix]);
    assert.deepEqual(split('weitaus'), []);
    assert.deepEqual(split('deutlich'), [['quote-mismatch', 'deutlich', 'weitaus']]);
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"The rules put Chinese labs in a corner, in which they had to be far more creative with fewer chips," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('"The rules put Chinese labs in a corner," Nathan Lambert said, "in which they had to be far more creative with fewer chips."'), []);
    assert.deepEqual(said('"The rules put Chinese labs in a corner," Nathan Lambert said, "in which they had to be far more creative with less chips."'), [['quote-mismatch', 'less', 'fewer']]);
  });
  test('an article put before the quoted words ("Ein Weckruf …", "A Sputnik moment") is the writer\'s grammar; a changed word beside it is still shown', () => {
    assert.deepEqual(findings('Donald Trump nannte es „Ein Weckruf für unsere Industrien“.'), []);
    assert.deepEqual(findings('Marc Andreessen spoke of "A Sputnik moment".'), []);
    assert.deepEqual(findings('Donald Trump nannte es „Ein Weckruf für eure Industrien“.').map((f) => [f.code, f.text, f.fix]), [['quote-mismatch', 'eure', 'unsere']]);
    assert.deepEqual(findings('Donald Trump nannte es „Kein Weckruf für unsere Industrien“.').map((f) => [f.code, f.text, f.fix]), [['quote-mismatch', 'Kein Weckruf', 'Weckruf']]);
  });
  test('words quoted past the start of a source\'s fragment are what it does not quote, not a change; the edge word may take another ending', () => {
    // The source: „Experten wie Thomas Altmann (QC Partners) sehen darin eine „Angst vor dem Fall des US-Monopols“.“
    assert.deepEqual(findings('„Das ist die Angst vor dem Fall des US-Monopols“, sagte Thomas Altmann.'), []);
    assert.deepEqual(findings('„Das ist die Angst vor dem Ende des US-Monopols“, sagte Thomas Altmann.').map((f) => [f.code, f.text, f.fix]), [['quote-mismatch', 'Ende', 'Fall']]);
    // A frame in the past, with the empty subject: „Es war die …“.
    assert.deepEqual(findings('„Es war die Angst vor dem Fall des US-Monopols“, sagte Thomas Altmann.'), []);
    assert.deepEqual(findings('„Es war die Angst vor dem Ende des US-Monopols“, sagte Thomas Altmann.').map((f) => [f.code, f.text, f.fix]), [['quote-mismatch', 'Ende', 'Fall']]);
    // „… lobt das Modell dennoch als „spektakulärsten Durchbruch, den ich je gesehen habe“.“
    assert.deepEqual(findings('„Der spektakulärste Durchbruch, den ich je gesehen habe“, schrieb Marc Andreessen.'), []);
    assert.deepEqual(findings('„Der spektakulärste Durchbruch, den ich nie gesehen habe“, schrieb Marc Andreessen.').map((f) => [f.code, f.text, f.fix]), [['quote-mismatch', 'nie', 'je']]);
    // A negation put before the fragment turns it around.
    assert.deepEqual(findings('„Das ist keine Angst vor dem Fall des US-Monopols“, sagte Thomas Altmann.').map((f) => [f.code, f.text]), [['quote-mismatch', 'Das ist keine Angst']]);
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\nNathan Lambert called it "a wake-up call for the industry" in an interview on Monday.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('"This is a wake-up call for the industry," Nathan Lambert said.'), []);
    assert.deepEqual(said('"It was a wake-up call for the industry," Nathan Lambert said.'), []);
    assert.deepEqual(said('"It was a wake-up call for the banks," Nathan Lambert said.'), [['quote-mismatch', 'banks', 'industry']]);
    assert.deepEqual(said('"This is a wake-up call for the banks," Nathan Lambert said.'), [['quote-mismatch', 'banks', 'industry']]);
    assert.deepEqual(said('"This is not a wake-up call for the industry," Nathan Lambert said.').map(([code]) => code), ['quote-mismatch']);
  });
  test('content words put before a fragment, and any words past its end, are words the speaker did not say', () => {
    const quoted = (text: string) => findings(text).filter((f) => f.code === 'quote-mismatch').map((f) => [f.text, f.fix]);
    assert.deepEqual(quoted('Thomas Altmann sprach von einer „Angst vor dem Fall des US-Monopols und der europäischen Industrie“.'), [['Monopols und der europäischen Industrie', 'Monopols']]);
    assert.deepEqual(quoted('Marc Andreessen nannte R1 den „spektakulärsten Durchbruch, den ich je gesehen habe, seit dem iPhone“.'), [['habe, seit dem iPhone', 'habe']]);
    assert.deepEqual(quoted('Marc Andreessen nannte R1 „den größten und spektakulärsten Durchbruch, den ich je gesehen habe“.'), [['den größten und spektakulärsten', 'spektakulärsten']]);
    assert.deepEqual(quoted('Thomas Altmann spoke of an "Angst vor dem Fall des US-Monopols und der europäischen Industrie".'), [['Monopols und der europäischen Industrie', 'Monopols']]);
    assert.deepEqual(quoted('Marc Andreessen called R1 "den größten und spektakulärsten Durchbruch, den ich je gesehen habe".'), [['den größten und spektakulärsten', 'spektakulärsten']]);
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\nNathan Lambert called it "a wake-up call for the industry" in an interview on Monday.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('"This is the biggest wake-up call for the industry," Nathan Lambert said.'), [['quote-mismatch', 'This is the biggest', 'a']]);
    assert.deepEqual(said('"This is a wake-up call for the industry since 2001," Nathan Lambert said.'), [['quote-mismatch', 'industry since 2001', 'industry']]);
  });
  test('words the source does not have are taken out with the word beside them kept: the fix leaves no gap', () => {
    assert.deepEqual(findings('Stacy Rasgon betont: „DeepSeek verwendet längst bekannte Technologien.“').map((f) => [f.code, f.text, f.fix]), [['quote-mismatch', 'längst bekannte', 'bekannte']]);
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"The rules put Chinese labs in a corner," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('"The rules really put Chinese labs in a corner," Nathan Lambert said.'), [['quote-mismatch', 'really put', 'put']]);
  });
  test('English draft quoting the German original verbatim, across a line break, raises nothing', () => {
    assert.deepEqual(findings('Wang put it this way: "Das Team verwandelte die Hardware-Herausforderung\nin eine Chance für Innovation."'), []);
  });
  test('a part of a quotation, verbatim, raises nothing; a nested quotation keeps its inner marks', () => {
    assert.deepEqual(findings('Sheehan sagt, DeepSeek sei »nicht der \'Auserwählte\' unter den chinesischen KI-Start-ups« gewesen.'), []);
  });
  test('a quotation without a speaker is still checked for its wording', () => {
    assert.deepEqual(findings('„Die Kostenvorteile sind spannend, aber keine Revolution“ – so weit die Einschätzung.').map((f) => f.code), ['quote-mismatch']);
  });
  test('scare quotes and unknown quotations are left alone', () => {
    assert.deepEqual(findings('Der „Sputnik-Moment“ ist da. Er sagte: „Das ist ein ganz anderer Satz über etwas.“'), []);
  });
});

describe('misattributed-quote', () => {
  test('German: "sagte X" after the quotation, with a fix to the real speaker', () => {
    assert.deepEqual(findings('„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.'), [{
      code: 'misattributed-quote', text: 'Marc Andreessen', fix: 'Stacy Rasgon',
      message: 'The source attributes this quotation to Stacy Rasgon (Bernstein Research), not Marc Andreessen.',
    }]);
  });
  test('German: "laut X" before the quotation', () => {
    assert.deepEqual(findings('Laut Liang Wenfeng ist DeepSeek "nicht der \'Auserwählte\' unter den chinesischen KI-Start-ups".').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Liang Wenfeng', 'Matt Sheehan'],
    ]);
  });
  test('English: "X said" after the quotation; the fix is a surname only where the paragraph has named them in full', () => {
    assert.deepEqual(findings('"Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation", Sheehan said.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Sheehan', 'Zihan Wang'],
    ]);
    assert.deepEqual(findings('Zihan Wang worked at DeepSeek. "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation", Sheehan said.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Sheehan', 'Wang'],
    ]);
    assert.deepEqual(findings('Matt Sheehan forscht zu China. Zihan Wang arbeitete bei DeepSeek.\n\n„Sie haben die Welt und auch die chinesische Regierung überrascht“, so Wang.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Wang', 'Matt Sheehan'],
    ]);
  });
  test('English: a colon attribution before the quotation', () => {
    assert.deepEqual(findings('Donald Trump: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“').map((f) => [f.code, f.text]), [
      ['misattributed-quote', 'Donald Trump'],
    ]);
  });
  test('English: a dash attribution after the quotation; "X called it" before it', () => {
    assert.deepEqual(findings('"Sie haben die Welt und auch die chinesische Regierung überrascht." — Zihan Wang').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Zihan Wang', 'Matt Sheehan'],
    ]);
    assert.deepEqual(findings('Marc Andreessen called it the "spektakulärsten Durchbruch, den ich je gesehen habe".'), []);
  });
  test('a person for what the source attributes to no one by name', () => {
    assert.deepEqual(findings('„Die Beschränkungen zwangen uns zu mehr Kreativität“, sagt Liang Wenfeng.').map((f) => f.message), [
      'The source does not attribute this quotation to Liang Wenfeng: it says ein DeepSeek-Ingenieur.',
    ]);
  });
  test('a misspelt speaker is still the one who speaks, not the firm or the company beside the name', () => {
    const codes = (text: string) => findings(text).map((f) => [f.code, f.text]);
    assert.deepEqual(codes('Stacy Rasgan of Bernstein Research disagreed: "DeepSeek verwendet bekannte Technologien."'), [['name-spelling', 'Stacy Rasgan']]);
    assert.deepEqual(codes('Dimitris Papailiopolous vom AI Frontiers Lab lobt, DeepSeek habe sich „auf präzise Antworten statt auf die Detaillierung jedes logischen Schritts“ konzentriert.'), [['name-spelling', 'Dimitris Papailiopolous']]);
    assert.deepEqual(codes('Zihan Wong, a former DeepSeek employee, says: "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."'), [['name-spelling', 'Zihan Wong']]);
    assert.deepEqual(codes('Stacy Rasgan of Bernstein Research said: "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."'), [
      ['misattributed-quote', 'Stacy Rasgan'], ['name-spelling', 'Stacy Rasgan'],
    ]);
  });
  test('a second quotation after a new, unnamed subject is not the first speaker\'s', () => {
    assert.deepEqual(findings('Marc Andreessen sprach von einem „spektakulärsten Durchbruch, den ich je gesehen habe“, der Präsident selbst von einem „Weckruf für unsere Industrien“.'), []);
    assert.deepEqual(findings('Marc Andreessen spoke of the "spektakulärsten Durchbruch, den ich je gesehen habe", and the president himself of a "Weckruf für unsere Industrien".'), []);
    assert.deepEqual(findings('Marc Andreessen sprach von einem „spektakulärsten Durchbruch, den ich je gesehen habe“ und einem „Weckruf für unsere Industrien“.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Marc Andreessen', 'Donald Trump'],
    ]);
  });
  test('reported speech goes on after a noun and a Konjunktiv verb: „…“, die Kostenvorteile seien interessant, „…“ is the same speaker\'s', () => {
    const de = 'Altmann hielt die Panik für übertrieben: DeepSeek verwende „bekannte Technologien“, die Kostenvorteile seien interessant, „aber keine Revolution“.';
    assert.deepEqual(findings(de).map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Altmann', 'Stacy Rasgon']]);
    assert.deepEqual(findings(de.replace('Altmann', 'Rasgon')), []);
    const en = 'Altmann thought the panic overdone: DeepSeek used „bekannte Technologien“, the cost advantages were interesting, „aber keine Revolution“.';
    assert.deepEqual(findings(en).map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Altmann', 'Stacy Rasgon']]);
  });
  test('German: the speaker inside a frame of saying after the quotation, or in the sentence after it ("wie X es formulierte", "um es mit X zu sagen", "So formulierte es X.", "Mit diesen Worten …", "Das waren die Worte von X")', () => {
    const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
    const quote = '„Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“';
    for (const frame of [', wie Zihan Wang es formulierte.', ', wie Zihan Wang sagte.', ', um es mit Zihan Wang zu sagen.']) {
      assert.deepEqual(said(quote + frame), [['misattributed-quote', 'Zihan Wang', 'Matt Sheehan']], frame);
      assert.deepEqual(said(quote + frame.replace('Zihan Wang', 'Matt Sheehan')), [], frame);
    }
    const closed = quote.replace('“', '.“');
    for (const frame of [' So formulierte es Zihan Wang.', ' Mit diesen Worten kommentierte Zihan Wang die Exportkontrollen.', ' Das waren die Worte von Zihan Wang.']) {
      assert.deepEqual(said(closed + frame), [['misattributed-quote', 'Zihan Wang', 'Matt Sheehan']], frame);
      assert.deepEqual(said(closed + frame.replace('Zihan Wang', 'Matt Sheehan')), [], frame);
    }
    // Another voice that agrees, or a frame that is not one of saying: no speaker.
    assert.deepEqual(said(closed + ' So sieht es auch Zihan Wang.'), []);
    assert.deepEqual(said(quote + ', wie Zihan Wang befürchtet hatte.'), []);
  });
  test('English: the speaker inside a frame of saying after the quotation, or in the sentence after it ("as X put it", "in X\'s words", "Those were X\'s words.", "That is how X put it.", "With these words X …")', () => {
    const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
    const quote = '"The team turned the hardware challenge into an opportunity for innovation"';
    for (const frame of [', as Dimitris Papailiopoulos put it.', ', as Dimitris Papailiopoulos said.', ", in Dimitris Papailiopoulos's words."]) {
      assert.deepEqual(said(quote + frame), [['misattributed-quote', 'Dimitris Papailiopoulos', 'Zihan Wang']], frame);
      assert.deepEqual(said(quote + frame.replace('Dimitris Papailiopoulos', 'Zihan Wang')), [], frame);
    }
    const closed = quote.replace(/"$/, '."');
    for (const frame of [" Those were Dimitris Papailiopoulos's words.", ' That is how Dimitris Papailiopoulos put it.', ' With these words Dimitris Papailiopoulos summed up the restrictions.']) {
      assert.deepEqual(said(closed + frame), [['misattributed-quote', 'Dimitris Papailiopoulos', 'Zihan Wang']], frame);
      assert.deepEqual(said(closed + frame.replace('Dimitris Papailiopoulos', 'Zihan Wang')), [], frame);
    }
    // Not a naming of the speaker: someone's days, someone's fear, an outlet that reports.
    assert.deepEqual(said(closed + " Those were Dimitris Papailiopoulos's best days."), []);
    assert.deepEqual(said(quote + ', as Dimitris Papailiopoulos had feared.'), []);
  });
  test('a frame that foretold, or a frame before the real speaker, names no speaker (de, en)', () => {
    const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
    assert.deepEqual(said('"The team turned the hardware challenge into an opportunity for innovation," as Matt Sheehan said it would, Zihan Wang recalls.'), []);
    assert.deepEqual(said('„Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation“, so wie Matt Sheehan sagte, erinnert sich Zihan Wang.'), []);
  });
  test('the right speaker, or no speaker, raises nothing', () => {
    assert.deepEqual(findings('„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Rasgon.'), []);
    assert.deepEqual(findings('„Die Kostenvorteile sind interessant, aber keine Revolution“.'), []);
  });
});

describe('a quotation in translation', () => {
  test('a quotation in the source\'s own language that its words do not match is another quotation, not a translation', () => {
    assert.deepEqual(findings('Jensen Huang sagte über DeepSeek: „Chinesische Unternehmen sind mit begrenzten Ressourcen sehr effizient geworden.“'), []);
  });
  test('English words for a German quotation: the words both languages keep, in the source\'s order, find it and its speaker', () => {
    const en = 'Matt Sheehan of the Carnegie Endowment nailed it: "The team turned the hardware challenge into an opportunity for innovation."';
    assert.deepEqual(findings(en).map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Matt Sheehan', 'Zihan Wang']]);
    assert.deepEqual(findings(en.replace('Matt Sheehan of the Carnegie Endowment', 'Zihan Wang')), []);
    assert.deepEqual(findings('Thomas Qitong Cao added that "US export controls have pushed Chinese companies into a corner" where they must use their computing far more efficiently.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Thomas Qitong Cao', 'Matt Sheehan'],
    ]);
    const hover = hoverAt(analyzeDraft(en, index), index, en.indexOf('hardware'))!.markdown;
    assert.ok(hover.startsWith('**Quotation** by **Zihan Wang**: translated from the source.'), hover);
    assert.match(hover, /Das Team verwandelte die Hardware-Herausforderung/);
    // A topic's words in another order, or only two of them, make no translation.
    assert.deepEqual(findings('Nvidia\'s Jensen Huang told investors: "Our hardware is the foundation of innovation for every team in the world."'), []);
    assert.deepEqual(findings('Stacy Rasgon warns of "the fall of the US monopoly".'), []);
  });
  test('words a translation keeps in other spellings ("world" for "Welt", "fear" for "Angst") find the quotation and its speaker', () => {
    const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
    assert.deepEqual(said('"They surprised the world and the Chinese government as well," Marc Andreessen told Reuters.'), [
      ['misattributed-quote', 'Marc Andreessen', 'Matt Sheehan'],
    ]);
    assert.deepEqual(said('"They surprised the world and the Chinese government as well," Matt Sheehan told Reuters.'), []);
    assert.deepEqual(said('Stacy Rasgon saw in the sell-off a "fear of the fall of the US monopoly".'), [['misattributed-quote', 'Stacy Rasgon', 'Thomas Altmann']]);
    assert.deepEqual(said('Thomas Altmann saw in the sell-off a "fear of the fall of the US monopoly".'), []);
    assert.deepEqual(said('"DeepSeek uses well-known technologies," Thomas Qitong Cao said.'), [['misattributed-quote', 'Thomas Qitong Cao', 'Stacy Rasgon']]);
    // A short quotation that keeps every word of its source, and no more than one of its own, translates it whole.
    assert.deepEqual(said('Marc Andreessen called it "a wake-up call for our industries".'), [['misattributed-quote', 'Marc Andreessen', 'Donald Trump']]);
    assert.deepEqual(said('Donald Trump called it "a wake-up call for our industries".'), []);
    // A quotation that shares one word of meaning with a source quotation ("world") translates none.
    assert.deepEqual(said('Stacy Rasgon said: "The world will not wait for Washington."'), []);
  });
  test('German words for an English quotation: „gezwungen“ for "forced", „weniger“ for "fewer"', () => {
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"Chinese labs were forced to be far more creative with fewer chips," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('Matt Sheehan sagt: „Chinesische Labore wurden gezwungen, mit weniger Chips weitaus kreativer zu sein.“'), [
      ['misattributed-quote', 'Matt Sheehan', 'Nathan Lambert'],
    ]);
    assert.deepEqual(said('Nathan Lambert sagt: „Chinesische Labore wurden gezwungen, mit weniger Chips weitaus kreativer zu sein.“'), []);
  });
  test('reported speech: "US export controls, X said, had pushed Chinese companies … „weitaus effizienter“" is Sheehan\'s, by the words around the quoted ones', () => {
    const en = 'US export controls, Stacy Rasgon said, had pushed Chinese companies into a corner where they had to be „weitaus effizienter“ with limited computing power.';
    assert.deepEqual(findings(en).map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Stacy Rasgon', 'Matt Sheehan']]);
    assert.deepEqual(findings(en.replace('Stacy Rasgon', 'Matt Sheehan')), []);
    const de = 'Rasgon sagte, die Exportkontrollen hätten chinesische Firmen „in eine Ecke gedrängt“.';
    assert.deepEqual(findings(de).map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Rasgon', 'Matt Sheehan']]);
  });
});

describe('a speaker named after a title: „…“, sagt der frühere DeepSeek-Mitarbeiter Zihan Wang; "…," Carnegie analyst Matt Sheehan told', () => {
  const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
  test('German: the title between the speech verb and the name', () => {
    const cao = '„Diese Generation junger chinesischer Forscher identifiziert sich stark mit der Open-Source-Kultur“';
    assert.deepEqual(said(`${cao}, erklärt der frühere DeepSeek-Mitarbeiter Zihan Wang.`), [['misattributed-quote', 'Zihan Wang', 'Thomas Qitong Cao']]);
    assert.deepEqual(said(`${cao}, so Tufts-Professor Zihan Wang.`), [['misattributed-quote', 'Zihan Wang', 'Thomas Qitong Cao']]);
    assert.deepEqual(said(`${cao}, so Tufts-Professor Thomas Qitong Cao.`), []);
    // A preposition makes the name someone the speaker talks about.
    assert.deepEqual(said('„Die Kostenvorteile sind interessant, aber keine Revolution“, sagt Stacy Rasgon über Liang Wenfeng.'), []);
  });
  test('English: the title after the speech verb, or before the name and its verb; a title with a name is no anaphor', () => {
    const wang = '"The team turned the hardware challenge into an opportunity for innovation,"';
    assert.deepEqual(said(`${wang} said Carnegie Endowment analyst Matt Sheehan.`), [['misattributed-quote', 'Matt Sheehan', 'Zihan Wang']]);
    assert.deepEqual(said(`${wang} Carnegie analyst Matt Sheehan told MIT Technology Review.`), [['misattributed-quote', 'Matt Sheehan', 'Zihan Wang']]);
    assert.deepEqual(said(`${wang} former DeepSeek employee Zihan Wang told MIT Technology Review.`), []);
    assert.deepEqual(said('Stacy Rasgon is skeptical. "US export controls have pushed Chinese companies into a corner," said the Carnegie analyst Matt Sheehan.'), []);
  });
});

describe('words left out where the draft marks the gap with an ellipsis („… […] …“, "… (…) …", "...")', () => {
  test('German: the cut is no change; a changed word beside it and a cut without the mark still are', () => {
    const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
    assert.deepEqual(said('Matt Sheehan: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt, in der sie […] weitaus effizienter umgehen müssen.“'), []);
    assert.deepEqual(said('Das Unternehmen schreibt: „Wir glauben fest daran, dass 99 Prozent des Erfolgs aus harter Arbeit ... resultieren.“'), []);
    assert.deepEqual(said('Matt Sheehan: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt, in der sie (…) weitaus sparsamer umgehen müssen.“'), [
      ['quote-mismatch', 'sparsamer', 'effizienter'],
    ]);
    assert.deepEqual(said('Matt Sheehan: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt, in der sie weitaus effizienter umgehen müssen.“'), [
      ['quote-mismatch', 'weitaus', 'mit ihren begrenzten Rechenressourcen weitaus'],
    ]);
  });
  test('English: the same with an English source', () => {
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"Chinese labs were forced to be far more creative with fewer chips and smaller budgets," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('Nathan Lambert put it bluntly: "Chinese labs were forced to be far more creative … and smaller budgets."'), []);
    assert.deepEqual(said('Nathan Lambert put it bluntly: "Chinese labs were forced to be far more creative with [...] smaller budgets."'), []);
    assert.deepEqual(said('Nathan Lambert put it bluntly: "Chinese labs were forced to be far less creative with [...] smaller budgets."'), [
      ['quote-mismatch', 'less', 'more'],
    ]);
    assert.deepEqual(said('Nathan Lambert put it bluntly: "Chinese labs were forced to be far more creative and smaller budgets."'), [
      ['quote-mismatch', 'and', 'with fewer chips and'],
    ]);
  });
});

describe('a cut marked with an ellipsis that drops a negation turns the quotation around', () => {
  test('German: „DeepSeek war […] der Auserwählte“ for „war nicht der Auserwählte“ is a misquote', () => {
    const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
    assert.deepEqual(said('Matt Sheehan sagt: „DeepSeek war […] der \'Auserwählte\' unter den chinesischen KI-Start-ups.“'), [['quote-mismatch', 'der', 'nicht der']]);
  });
  test('English: "was […] the chosen one" for "was not the chosen one" is a misquote', () => {
    const sheehan = { id: 'sheehan.txt', uri: 'file:///extra/sheehan.txt', text: 'DeepSeek update\n\n"DeepSeek was not the chosen one among Chinese AI start-ups," said Matt Sheehan of the Carnegie Endowment.' };
    const idx = buildSourceIndex([...bundledInputs(), sheehan]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('Matt Sheehan put it plainly: "DeepSeek was [...] the chosen one among Chinese AI start-ups."'), [['quote-mismatch', 'the', 'not the']]);
  });
});

describe('the second part of a quotation split by its speech clause goes on with the source quotation the first part quotes', () => {
  test('German: a short second part with a changed word is that quotation, misquoted; another quotation is not', () => {
    const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
    assert.deepEqual(said('„Das Team verwandelte die Hardware-Herausforderung“, sagt Zihan Wang, „in eine Chance für Entwicklung.“'), [
      ['quote-mismatch', 'Entwicklung', 'Innovation'],
    ]);
    assert.deepEqual(said('„Das Team verwandelte die Hardware-Herausforderung“, sagt Zihan Wang, „in eine Chance für Innovation.“'), []);
    assert.deepEqual(said('„Sputnik-Moment“, sagte Marc Andreessen, „in der Welt der KI“.'), []);
  });
  test('English: the same with an English source', () => {
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"Chinese labs were forced to be far more creative with fewer chips and smaller budgets," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const said = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
    assert.deepEqual(said('"Chinese labs were forced to be far more creative," Nathan Lambert said, "with fewer GPUs."'), [['quote-mismatch', 'GPUs', 'chips']]);
    assert.deepEqual(said('"Chinese labs were forced to be far more creative," Nathan Lambert said, "with fewer chips."'), []);
    assert.deepEqual(said('"Chinese labs were forced to be far more creative," Nathan Lambert said, "and the West will follow."'), []);
  });
});

describe('a possessive before a noun of saying speaks for the person named before: „Seine Worte: …“, "In his words, …"', () => {
  const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
  test('German', () => {
    assert.deepEqual(said('Zihan Wang sieht das nüchtern. Sein Fazit: „Sie haben die Welt und auch die chinesische Regierung überrascht.“'), [
      ['misattributed-quote', 'Zihan Wang', 'Matt Sheehan'],
    ]);
    assert.deepEqual(said('Matt Sheehan sieht das nüchtern. Seine Worte: „Sie haben die Welt und auch die chinesische Regierung überrascht.“'), []);
  });
  test('English: the company the sentence names is not the speaker', () => {
    assert.deepEqual(said('Zihan Wang is blunt about it. In his words, DeepSeek "surprised the world and also the Chinese government".'), [
      ['misattributed-quote', 'Zihan Wang', 'Matt Sheehan'],
    ]);
    assert.deepEqual(said('Matt Sheehan is blunt about it. In his words, DeepSeek "surprised the world and also the Chinese government".'), []);
  });
});

describe('quotation hovers', () => {
  test('a figure inside a quotation of the sources shows the quotation, not "no source"', () => {
    const text = '"Wir glauben fest daran, dass 99 Prozent des Erfolgs aus harter Arbeit und nur ein Prozent aus Talent resultieren", schreibt DeepSeek.';
    const hover = hoverAt(analyzeDraft(text, index), index, text.indexOf('99'))!;
    assert.ok(hover.markdown.startsWith('**Quotation**'), hover.markdown);
    assert.match(hover.markdown, /dass 99 Prozent des Erfolgs/);
  });
  test('a quotation of two source sentences shows both, and scare quotes find their source', () => {
    const text = 'Stacy Rasgon: „DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind interessant, aber keine Revolution.“ Der „Sputnik-Moment“ ist da.';
    const analysis = analyzeDraft(text, index);
    const both = hoverAt(analysis, index, text.indexOf('verwendet'))!.markdown;
    assert.match(both, /verwendet bekannte Technologien/);
    assert.match(both, /Die Kostenvorteile sind interessant, aber keine Revolution/);
    const scare = hoverAt(analysis, index, text.indexOf('Sputnik'))!.markdown;
    assert.ok(scare.startsWith('**Quotation**'), scare);
    assert.match(scare, /von dem Tech-Investor Marc Andreessen neulich sprach/);
  });
});

describe('two quotations in a row', () => {
  test('each belongs to its own speaker: a quotation that ends its sentence is not attributed by the next one', () => {
    assert.deepEqual(findings('Stacy Rasgon mahnt: „DeepSeek verwendet bekannte Technologien.“ Donald Trump nannte die Entwicklung einen „Weckruf für unsere Industrien“.'), []);
  });
});

describe('who can speak', () => {
  test('a model named before a quotation is not its speaker ("Er nennt R1 den „…“")', () => {
    assert.deepEqual(findings('Ganz anders Marc Andreessen. Er nennt R1 den „spektakulärsten Durchbruch, den ich je gesehen habe“.').filter((f) => f.code === 'misattributed-quote'), []);
  });
});

describe('a speaker after the quotation', () => {
  test('"„…“, beruhigte hingegen Stacy Rasgon": the speaker after the verb, not the one of the quotation before', () => {
    const de = 'Experten wie Thomas Altmann von QC Partners sehen die „Angst vor dem Fall des US-Monopols“. „DeepSeek verwendet bekannte Technologien“, beruhigte hingegen Stacy Rasgon von Bernstein Research.';
    assert.deepEqual(findings(de), []);
    const en = 'Thomas Altmann saw an „Angst vor dem Fall des US-Monopols“. „DeepSeek verwendet bekannte Technologien“, countered Stacy Rasgon.';
    assert.deepEqual(findings(en), []);
  });
});

describe('a view framed after the quotation', () => {
  test('„…“ – so sieht es X, "…" – in the words of X: the speaker after the frame; "so gelang es DeepSeek" is none', () => {
    const de = 'Und Trump selbst? „Weckruf für unsere Industrien“ – so sieht es Matt Sheehan vom Carnegie Endowment.';
    assert.deepEqual(findings(de).map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Matt Sheehan', 'Donald Trump']]);
    assert.deepEqual(findings(de.replace('Matt Sheehan vom Carnegie Endowment', 'Donald Trump')), []);
    assert.deepEqual(findings('„Die Kostenvorteile sind interessant, aber keine Revolution“, so formuliert es Marc Andreessen.').map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Marc Andreessen', 'Stacy Rasgon']]);
    const en = '"Die Kostenvorteile sind interessant, aber keine Revolution" – in the words of Matt Sheehan.';
    assert.deepEqual(findings(en).map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Matt Sheehan', 'Stacy Rasgon']]);
    assert.deepEqual(findings(en.replace('Matt Sheehan', 'Stacy Rasgon')), []);
    assert.deepEqual(findings('„Die Kostenvorteile sind interessant, aber keine Revolution“ – so gelang es DeepSeek, die Welt zu überraschen.'), []);
  });
});

describe('a negation a translation drops or adds', () => {
  const said = (text: string, idx = index) => runRules(analyzeDraft(text, idx), idx).filter((f) => f.code === 'quote-mismatch').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);
  test('English for „DeepSeek war nicht der \'Auserwählte\'“: "was the \'chosen one\'" is shown after the verb, the fix puts "not" back', () => {
    assert.deepEqual(said('Sheehan said: "DeepSeek was the \'chosen one\' among Chinese AI start-ups."'), [['the', 'not the']]);
    assert.deepEqual(said('Sheehan said: "DeepSeek was not the \'chosen one\' among Chinese AI start-ups."'), []);
    assert.deepEqual(said('Sheehan said: "DeepSeek wasn\'t the \'chosen one\' among Chinese AI start-ups."'), []);
    // A negation the source does not have: „Sie haben die Welt … überrascht“.
    assert.deepEqual(said('Sheehan said: "They did not surprise the world and the Chinese government as well."'), [['not', '']]);
    assert.deepEqual(said('Sheehan said: "They surprised the world and the Chinese government as well."'), []);
  });
  test('German for an English source\'s "were not forced": „wurden gezwungen“ is shown after the verb, the fix puts „nicht“ back', () => {
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"Chinese labs were not forced to be far more creative with fewer chips," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    assert.deepEqual(said('Nathan Lambert sagt: „Chinesische Labore wurden gezwungen, mit weniger Chips weitaus kreativer zu sein.“', idx), [['gezwungen', 'nicht gezwungen']]);
    assert.deepEqual(said('Nathan Lambert sagt: „Chinesische Labore wurden nicht gezwungen, mit weniger Chips weitaus kreativer zu sein.“', idx), []);
  });
  test('another word that denies ("hardly", "far from", "kaum", "keineswegs") is no dropped negation, and "not only … but also" is none added', () => {
    assert.deepEqual(said('Sheehan said: "DeepSeek was hardly the \'chosen one\' among Chinese AI start-ups."'), []);
    assert.deepEqual(said('Sheehan said: "DeepSeek was far from the \'chosen one\' among Chinese AI start-ups."'), []);
    assert.deepEqual(said('Sheehan said: "They surprised not only the world but also the Chinese government."'), []);
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"Chinese labs were not forced to be far more creative with fewer chips," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    assert.deepEqual(said('Nathan Lambert sagt: „Chinesische Labore wurden kaum gezwungen, mit weniger Chips weitaus kreativer zu sein.“', idx), []);
    assert.deepEqual(said('Nathan Lambert sagt: „Chinesische Labore wurden keineswegs gezwungen, mit weniger Chips weitaus kreativer zu sein.“', idx), []);
  });
});

describe('a quotation shares more than articles with its source', () => {
  test('"surprised the world" is not Nathan Lambert\'s "among the top open-weight labs in the world"', () => {
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\n"DeepSeek is now among the top open-weight labs in the world," said Nathan Lambert, a researcher at the Allen Institute for AI.' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const text = 'A US think-tank expert said DeepSeek "surprised the world".';
    assert.deepEqual(runRules(analyzeDraft(text, idx), idx).map((f) => f.code), []);
    const misquote = 'Nathan Lambert said "DeepSeek is now among the best labs in the world".';
    assert.deepEqual(runRules(analyzeDraft(misquote, idx), idx).map((f) => [f.code, misquote.slice(f.start, f.end)]), [['quote-mismatch', 'best']]);
  });
});

describe('a short aside between speaker and speech verb', () => {
  test('"Stacy Rasgon, again, called it a "Sputnik moment"": the aside does not hide who the draft says spoke', () => {
    assert.deepEqual(findings('- Stacy Rasgon, again, called it a "Sputnik moment" for America\n').map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Stacy Rasgon', 'Marc Andreessen']]);
    assert.deepEqual(findings('- Marc Andreessen, for his part, called it a "Sputnik moment" for America\n'), []);
  });
});

describe('a short quotation in a perfect tense', () => {
  // Minutes and reports put what someone called something in the perfect: the auxiliary before the quotation, German
  // the participle after it. The speaker is the draft's claim as much as in "X sprach von …".
  test('German: „Donald Trump habe das Ganze einen „Sputnik-Moment“ genannt“ puts Andreessen\'s words in Trump\'s mouth, also inside a report', () => {
    assert.deepEqual(findings('Herr Petersen ergänzt, Donald Trump habe das Ganze einen „Sputnik-Moment“ genannt.\n').map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Donald Trump', 'Marc Andreessen']]);
    assert.deepEqual(findings('Stacy Rasgon hat von einem „Sputnik-Moment“ gesprochen.\n').map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Stacy Rasgon', 'Marc Andreessen']]);
    assert.deepEqual(findings('Marc Andreessen hat von einem „Sputnik-Moment“ gesprochen.\n'), []);
    assert.deepEqual(findings('Donald Trump hat den „Sputnik-Moment“ nicht kommen sehen.\n'), []);
  });
  test('English: "Donald Trump had called it a "Sputnik moment"" is a claim about who said it, as "called it" is', () => {
    assert.deepEqual(findings('Jens added that Donald Trump had called it a "Sputnik moment".\n').map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Donald Trump', 'Marc Andreessen']]);
    assert.deepEqual(findings('Stacy Rasgon has called it a "Sputnik moment" for America.\n').map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Stacy Rasgon', 'Marc Andreessen']]);
    assert.deepEqual(findings('Marc Andreessen has called it a "Sputnik moment".\n'), []);
    assert.deepEqual(findings('Donald Trump has a "Sputnik moment" of his own.\n'), []);
  });
});

describe('a speaker, a colon, the quotation', () => {
  test('"- Donald Trump: „Sputnik-Moment“" puts Andreessen\'s words in Trump\'s mouth; with an affiliation in brackets too', () => {
    assert.deepEqual(findings('- Donald Trump: „Sputnik-Moment“. Also called it a „Weckruf für unsere Industrien“.\n').map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Donald Trump', 'Marc Andreessen']]);
    assert.deepEqual(findings('- Stacy Rasgon (Bernstein Research): „Sputnik-Moment“\n').map((f) => [f.code, f.text, f.fix]), [['misattributed-quote', 'Stacy Rasgon', 'Marc Andreessen']]);
    assert.deepEqual(findings('- Marc Andreessen: „Sputnik-Moment“\n'), []);
  });
});

describe('misattributed-quote: a report credited to another outlet', () => {
  test('English: "The Washington Post reported that …" where the source sentence says Reuters reported it; the article is part of the name', () => {
    const text = 'The Washington Post, citing Chinese media, reported that Liang met Premier Li Qiang on 20 January.';
    assert.deepEqual(findings(text), [{
      code: 'misattributed-quote', text: 'The Washington Post', fix: 'Reuters',
      message: 'The source credits this report to Reuters, not The Washington Post.',
    }]);
  });
  test('German: "laut", "wie … berichtet"; the German message', () => {
    const text = 'Wie MIT Technology Review berichtet, traf sich Liang am 20. Januar mit Li Qiang.';
    assert.deepEqual(runRules(analyzeDraft(text, index), index, {}, 'de').map((f) => [f.code, text.slice(f.start, f.end), f.message, f.fix?.newText]), [
      ['misattributed-quote', 'MIT Technology Review', 'Die Quelle nennt Reuters als Urheber dieser Meldung, nicht MIT Technology Review.', 'Reuters'],
    ]);
    assert.deepEqual(findings('Laut der Washington Post traf sich Liang am 20. Januar mit Li Qiang.').map((f) => f.text), ['Washington Post']);
  });
  test('the right outlet, a fact the source credits to no one, or a firm that is no outlet, raise nothing', () => {
    assert.deepEqual(findings('Liang met Li Qiang on 20 January, according to Reuters.'), []);
    assert.deepEqual(findings('Wie MIT Technology Review berichtet, schwanken die Schätzungen zwischen 10.000 und 50.000 A100-Chips.'), []);
    assert.deepEqual(findings('Nvidia reported that Liang met Li Qiang on 20 January.'), []);
    assert.deepEqual(findings('The Washington Post reported, citing Reuters, that Liang met Premier Li Qiang on 20 January.'), []);
    assert.deepEqual(findings('Die Washington Post schrieb unter Berufung auf Reuters, Liang habe am 20. Januar Li Qiang getroffen.'), []);
  });
});

describe('a pronoun or a title speaks for the person named before it', () => {
  const speakers = (text: string) => findings(text).filter((f) => f.code === 'misattributed-quote').map((f) => [f.text, f.fix]);
  test('German: „…“, sagt er; Er sagt: „…“; „…“, sagt der Tufts-Professor: the person of the sentence before; not someone else', () => {
    assert.deepEqual(speakers('Zihan Wang sieht die Ursache woanders. Er sagt: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt.“'), [['Zihan Wang', 'Matt Sheehan']]);
    assert.deepEqual(speakers('Zihan Wang sieht das anders. „Die Kostenvorteile sind interessant, aber keine Revolution“, sagte er.'), [['Zihan Wang', 'Stacy Rasgon']]);
    assert.deepEqual(speakers('Thomas Qitong Cao ist zurückhaltender. „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation“, sagt der Tufts-Professor.'), [['Thomas Qitong Cao', 'Zihan Wang']]);
    assert.deepEqual(speakers('Der Investor Chetan Puttagunta sieht das anders. Er nannte R1 den „spektakulärsten Durchbruch, den ich je gesehen habe“.'), [['Chetan Puttagunta', 'Marc Andreessen']]);
    // The right person; a title that names where someone else works; an indefinite title; no one named before.
    assert.deepEqual(findings('Stacy Rasgon hält die Panik für übertrieben. „DeepSeek verwendet bekannte Technologien“, sagt der Bernstein-Analyst.'), []);
    assert.deepEqual(findings('Matt Sheehan sieht das nüchtern. Er sagt: „Sie haben die Welt und auch die chinesische Regierung überrascht.“'), []);
    assert.deepEqual(findings('Stacy Rasgon widerspricht. Matt Sheehan sieht das anders. „DeepSeek verwendet bekannte Technologien“, sagt der Bernstein-Analyst.'), []);
    assert.deepEqual(findings('Matt Sheehan sieht das anders. „Die Kostenvorteile sind interessant, aber keine Revolution“, sagt ein Analyst.'), []);
    assert.deepEqual(findings('Die Börsen reagierten nervös. „Die Kostenvorteile sind interessant, aber keine Revolution“, sagt er.'), []);
    // „…“ ends its sentence: „Er“ stands for the person of the sentence after it.
    assert.deepEqual(findings('Bernstein-Analyst Stacy Rasgon hält die Aufregung für übertrieben: „DeepSeek verwendet bekannte Technologien.“ Ganz anders Marc Andreessen. Er nennt R1 den „spektakulärsten Durchbruch, den ich je gesehen habe“.'), []);
  });
  test('English: "…," he said; He said: "…"; "…," the Carnegie analyst said; the right person raises nothing', () => {
    assert.deepEqual(speakers('Zihan Wang was blunt. "Die Kostenvorteile sind interessant, aber keine Revolution," he said.'), [['Zihan Wang', 'Stacy Rasgon']]);
    assert.deepEqual(speakers('Zihan Wang has followed the company closely. He said: "DeepSeek war nicht der \'Auserwählte\' unter den chinesischen KI-Start-ups."'), [['Zihan Wang', 'Matt Sheehan']]);
    assert.deepEqual(speakers('Matt Sheehan was calmer. "DeepSeek verwendet bekannte Technologien," the Carnegie analyst said.'), [['Matt Sheehan', 'Stacy Rasgon']]);
    assert.deepEqual(findings('Stacy Rasgon of Bernstein Research was calmer. "DeepSeek verwendet bekannte Technologien," the Bernstein analyst said.'), []);
  });
  test('German: „Auch er sagt“, and a sentence between whose subject is the same pronoun („Er berät Donald Trump.“): the person that pronoun carries', () => {
    assert.deepEqual(speakers('Marc Andreessen sieht das ganz anders. Er berät den US-Präsidenten Donald Trump. Aber auch er sagt: „Die Kostenvorteile sind interessant, aber keine Revolution.“'), [['Marc Andreessen', 'Stacy Rasgon']]);
    assert.deepEqual(speakers('Zihan Wang ist vorsichtiger. Selbst er sagt: „Sie haben die Welt und auch die chinesische Regierung überrascht.“'), [['Zihan Wang', 'Matt Sheehan']]);
    assert.deepEqual(speakers('Stacy Rasgon sieht das nüchtern. Zihan Wang widerspricht. Auch er sagt: „Die Kostenvorteile sind interessant, aber keine Revolution.“'), [['Zihan Wang', 'Stacy Rasgon']]);
    // Another pronoun's sentence (she, they) names the one „er“ means: Matt Sheehan, Papailiopoulos said these words.
    assert.deepEqual(findings('Die Bernstein-Analystin Stacy Rasgon bleibt gelassen. Sie verweist auf Matt Sheehan vom Carnegie Endowment. Er sagt: „Sie haben die Welt und auch die chinesische Regierung überrascht.“'), []);
    assert.deepEqual(findings('Stacy Rasgon bleibt gelassen. Sie verweist auf Matt Sheehan. Auch er sagt: „Sie haben die Welt und auch die chinesische Regierung überrascht.“'), []);
    assert.deepEqual(findings('Liang Wenfeng hat DeepSeek 2023 gegründet. Sie luden Dimitris Papailiopoulos nach Hangzhou ein. Er sagt: „DeepSeek konzentrierte sich auf präzise Antworten statt auf die Detaillierung jedes logischen Schritts.“'), []);
    assert.deepEqual(findings('Die Forscher in Redmond waren überrascht. Sie luden Dimitris Papailiopoulos zu einem Vortrag ein. Er sagt: „DeepSeek konzentrierte sich auf präzise Antworten statt auf die Detaillierung jedes logischen Schritts.“'), []);
  });
  test('English: "He advises Donald Trump. He said: …" carries the earlier man; "She points to Matt Sheehan. He says: …" means Sheehan', () => {
    assert.deepEqual(speakers('Marc Andreessen sees it differently. He advises President Donald Trump. He said: "Die Kostenvorteile sind interessant, aber keine Revolution."'), [['Marc Andreessen', 'Stacy Rasgon']]);
    assert.deepEqual(findings('Stacy Rasgon is calmer. He has followed Marc Andreessen for years. He said: "Die Kostenvorteile sind interessant, aber keine Revolution."'), []);
    assert.deepEqual(findings('Bernstein analyst Stacy Rasgon stays calm. She points to Matt Sheehan of the Carnegie Endowment. He says: "They surprised the world and also the Chinese government."'), []);
    assert.deepEqual(findings('The researchers in Redmond were surprised. They invited Dimitris Papailiopoulos to give a talk. He says: "DeepSeek focused on precise answers rather than detailing every logical step."'), []);
  });
});

describe('the sentence after the quotation names its speaker', () => {
  const speakers = (text: string) => findings(text).filter((f) => f.code === 'misattributed-quote').map((f) => [f.text, f.fix]);
  test('German: „…“ Das sagte X. / Das Zitat stammt von X. / Gesagt hat das X.', () => {
    assert.deepEqual(speakers('„Sie haben die Welt und auch die chinesische Regierung überrascht.“ Das sagte Thomas Qitong Cao der Washington Post.'), [['Thomas Qitong Cao', 'Matt Sheehan']]);
    assert.deepEqual(speakers('„Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“ Das Zitat stammt von Matt Sheehan.'), [['Matt Sheehan', 'Zihan Wang']]);
    assert.deepEqual(speakers('Stacy Rasgon hält das für übertrieben: „Sie haben die Welt und auch die chinesische Regierung überrascht.“ Gesagt hat das allerdings Zihan Wang.'), [['Zihan Wang', 'Matt Sheehan']]);
    assert.deepEqual(findings('Stacy Rasgon hält das für übertrieben: „Sie haben die Welt und auch die chinesische Regierung überrascht.“ Gesagt hat das allerdings Matt Sheehan.'), []);
    assert.deepEqual(findings('„Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“ Das Zitat stammt von Zihan Wang.'), []);
    // "auch" adds a second speaker: it does not name the first.
    assert.deepEqual(speakers('Thomas Altmann sagte: „DeepSeek verwendet bekannte Technologien.“ Das sagte auch Stacy Rasgon.'), [['Thomas Altmann', 'Stacy Rasgon']]);
  });
  test('English: "…" That was X. / It was made by X. / The words are X\'s; a correction that names the real speaker after the wrong one', () => {
    assert.deepEqual(speakers('"DeepSeek verwendet bekannte Technologien." That was Thomas Altmann of QC Partners.'), [['Thomas Altmann', 'Stacy Rasgon']]);
    assert.deepEqual(speakers('"DeepSeek verwendet bekannte Technologien." The words are Matt Sheehan\'s.'), [['Matt Sheehan', 'Stacy Rasgon']]);
    const correction = 'Our profile of Liang Wenfeng attributed the remark „Diese Generation junger chinesischer Forscher identifiziert sich stark mit der Open-Source-Kultur“ to Matt Sheehan. It was made by Thomas Qitong Cao of Tufts University.';
    assert.deepEqual(findings(correction), []);
    assert.deepEqual(speakers(correction.replace('Thomas Qitong Cao of Tufts', 'Zihan Wang of Northwestern')), [['Zihan Wang', 'Thomas Qitong Cao']]);
  });
});

describe('the speaker of a quotation is not guessed from ordinary prose around it', () => {
  test('a next sentence that names no person as the speaker, or denies it, names no speaker', () => {
    assert.deepEqual(findings('Donald Trump nannte die Entwicklung einen "Weckruf für unsere Industrien". That was Nvidia\'s worst day on the stock market.'), []);
    assert.deepEqual(findings('Zihan Wang sagte: "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation." Das schrieb MIT Technology Review.'), []);
    assert.deepEqual(findings('Donald Trump nannte die Entwicklung einen "Weckruf für unsere Industrien". Das sagte DeepSeek-Gründer Liang Wenfeng nie.'), []);
  });
  test('a pronoun after a sentence naming two people, or "sagen sie", stands for no one', () => {
    assert.deepEqual(findings('Nach einem Gespräch mit Thomas Qitong Cao meldete sich Matt Sheehan zu Wort. "Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt", sagte er.'), []);
    assert.deepEqual(findings('Zihan Wang und Matt Sheehan sehen das ähnlich. "Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt", sagen sie.'), []);
  });
});

describe('a speaker in the block next to the quotation', () => {
  const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
  test('a block quote\'s attribution line ("> — Name, role") names its speaker, in German and English', () => {
    const de = '> „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“\n>\n> — Liang Wenfeng, DeepSeek-Gründer\n';
    assert.deepEqual(said(de), [['misattributed-quote', 'Liang Wenfeng', 'Zihan Wang']]);
    assert.deepEqual(said(de.replace('Liang Wenfeng, DeepSeek-Gründer', 'Zihan Wang')), []);
    const en = '> "Die Kostenvorteile sind interessant, aber keine Revolution."\n\n— Matt Sheehan, Carnegie Endowment\n';
    assert.deepEqual(said(en), [['misattributed-quote', 'Matt Sheehan', 'Stacy Rasgon']]);
    // A dash line that goes on to say something is no attribution; nor is one after a paragraph with more than the quotation.
    assert.deepEqual(said('> "Die Kostenvorteile sind interessant, aber keine Revolution."\n\n— Matt Sheehan sees it differently.\n'), []);
    assert.deepEqual(said('Analysts were calm. "Die Kostenvorteile sind interessant, aber keine Revolution."\n\n— Matt Sheehan\n'), []);
  });
  test('a credit line without a dash ("Name, role") under or above a quotation alone names its speaker, in German and English', () => {
    // A quote card: the quotation, then the speaker and role under it.
    const de = '> „Die Kostenvorteile sind interessant, aber keine Revolution.“\n>\n> **Matt Sheehan**, Carnegie Endowment\n';
    assert.deepEqual(said(de), [['misattributed-quote', 'Matt Sheehan', 'Stacy Rasgon']]);
    assert.deepEqual(said(de.replace('Matt Sheehan', 'Stacy Rasgon')), []);
    assert.deepEqual(said('> „Sputnik-Moment“\n>\n> **Donald Trump** über den Start von R1\n'), [['misattributed-quote', 'Donald Trump', 'Marc Andreessen']]);
    // A debate card: the cite line above the evidence.
    const en = 'Papailiopoulos, Microsoft researcher, quoted in Telepolis (trans.)\n> "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."\n';
    assert.deepEqual(said(en), [['misattributed-quote', 'Papailiopoulos', 'Zihan Wang']]);
    assert.deepEqual(said(en.replace('Papailiopoulos, Microsoft researcher', 'Wang, former DeepSeek employee')), []);
    // A line between two quotations credits the one above it, not the one below.
    const between = '> „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“\n\nZihan Wang, Northwestern University\n\n> „Die Kostenvorteile sind interessant, aber keine Revolution.“\n';
    assert.deepEqual(said(between), []);
  });
  test('cards in a row credit each quotation by its own credit line, above or below it, in German and English', () => {
    // Debate cards with the cite above: the line between two quotations is the lower card's, not the upper's.
    const en = 'Matt Sheehan, Carnegie Endowment for International Peace, quoted in Telepolis (trans.)\n\n> "The US export controls have pushed Chinese companies into a corner where they have to deal far more efficiently with their limited computing resources."\n\nZihan Wang, former DeepSeek researcher, quoted in Telepolis (trans.)\n\n> "The team turned the hardware challenge into an opportunity for innovation."\n';
    assert.deepEqual(said(en), []);
    assert.deepEqual(said(en.replace('Matt Sheehan, Carnegie', 'Stacy Rasgon, Carnegie')), [['misattributed-quote', 'Stacy Rasgon', 'Matt Sheehan']]);
    const de = 'Matt Sheehan, Carnegie Endowment for International Peace\n\n> „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt, in der sie mit ihren begrenzten Rechenressourcen weitaus effizienter umgehen müssen.“\n\nZihan Wang, ehemaliger DeepSeek-Forscher\n\n> „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“\n';
    assert.deepEqual(said(de), []);
    assert.deepEqual(said(de.replace('Zihan Wang, ehemaliger', 'Stacy Rasgon, ehemaliger')), [['misattributed-quote', 'Stacy Rasgon', 'Zihan Wang']]);
    // Quote cards with the credit below: each line is the card's above it, as before.
    const below = '> „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“\n\nZihan Wang, former DeepSeek researcher\n\n> „Die Kostenvorteile sind interessant, aber keine Revolution.“\n\nStacy Rasgon, Bernstein Research\n';
    assert.deepEqual(said(below), []);
    assert.deepEqual(said(below.replace('Stacy Rasgon, Bernstein', 'Matt Sheehan, Bernstein')), [['misattributed-quote', 'Matt Sheehan', 'Stacy Rasgon']]);
  });
  test('a list of people, or a run of "Name, role" lines, above a quotation credits it to none of them, in German and English', () => {
    assert.deepEqual(said('Auf dem Podium:\n\n- Zihan Wang, ehemaliger DeepSeek-Forscher\n- Matt Sheehan, Carnegie Endowment\n\n> „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“\n'), []);
    assert.deepEqual(said('On the panel:\n\n- Zihan Wang, former DeepSeek researcher\n- Matt Sheehan, Carnegie Endowment\n\n> "The team turned the hardware challenge into an opportunity for innovation."\n'), []);
    assert.deepEqual(said('> „Die Kostenvorteile sind interessant, aber keine Revolution.“\n\n- Matt Sheehan, Carnegie Endowment\n'), []);
    assert.deepEqual(said('Zihan Wang, ehemaliger DeepSeek-Forscher\n\nMatt Sheehan, Carnegie Endowment\n\n> „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“\n'), []);
    assert.deepEqual(said('> "The team turned the hardware challenge into an opportunity for innovation."\n\nMatt Sheehan, Carnegie Endowment\n\nZihan Wang, former DeepSeek researcher\n'), []);
  });
  test('a line that opens with a name but says something, or a quotation that is not alone, takes no credit line', () => {
    // A sentence of its own after the quotation.
    assert.deepEqual(said('> „Die Kostenvorteile sind interessant, aber keine Revolution.“\n\nMatt Sheehan, too, disagreed.\n'), []);
    assert.deepEqual(said('„Die Kostenvorteile sind interessant, aber keine Revolution.“\n\nMatt Sheehan sieht das anders\n'), []);
    // More than the quotation in its block.
    assert.deepEqual(said('Analysts were calm. "Die Kostenvorteile sind interessant, aber keine Revolution."\n\nMatt Sheehan, Carnegie Endowment\n'), []);
  });
  test('a heading that is a person\'s name (and role) speaks for the paragraph below that opens with a quotation', () => {
    const de = '### Thomas Altmann, QC Partners\n\n„DeepSeek verwendet bekannte Technologien.“ Er hält die Panik für übertrieben.\n';
    assert.deepEqual(said(de), [['misattributed-quote', 'Thomas Altmann', 'Stacy Rasgon']]);
    assert.deepEqual(said(de.replace('Thomas Altmann, QC Partners', 'Stacy Rasgon (Bernstein)')), []);
    const en = '## Matt Sheehan: the policy view\n\n"Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."\n';
    assert.deepEqual(said(en), [['misattributed-quote', 'Matt Sheehan', 'Zihan Wang']]);
    // A heading about a person is no label; a quotation with its own speaker keeps it.
    assert.deepEqual(said('## Why Matt Sheehan is wrong\n\n"Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."\n'), []);
    assert.deepEqual(said('### Matt Sheehan\n\n„Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation“, sagt Wang.\n'), []);
  });
});

describe('a quotation that joins two quotations the source gives one after the other', () => {
  const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
  const joined = 'DeepSeek war nicht der ‚Auserwählte‘ unter den chinesischen KI-Start-ups. Sie haben die Welt und auch die chinesische Regierung überrascht';
  test('German: „Satz eins. Satz zwei“, sagt X is the source speaker\'s, whose name is the fix, and a changed word in either sentence is shown', () => {
    assert.deepEqual(said(`„${joined}“, sagt Thomas Qitong Cao.`), [['misattributed-quote', 'Thomas Qitong Cao', 'Matt Sheehan']]);
    assert.deepEqual(said(`„${joined}“, sagt Matt Sheehan.`), []);
    assert.deepEqual(said(`„${joined.replace('überrascht', 'schockiert')}“, sagt Matt Sheehan.`), [['quote-mismatch', 'schockiert', 'überrascht']]);
  });
  test('English: X said: "sentence one. sentence two."', () => {
    assert.deepEqual(said(`Zihan Wang said: "${joined.replace(/[‚‘]/gu, "'")}."`), [['misattributed-quote', 'Zihan Wang', 'Matt Sheehan']]);
    assert.deepEqual(said(`Matt Sheehan said: "${joined.replace(/[‚‘]/gu, "'")}."`), []);
  });
  test('a sentence of the writer\'s own, or sentences of two speakers, in one quotation name no source speaker', () => {
    assert.deepEqual(said('„DeepSeek war nicht der ‚Auserwählte‘ unter den chinesischen KI-Start-ups. Das wird sich sehr bald ändern, glaube ich“, sagt Thomas Qitong Cao.'), []);
    assert.deepEqual(said('"Die Kostenvorteile sind interessant, aber keine Revolution. Sie haben die Welt und auch die chinesische Regierung überrascht," said Thomas Qitong Cao.'), []);
  });
});

describe('a pronoun that speaks for the person of the block before', () => {
  const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
  test('a transcript\'s answer "Er sagt: „…“" after the question "Was sagt X?" is X\'s, underlined on "Er"', () => {
    const de = '**Host:** Was sagt eigentlich Dimitris Papailiopoulos von Microsoft?\n\n**Gast:** Er sagt: „Diese Generation junger chinesischer Forscher identifiziert sich stark mit der Open-Source-Kultur.“\n';
    assert.deepEqual(said(de), [['misattributed-quote', 'Er', 'Thomas Qitong Cao']]);
    assert.deepEqual(said(de.replace('Dimitris Papailiopoulos von Microsoft', 'Thomas Qitong Cao von der Tufts University')), []);
    // After the quotation too: „…“, sagt er.
    const after = '**Host:** Und Matt Sheehan?\n\n**Gast:** „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation“, sagt er.\n';
    assert.deepEqual(said(after), [['misattributed-quote', 'er', 'Zihan Wang']]);
  });
  test('English: "I asked Matt Sheehan." then "He said: "…""', () => {
    const en = 'I asked Matt Sheehan about the export rules.\n\nHe said: "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."\n';
    assert.deepEqual(said(en), [['misattributed-quote', 'He', 'Zihan Wang']]);
    assert.deepEqual(said(en.replace('Matt Sheehan', 'Zihan Wang')), []);
  });
  test('the pronoun\'s own block names someone, or the block before names two people: no one is guessed', () => {
    assert.deepEqual(said('I asked Matt Sheehan.\n\nThen Zihan Wang spoke. He said: "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."\n'), []);
    assert.deepEqual(said('I asked Matt Sheehan and Thomas Altmann.\n\nHe said: "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."\n'), []);
  });
  test('a block that introduces someone unnamed before the quotation ("Eine Professorin … widerspricht") is not the answer of the block before', () => {
    assert.deepEqual(said('Matt Sheehan sieht das anders.\n\nEine Professorin aus Massachusetts widerspricht: „Diese Generation junger chinesischer Forscher identifiziert sich stark mit der Open-Source-Kultur“, sagt sie.\n'), []);
    assert.deepEqual(said('Matt Sheehan sees it differently.\n\nA professor in Massachusetts disagrees: "Diese Generation junger chinesischer Forscher identifiziert sich stark mit der Open-Source-Kultur," she says.\n'), []);
  });
});

describe('two people, then the quotation\'s own clause', () => {
  const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
  test('after a colon or "while", the person with the speech verb speaks, not the sentence\'s first', () => {
    const en = 'Stacy Rasgon and Matt Sheehan disagree: Sheehan calls the cost advantages "interessant, aber keine Revolution", while Rasgon says DeepSeek has "die Welt und auch die chinesische Regierung überrascht".';
    assert.deepEqual(said(en), [['misattributed-quote', 'Sheehan', 'Rasgon'], ['misattributed-quote', 'Rasgon', 'Sheehan']]);
    assert.deepEqual(said(en.replace('Sheehan calls', 'X calls').replace('Rasgon says', 'Sheehan says').replace('X calls', 'Rasgon calls')), []);
    const de = 'Stacy Rasgon und Matt Sheehan sind uneins: Sheehan nennt die Kostenvorteile „interessant, aber keine Revolution“.';
    assert.deepEqual(said(de), [['misattributed-quote', 'Sheehan', 'Rasgon']]);
    assert.deepEqual(said(de.replace('Sheehan nennt', 'Rasgon nennt')), []);
    // Without a break, the sentence's first person is the subject: "Rasgon widerspricht Sheehan …" stays Rasgon's.
    assert.deepEqual(said('Stacy Rasgon widerspricht Matt Sheehan und nennt die Kostenvorteile „interessant, aber keine Revolution“.'), []);
  });
  test('English: "while Marc Andreessen described the development as a "…"" is Andreessen\'s quotation, not the first person\'s', () => {
    const en = 'Stacy Rasgon of Bernstein Research stated that the panic was exaggerated, while Marc Andreessen described the development as a "wake-up call for our industries".';
    assert.deepEqual(said(en), [['misattributed-quote', 'Marc Andreessen', 'Donald Trump']]);
    assert.deepEqual(said(en.replace('Marc Andreessen', 'Donald Trump')), []);
  });
  test('German: „…, während Marc Andreessen die Entwicklung als „…“ bezeichnete“: the verb after the quotation ends the speaker\'s clause', () => {
    const de = 'Stacy Rasgon hielt die Panik für übertrieben, während Marc Andreessen die Entwicklung als „Weckruf für unsere Industrien“ bezeichnete.';
    assert.deepEqual(said(de), [['misattributed-quote', 'Marc Andreessen', 'Donald Trump']]);
    assert.deepEqual(said(de.replace('Marc Andreessen', 'Donald Trump')), []);
    assert.deepEqual(said('Stacy Rasgon hielt die Panik für übertrieben, während Marc Andreessen von einem „Weckruf für unsere Industrien“ sprach.'), [['misattributed-quote', 'Marc Andreessen', 'Donald Trump']]);
  });
  test('German: „so“ and „sah“ after the quotation are no speech verb ending the clause; the verb must end it', () => {
    // Trump's words, named by Andreessen without speaking them: the first person's quotation stands.
    assert.deepEqual(said('Donald Trump warnte vor China, während Marc Andreessen den „Weckruf für unsere Industrien“ so nicht gelten ließ.'), []);
    assert.deepEqual(said('Donald Trump warnte vor China, während Marc Andreessen im „Weckruf für unsere Industrien“ vor allem Panikmache sah.'), []);
    assert.deepEqual(said('Donald Trump warnte vor China, während Marc Andreessen die Entwicklung einen „Weckruf für unsere Industrien“ nannte.'), [['misattributed-quote', 'Marc Andreessen', 'Donald Trump']]);
  });
  test('", and" after the first person\'s own predicate starts the second person\'s clause, where they work before the verb', () => {
    const en = 'On the other side you had Marc Andreessen calling it the most spectacular breakthrough he had ever seen, and Matt Sheehan at Carnegie calling the whole thing a "wake-up call for our industries".';
    assert.deepEqual(said(en), [['misattributed-quote', 'Matt Sheehan', 'Donald Trump']]);
    assert.deepEqual(said(en.replace('Matt Sheehan', 'Donald Trump')), []);
    const de = 'Marc Andreessen lobt das Modell in den höchsten Tönen, und Matt Sheehan vom Carnegie Endowment nennt das Ganze einen „Weckruf für unsere Industrien“.';
    assert.deepEqual(said(de), [['misattributed-quote', 'Matt Sheehan', 'Donald Trump']]);
    assert.deepEqual(said(de.replace('Matt Sheehan', 'Donald Trump')), []);
    // German nouns are capitalised: the first person's predicate counts its lower-case words, not consecutive ones.
    assert.deepEqual(said('Marc Andreessen lobte das Modell überschwänglich, und Stacy Rasgon von Bernstein Research betonte: „Die Kostenvorteile sind interessant, aber keine Revolution“.'), []);
    assert.deepEqual(said('Marc Andreessen lobte das Modell überschwänglich, und Matt Sheehan von Carnegie betonte: „Die Kostenvorteile sind interessant, aber keine Revolution“.'), [['misattributed-quote', 'Matt Sheehan', 'Stacy Rasgon']]);
  });
  test('a list of people joined by ", and" is no second clause: the first person stays the subject', () => {
    assert.deepEqual(said('Marc Andreessen of Andreessen Horowitz, and Matt Sheehan called R1 the "spektakulärsten Durchbruch, den ich je gesehen habe".'), []);
    assert.deepEqual(said('Marc Andreessen, Stacy Rasgon, and Matt Sheehan all called R1 the "spektakulärsten Durchbruch, den ich je gesehen habe".'), []);
    assert.deepEqual(said('Marc Andreessen von Andreessen Horowitz, und Matt Sheehan nennt R1 den „spektakulärsten Durchbruch, den ich je gesehen habe“.'), []);
    // The second clause's person without a verb of saying before the quotation does not speak it.
    assert.deepEqual(said('Donald Trump warned about China in a speech, and Matt Sheehan at Carnegie agreed with the "wake-up call for our industries".'), []);
    assert.deepEqual(said('Donald Trump warnte in einer Rede vor China, und Matt Sheehan vom Carnegie Endowment stimmte dem „Weckruf für unsere Industrien“ zu.'), []);
    // The second person reports what the first, a pronoun, said: not the second's own words.
    assert.deepEqual(said('Zihan Wang arbeitete früher bei DeepSeek, und Matt Sheehan sagt über ihn, er habe „die Hardware-Herausforderung in eine Chance für Innovation“ verwandelt.'), []);
    assert.deepEqual(said('Zihan Wang used to work at DeepSeek, and Matt Sheehan says of him that he turned "die Hardware-Herausforderung in eine Chance für Innovation".'), []);
  });
  test('German: „…, und Matt Sheehan vom Carnegie Endowment sagte: „…““ after a short predicate is Sheehan\'s quotation', () => {
    const de = 'Marc Andreessen lobte das Modell, und Matt Sheehan vom Carnegie Endowment sagte: „Die Kostenvorteile sind interessant, aber keine Revolution“.';
    assert.deepEqual(said(de), [['misattributed-quote', 'Matt Sheehan', 'Stacy Rasgon']]);
    assert.deepEqual(said(de.replace('Matt Sheehan', 'Stacy Rasgon').replace('Carnegie Endowment', 'Bernstein')), []);
    assert.deepEqual(said('Marc Andreessen praised the model, and Donald Trump called the development a "wake-up call for our industries".'), []);
  });
  test('the speakers stay right where the second clause has no speaker of its own as subject', () => {
    // An object pronoun after the verb of saying: the second clause's subject still speaks.
    assert.deepEqual(said('Stacy Rasgon stayed calm, while Matt Sheehan told her: "Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt".'), []);
    assert.deepEqual(said('Marc Andreessen praised the model, and Matt Sheehan told him: "Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt".'), []);
    assert.deepEqual(said('Stacy Rasgon blieb gelassen, während Matt Sheehan ihr sagte: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“.'), []);
    assert.deepEqual(said('Marc Andreessen lobte das Modell, und Matt Sheehan sagte ihm: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“.'), []);
    // One speaker who goes on: ", and added" has no subject of its own.
    assert.deepEqual(said('Stacy Rasgon said Matt Sheehan was wrong, and added: "Die Kostenvorteile sind interessant, aber keine Revolution".'), []);
    assert.deepEqual(said('Stacy Rasgon sagte, Matt Sheehan liege falsch, und ergänzte: „Die Kostenvorteile sind interessant, aber keine Revolution“.'), []);
    assert.deepEqual(said('Stacy Rasgon called the panic overdone, and Matt Sheehan agreed, but Rasgon added: "Die Kostenvorteile sind interessant, aber keine Revolution".'), []);
    // An apposition or a workplace with a comma lists the subjects of one verb.
    assert.deepEqual(said('Stacy Rasgon, the Bernstein analyst, and Matt Sheehan called the cost advantages "interessant, aber keine Revolution".'), []);
    assert.deepEqual(said('Stacy Rasgon from the research firm, and Matt Sheehan called the cost advantages "interessant, aber keine Revolution".'), []);
    assert.deepEqual(said('Stacy Rasgon von Bernstein, und Matt Sheehan nannten die Kostenvorteile „interessant, aber keine Revolution“.'), []);
  });
  test('English: "described" speaks a quotation only as "described … as "…""', () => {
    assert.deepEqual(said('Donald Trump warned about China, while Marc Andreessen described the "wake-up call for our industries" phrase as overblown.'), []);
    assert.deepEqual(said('Donald Trump warned about China, while Marc Andreessen described the development as a "wake-up call for our industries".'), [['misattributed-quote', 'Marc Andreessen', 'Donald Trump']]);
  });
});

describe('a who-said-it question and its answer', () => {
  const said = (text: string) => findings(text).map((f) => [f.code, f.text, f.fix]);
  test('German: the quotation in the question, the answer after it in the same paragraph or the next block', () => {
    assert.deepEqual(said('Wer sagte: „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation“? Antwort: Matt Sheehan.'), [['misattributed-quote', 'Matt Sheehan', 'Zihan Wang']]);
    assert.deepEqual(said('Wer hat „Weckruf für unsere Industrien“ gesagt? Marc Andreessen, der Tech-Investor.'), [['misattributed-quote', 'Marc Andreessen', 'Donald Trump']]);
    assert.deepEqual(said('Wer hat das gesagt? „Die Kostenvorteile sind interessant, aber keine Revolution.“ Liang Wenfeng.'), [['misattributed-quote', 'Liang Wenfeng', 'Stacy Rasgon']]);
    const transcript = 'MODERATORIN: Von wem stammt der Satz „Sie haben die Welt und auch die chinesische Regierung überrascht“?\n\nGAST: Das war Zihan Wang.\n';
    assert.deepEqual(said(transcript), [['misattributed-quote', 'Zihan Wang', 'Matt Sheehan']]);
    // The right answer raises nothing.
    assert.deepEqual(said(transcript.replace('Zihan Wang', 'Matt Sheehan')), []);
    assert.deepEqual(said('Wer hat das gesagt? „Die Kostenvorteile sind interessant, aber keine Revolution.“ Stacy Rasgon.'), []);
  });
  test('English: "Who said …? Answer: X", "Who called it a …? X, the …", "Who said it? "…" X."', () => {
    assert.deepEqual(said('Who called the development a "Weckruf für unsere Industrien"?\nAnswer: Marc Andreessen, the tech investor.'), [['misattributed-quote', 'Marc Andreessen', 'Donald Trump']]);
    assert.deepEqual(said('Who said it? "Die Kostenvorteile sind interessant, aber keine Revolution." Liang Wenfeng.'), [['misattributed-quote', 'Liang Wenfeng', 'Stacy Rasgon']]);
    const transcript = 'HOST: Who said "Die Kostenvorteile sind interessant, aber keine Revolution"?\n\nGUEST: That was Matt Sheehan at Carnegie.\n';
    assert.deepEqual(said(transcript), [['misattributed-quote', 'Matt Sheehan', 'Stacy Rasgon']]);
    assert.deepEqual(said(transcript.replace('Matt Sheehan at Carnegie', 'Stacy Rasgon at Bernstein')), []);
  });
  test('a question that asks for no speaker, or an answer that denies or goes on as a sentence of its own, names no one', () => {
    assert.deepEqual(said('Wer hätte gedacht, dass „Die Kostenvorteile sind interessant, aber keine Revolution“ die Börsen bewegt? Liang Wenfeng jedenfalls nicht.'), []);
    assert.deepEqual(said('Who would have thought that "Die Kostenvorteile sind interessant, aber keine Revolution" could move markets? Liang Wenfeng, maybe.'), []);
    assert.deepEqual(said('Wer sagte: „DeepSeek verwendet bekannte Technologien“? Nicht Thomas Altmann, sondern Stacy Rasgon.'), []);
    assert.deepEqual(said('Who said "Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation"? Liang Wenfeng never did.'), []);
    assert.deepEqual(said('Wer hat das gesagt? „Sie haben die Welt und auch die chinesische Regierung überrascht.“ Zihan Wang widersprach später.'), []);
    assert.deepEqual(said('Who said it? "Sie haben die Welt und auch die chinesische Regierung überrascht." Zihan Wang disagreed later.'), []);
  });
  // A pattern that backtracks over a long token takes minutes here (73 s at 4,000 characters); a linear one, milliseconds.
  test('a 4,000-character token in the question, the label or the answer is read at once, and names no one', { timeout: 10_000 }, () => {
    const long = 'x'.repeat(4000);
    assert.deepEqual(said(`Wer ${long} sagte „Die Kostenvorteile sind interessant“? ${long.toUpperCase()}: Das war ${long}.`), []);
    assert.deepEqual(said(`HOST${long}: Who said "Die Kostenvorteile sind interessant"?\n\nGUEST${long} ${long}: That was ${long}\n`), []);
    assert.deepEqual(said(`Wer hat das gesagt${long}? „Sie haben die Welt und auch die chinesische Regierung überrascht.“ ${long}`), []);
  });
});

describe('a quotation credited to an outlet', () => {
  const said = (text: string) => findings(text).filter((f) => f.code === 'misattributed-quote').map((f) => [f.text, f.message]);
  test('German: an outlet no source names, right beside its verb ("schrieb das Handelsblatt", "Die Süddeutsche Zeitung schrieb", "berichtete Reuters", "meldete die FAZ")', () => {
    assert.deepEqual(said('„DeepSeek verwendet bekannte Technologien“, schrieb das Handelsblatt.'), [['Handelsblatt', 'The source attributes this quotation to Stacy Rasgon (Bernstein Research), not Handelsblatt.']]);
    assert.deepEqual(said('Die Süddeutsche Zeitung schrieb: „Sie haben die Welt und auch die chinesische Regierung überrascht.“').map(([t]) => t), ['Süddeutsche Zeitung']);
    assert.deepEqual(said('„Sie haben die Welt und auch die chinesische Regierung überrascht“, berichtete Reuters.').map(([t]) => t), ['Reuters']);
    // The source names no speaker: an outlet would have written the engineer's words itself.
    assert.deepEqual(said('„Die Beschränkungen zwangen uns zu mehr Kreativität“, meldete die FAZ.'), [['FAZ', 'The source does not attribute this quotation to FAZ: it says ein DeepSeek-Ingenieur.']]);
  });
  test('English: "the Financial Times wrote", "Bloomberg reported", "the Washington Post wrote"', () => {
    assert.deepEqual(said('"Sie haben die Welt und auch die chinesische Regierung überrascht," the Financial Times wrote.').map(([t]) => t), ['Financial Times']);
    assert.deepEqual(said('"DeepSeek verwendet bekannte Technologien," Bloomberg reported.').map(([t]) => t), ['Bloomberg']);
    assert.deepEqual(said('"Sie haben die Welt und auch die chinesische Regierung überrascht," the Washington Post wrote.').map(([t]) => t), ['Washington Post']);
  });
  test('an outlet that passes the words on, or is only spoken to, is not their speaker', () => {
    for (const text of [
      '„Sie haben die Welt und auch die chinesische Regierung überrascht“, zitiert die Washington Post Matt Sheehan.',
      '„Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation“, schrieb das Handelsblatt unter Berufung auf Zihan Wang.',
      'Laut Washington Post sagte Zihan Wang: „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“',
      'Stacy Rasgon sagte dem Handelsblatt: „DeepSeek verwendet bekannte Technologien.“',
      '"Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation," the Financial Times wrote, quoting Zihan Wang.',
      '"DeepSeek verwendet bekannte Technologien," Stacy Rasgon told the Financial Times.',
      'Stacy Rasgon told Bloomberg: "DeepSeek verwendet bekannte Technologien."',
    ]) assert.deepEqual(said(text), [], text);
  });
  test('no capitalised word, pronoun or adverb before the verb is an outlet ("Sie schrieb", "He wrote", "Die Zeitung schrieb")', () => {
    for (const text of [
      'Sie schrieb: „Die Beschränkungen zwangen uns zu mehr Kreativität.“',
      'He wrote: "Die Beschränkungen zwangen uns zu mehr Kreativität."',
      'Die Zeitung schrieb: „Die Beschränkungen zwangen uns zu mehr Kreativität.“',
      'Der Handelsblatt-Reporter schrieb: „Die Beschränkungen zwangen uns zu mehr Kreativität.“',
      'Yesterday the paper wrote: "Die Beschränkungen zwangen uns zu mehr Kreativität."',
    ]) assert.deepEqual(said(text), [], text);
  });
  test('a group of papers or people is no outlet, and a paper spoken to in the dative is no speaker', () => {
    for (const text of [
      'Mehrere Insider berichteten: „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“',
      'Chinesische Nachrichten berichteten: „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“',
      '"Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation," Several Times reported.',
      '„Sie haben die Welt und auch die chinesische Regierung überrascht“, sagte der Süddeutschen Zeitung ein Experte aus Washington.',
    ]) assert.deepEqual(said(text), [], text);
  });
  test('a 4,000-character token before the verb is read at once', { timeout: 10_000 }, () => {
    const long = 'X'.repeat(4000);
    assert.deepEqual(said(`„DeepSeek verwendet bekannte Technologien“, schrieb ${long} ${long} Zeitung.`), []);
    assert.deepEqual(said(`${'Aa '.repeat(2000)}wrote: "Die Beschränkungen zwangen uns zu mehr Kreativität."`), []);
  });
});

describe('a quotation reported in indirect speech, without quotation marks', () => {
  const misattributed = (text: string, idx = index) =>
    runRules(analyzeDraft(text, idx), idx).filter((f) => f.code === 'misattributed-quote').map((f) => ({ text: text.slice(f.start, f.end), fix: f.fix?.newText, message: f.message }));
  test('German: „Die US-Exportkontrollen hätten …, sagte Thomas Qitong Cao“ and „Cao sagte, die US-Exportkontrollen hätten …“ are Sheehan\'s words', () => {
    const sheehan = 'The source attributes this statement to Matt Sheehan (Carnegie Endowment for International Peace), not Thomas Qitong Cao.';
    assert.deepEqual(misattributed('---\nlang: de\n---\n\nDie US-Exportkontrollen hätten chinesische Firmen in eine Ecke gedrängt, in der sie mit begrenzten Rechenressourcen weitaus effizienter umgehen müssten, sagte Thomas Qitong Cao von der Tufts University.'), [
      { text: 'Thomas Qitong Cao', fix: 'Matt Sheehan', message: sheehan },
    ]);
    assert.deepEqual(misattributed('---\nlang: de\n---\n\nThomas Qitong Cao sagte, die US-Exportkontrollen hätten chinesische Unternehmen in eine Ecke gedrängt.'), [
      { text: 'Thomas Qitong Cao', fix: 'Matt Sheehan', message: sheehan },
    ]);
    // The right speaker, and a sentence that shares only a topic with the quotation, are clean.
    assert.deepEqual(misattributed('---\nlang: de\n---\n\nMatt Sheehan sagte, die US-Exportkontrollen hätten chinesische Unternehmen in eine Ecke gedrängt.'), []);
    assert.deepEqual(misattributed('---\nlang: de\n---\n\nThomas Qitong Cao sagte, die Exportkontrollen träfen chinesische Unternehmen hart.'), []);
  });
  test('English: "X argues that US export controls have pushed …" and "…, said X" report the English source\'s speaker\'s words', () => {
    const idx = buildSourceIndex([...bundledInputs(), { id: 'carnegie.txt', uri: 'file:///extra/carnegie.txt', text: 'Export controls and China\n\n"US export controls have pushed Chinese companies into a corner where they must use their limited computing resources far more efficiently," said Matt Sheehan of the Carnegie Endowment.\n' }]);
    assert.deepEqual(misattributed('Microsoft\'s Dimitris Papailiopoulos argues that US export controls have pushed Chinese companies into a corner where they must use limited computing resources more efficiently.', idx), [
      { text: 'Dimitris Papailiopoulos', fix: 'Matt Sheehan', message: 'The source attributes this statement to Matt Sheehan (Carnegie Endowment for International Peace), not Dimitris Papailiopoulos.' },
    ]);
    assert.deepEqual(misattributed('US export controls pushed Chinese companies into a corner where they must use limited computing resources more efficiently, said Microsoft researcher Dimitris Papailiopoulos.', idx).map((f) => f.text), ['Dimitris Papailiopoulos']);
    assert.deepEqual(misattributed('Matt Sheehan argues that US export controls have pushed Chinese companies into a corner.', idx), []);
  });
});

describe('reported speech names a speaker too', () => {
  const wang = 'The source attributes this statement to Zihan Wang (ehemaligen DeepSeek-Mitarbeiter und aktuellen Doktoranden an der privaten Northwestern University …), not ';
  test('German: „X sagte, dass …“, „Laut X …“ and „…, sagte X“ with Konjunktiv give a claim to its speaker; the source\'s speaker is the fix', () => {
    const claim = 'die Exportbeschränkungen das Unternehmen zu innovativen Lösungen gezwungen hätten';
    assert.deepEqual(findings(`Dimitris Papailiopoulos sagte, dass ${claim}.`), [
      { code: 'misattributed-quote', text: 'Dimitris Papailiopoulos', message: `${wang}Dimitris Papailiopoulos.`, fix: 'Zihan Wang' },
    ]);
    assert.deepEqual(findings('Laut Matt Sheehan zwangen die Exportbeschränkungen das Unternehmen zu innovativen Lösungen.'), [
      { code: 'misattributed-quote', text: 'Matt Sheehan', message: `${wang}Matt Sheehan.`, fix: 'Zihan Wang' },
    ]);
    assert.deepEqual(findings('Die Exportbeschränkungen hätten das Unternehmen zu innovativen Lösungen gezwungen, sagte Matt Sheehan.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Matt Sheehan', 'Zihan Wang'],
    ]);
    // A quotation of the source, told in indirect speech, is its speaker's claim too.
    assert.deepEqual(findings('Liang Wenfeng sagte, DeepSeek sei nicht der Auserwählte unter den chinesischen KI-Start-ups gewesen.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Liang Wenfeng', 'Matt Sheehan'],
    ]);
    // The right speaker, or a claim no source gives anyone: no warning.
    assert.deepEqual(findings(`Zihan Wang sagte, dass ${claim}.`), []);
    assert.deepEqual(findings('Laut Zihan Wang zwangen die Exportbeschränkungen das Unternehmen zu innovativen Lösungen.'), []);
    assert.deepEqual(findings('Matt Sheehan sagte, dass DeepSeek bald ein Büro in Berlin eröffnen werde.'), []);
  });
  test('English: "X said that …", "according to X, …", "…, X said" give a claim to its speaker, also one the source quotes', () => {
    assert.deepEqual(findings('Matt Sheehan said that the export restrictions forced the company to find innovative solutions.'), [
      { code: 'misattributed-quote', text: 'Matt Sheehan', message: `${wang}Matt Sheehan.`, fix: 'Zihan Wang' },
    ]);
    assert.deepEqual(findings('According to Matt Sheehan, the export restrictions forced the company into innovative solutions.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Matt Sheehan', 'Zihan Wang'],
    ]);
    assert.deepEqual(findings('Matt Sheehan said the team turned the hardware challenge into an opportunity for innovation.').map((f) => [f.code, f.text, f.fix]), [
      ['misattributed-quote', 'Matt Sheehan', 'Zihan Wang'],
    ]);
    assert.deepEqual(findings('Zihan Wang said that the export restrictions forced the company to find innovative solutions.'), []);
    assert.deepEqual(findings('The team turned the hardware challenge into an opportunity for innovation, Zihan Wang said.'), []);
    assert.deepEqual(findings('Matt Sheehan said that DeepSeek would soon open an office in Berlin.'), []);
  });
});

describe('reported speech of a quotation whose speaker comes before it, in the frames of talk and letters (w34a)', () => {
  const misattributed = (text: string) =>
    runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => ({ text: text.slice(f.start, f.end), fix: f.fix?.newText, message: f.message }));
  const papailiopoulos = (who: string) => `The source attributes this statement to Dimitris Papailiopoulos (leitender Forscher im Microsoft AI Frontiers Lab), not ${who}.`;
  test('German: „TOBIAS: X von der Tufts University hat ja gesagt, DeepSeek habe sich auf präzise Antworten konzentriert …“ is Papailiopoulos\'s „…: "DeepSeek konzentrierte sich …"“', () => {
    const claim = 'DeepSeek habe sich auf präzise Antworten konzentriert statt auf die Detaillierung jedes logischen Schritts, und das habe die Rechenzeit deutlich reduziert';
    assert.deepEqual(misattributed(`---\nlang: de\n---\n\n**[00:04:50] TOBIAS:** Thomas Qitong Cao von der Tufts University hat ja gesagt, ${claim}.`), [
      { text: 'Thomas Qitong Cao', fix: 'Dimitris Papailiopoulos', message: papailiopoulos('Thomas Qitong Cao') },
    ]);
    assert.deepEqual(misattributed(`---\nlang: de\n---\n\nZihan Wang sagte, ${claim}.`).map((f) => f.fix), ['Dimitris Papailiopoulos']);
    // The right speaker, and two speakers at once, are no one's misattribution.
    assert.deepEqual(misattributed(`---\nlang: de\n---\n\n**TOBIAS:** Dimitris Papailiopoulos von Microsoft hat ja gesagt, ${claim}.`), []);
    assert.deepEqual(misattributed(`---\nlang: de\n---\n\nZihan Wang und Matt Sheehan haben gesagt, ${claim}.`), []);
  });
  test('English: "X of the Lab, who said …", "X said …" and "Microsoft\'s X also argues that …" report the speaker\'s claim', () => {
    const claim = 'DeepSeek focused on precise answers instead of detailing every logical step, which cut computing time considerably';
    assert.deepEqual(misattributed(`The sharpest reading came from Zihan Wang of the Microsoft AI Frontiers Lab, who said ${claim}.`), [
      { text: 'Zihan Wang', fix: 'Dimitris Papailiopoulos', message: papailiopoulos('Zihan Wang') },
    ]);
    assert.deepEqual(misattributed(`Zihan Wang said ${claim}.`).map((f) => f.text), ['Zihan Wang']);
    assert.deepEqual(misattributed('Microsoft\'s Dimitris Papailiopoulos also argues that young Chinese researchers identify strongly with open-source culture because they benefit so much from it.').map((f) => [f.text, f.fix]), [
      ['Dimitris Papailiopoulos', 'Thomas Qitong Cao'],
    ]);
    assert.deepEqual(misattributed(`The sharpest reading came from Dimitris Papailiopoulos of the Microsoft AI Frontiers Lab, who said ${claim}.`), []);
  });
});

describe('reported speech that disputes, shares or denies a claim is not the speaker\'s claim (review33)', () => {
  const misattributed = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => text.slice(f.start, f.end));
  const claim = 'die US-Exportkontrollen chinesische Unternehmen in eine Ecke gedrängt hätten, in der sie mit begrenzten Rechenressourcen weitaus effizienter umgehen müssten';
  test('German: „X widersprach, dass …“, „X sagte nicht, dass …“, „X sagte, er teile die Einschätzung, dass …“ give X no claim; „…, sagte X von der Tufts University“ does', () => {
    assert.deepEqual(misattributed(`Thomas Qitong Cao widersprach, dass ${claim}.`), []);
    assert.deepEqual(misattributed(`Thomas Qitong Cao sagte nicht, dass ${claim}.`), []);
    assert.deepEqual(misattributed(`Thomas Qitong Cao sagte, er teile die Einschätzung, dass ${claim}.`), []);
    assert.deepEqual(misattributed(`Thomas Qitong Cao sagte, dass ${claim}.`), ['Thomas Qitong Cao']);
    assert.deepEqual(misattributed('Die US-Exportkontrollen hätten chinesische Unternehmen in eine Ecke gedrängt, in der sie mit begrenzten Rechenressourcen weitaus effizienter umgehen müssten, sagte Thomas Qitong Cao von der Tufts University.'), ['Thomas Qitong Cao']);
  });
  test('English: "X countered that … not …", "X agreed that …", "X\'s colleagues noted that …" give X no claim; "Microsoft\'s X argues that …" does', () => {
    const said = 'US export controls have pushed Chinese companies into a corner where they have to be far more efficient with their limited computing resources';
    assert.deepEqual(misattributed('Thomas Qitong Cao countered that US export controls have not pushed Chinese companies into a corner where they have to be far more efficient with their computing resources.'), []);
    assert.deepEqual(misattributed(`Thomas Qitong Cao agreed that ${said}.`), []);
    assert.deepEqual(misattributed(`Thomas Qitong Cao's colleagues noted that ${said}.`), []);
    assert.deepEqual(misattributed(`Thomas Qitong Cao said ${said}.`), ['Thomas Qitong Cao']);
    assert.deepEqual(misattributed(`Tufts's Thomas Qitong Cao argues that ${said}.`), ['Thomas Qitong Cao']);
  });
});
