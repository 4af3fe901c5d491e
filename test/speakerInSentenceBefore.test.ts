import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const de = (body: string) => `---\nlang: de\n---\n\n${body}`;
const speakers = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

const RASGON_DE = '„DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind interessant, aber keine Revolution.“';
const RASGON_EN = '"DeepSeek uses well-known technologies. The cost advantages are interesting, but not a revolution."';
const CAO_DE = '„Diese Generation junger chinesischer Forscher identifiziert sich stark mit der Open-Source-Kultur.“';

describe('a quotation alone in its sentence after a reporting sentence: „…, meint er. „…““, "…, he said. "…""', () => {
  test('German: „…, meint er.“, „…, fügte er hinzu.“ and „Er meint, …“ with the speaker named sentences before', () => {
    assert.deepEqual(speakers(de(`Gelassener gibt sich Thomas Altmann von QC Partners. Die Panik sei übertrieben, meint er. ${RASGON_DE}`)), [['Thomas Altmann', 'Stacy Rasgon']]);
    assert.deepEqual(speakers(de(`Auch Dimitris Papailiopoulos war zu hören. Ihn überrasche, wie einfach das Modell sei. Aufgehalten habe das die Chinesen nicht, fügte er hinzu. ${CAO_DE}`)), [['Dimitris Papailiopoulos', 'Thomas Qitong Cao']]);
    assert.deepEqual(speakers(de(`Matt Sheehan sieht das nüchtern. Er meint, die Panik sei übertrieben. ${RASGON_DE}`)), [['Matt Sheehan', 'Stacy Rasgon']]);
  });
  test('English: "…, he said." and "…, Sheehan said." before a translated quotation', () => {
    assert.deepEqual(speakers(`Thomas Altmann of QC Partners was calmer. The panic was overdone, he said. ${RASGON_EN}`), [['Thomas Altmann', 'Stacy Rasgon']]);
    assert.deepEqual(speakers(`The sell-off did not last. The panic was overdone, Matt Sheehan said. ${RASGON_EN}`), [['Matt Sheehan', 'Stacy Rasgon']]);
  });
  test('the right speaker carried raises nothing (de, en)', () => {
    assert.deepEqual(speakers(de(`Gelassener gibt sich Stacy Rasgon von Bernstein Research. Die Panik sei übertrieben, meint er. ${RASGON_DE}`)), []);
    assert.deepEqual(speakers(`Stacy Rasgon of Bernstein was calmer. The panic was overdone, he said. ${RASGON_EN}`), []);
  });
  test('other shapes stay unattributed: no report before, a sentence between, a quotation inside a sentence, a plural „sie“, a report by no one named (de, en)', () => {
    // No speech verb in the sentence before: the quotation's speaker is not read from it.
    assert.deepEqual(speakers(de(`Gelassener gibt sich Thomas Altmann. Er hält die Panik für übertrieben. ${RASGON_DE}`)), []);
    // A sentence between the report and the quotation.
    assert.deepEqual(speakers(de(`Thomas Altmann sieht das anders. Die Panik sei übertrieben, meint er. Die Kurse erholten sich. ${RASGON_DE}`)), []);
    assert.deepEqual(speakers(`Thomas Altmann was calmer. The panic was overdone, he said. Shares recovered later. ${RASGON_EN}`), []);
    // The quotation inside a sentence of its own predicate.
    assert.deepEqual(speakers(de('Thomas Altmann sieht das anders. Die Panik sei übertrieben, meint er. Das Wort „keine Revolution“ fiel an diesem Tag oft.')), []);
    // „sagen sie“: they, no one person.
    assert.deepEqual(speakers(de(`Thomas Altmann und Matt Sheehan sehen das anders. Die Panik sei übertrieben, sagen sie. ${RASGON_DE}`)), []);
    // The sentence after the quotation names its speaker: that reading comes first.
    assert.deepEqual(speakers(de('Matt Sheehan sagte, die Lage sei ernst. „Ein Weckruf für unsere Industrien.“ Das sagte Donald Trump.')), []);
    assert.deepEqual(speakers('Matt Sheehan said the situation was serious. "A wake-up call for our industries." That was Donald Trump.'), []);
    // A report by no one named: a pronoun with no person before it, analysts without a name.
    assert.deepEqual(speakers(de(`Die Kurse fielen weiter. Die Panik sei übertrieben, meint er. ${RASGON_DE}`)), []);
    assert.deepEqual(speakers(`Thomas Altmann watched the screens. The panic was overdone, analysts said. ${RASGON_EN}`), []);
  });
  test('a report that names someone besides its speaker passes on no speaker: „Gegenüber Liang …, sagte er.“, „Andreessen war begeistert, sagte Rasgon.“ (de, en)', () => {
    const SHEEHAN_DE = '„Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt.“';
    const SHEEHAN_EN = '"US export controls have pushed Chinese companies into a corner."';
    const ANDREESSEN_DE = '„Spektakulärster Durchbruch, den ich je gesehen habe.“';
    const ANDREESSEN_EN = '"The most spectacular breakthrough I have ever seen."';
    // The pronoun is the subject named a sentence earlier, not the person its own sentence names.
    assert.deepEqual(speakers(de(`Matt Sheehan vom Carnegie Endowment sieht das nüchtern. Gegenüber Liang Wenfeng sei die Regierung lange skeptisch gewesen, sagte er. ${SHEEHAN_DE}`)), []);
    assert.deepEqual(speakers(`Matt Sheehan of the Carnegie Endowment takes a sober view. The government had long been sceptical of Liang Wenfeng, he said. ${SHEEHAN_EN}`), []);
    assert.deepEqual(speakers(de(`Stacy Rasgon sieht das gelassen. Die Sorgen von Thomas Altmann teile er nicht, sagte er. ${RASGON_DE}`)), []);
    assert.deepEqual(speakers(`Stacy Rasgon was calm. He did not share the worries of Thomas Altmann, he said. ${RASGON_EN}`), []);
    assert.deepEqual(speakers(de(`Stacy Rasgon von Bernstein sieht das gelassen. Im Gegensatz zu Thomas Altmann halte er die Panik für übertrieben, sagte er. ${RASGON_DE}`)), []);
    assert.deepEqual(speakers(`Stacy Rasgon of Bernstein was calm. Unlike Thomas Altmann, he considered the panic overdone, he said. ${RASGON_EN}`), []);
    // The sentence before names two people: which one "er"/"he" means is a guess.
    assert.deepEqual(speakers(de(`Matt Sheehan zitiert gern Liang Wenfeng. Die Exportkontrollen seien entscheidend gewesen, sagt er. ${SHEEHAN_DE}`)), []);
    assert.deepEqual(speakers(`Matt Sheehan likes to quote Liang Wenfeng. The export controls were decisive, he says. ${SHEEHAN_EN}`), []);
    // A report about someone else: the quotation may be that person's, whom the source credits it to.
    assert.deepEqual(speakers(de(`Andreessen war begeistert, sagte Rasgon. ${ANDREESSEN_DE}`)), []);
    assert.deepEqual(speakers(`Andreessen was thrilled, Rasgon said. ${ANDREESSEN_EN}`), []);
    assert.deepEqual(speakers(de(`Rasgon sagte, Andreessen sei begeistert gewesen. ${ANDREESSEN_DE}`)), []);
    assert.deepEqual(speakers(`Rasgon said Andreessen was thrilled. ${ANDREESSEN_EN}`), []);
  });
});
