/** fast-check generators of drafts: Markdown structure, figures in both languages, quotations, emoji, CRLF. */
import fc from 'fast-check';

const WORDS = [
  'DeepSeek', 'Nvidia', 'OpenAI', 'Liang Wenfeng', 'Stacy Rasgon', 'Microsoft', 'R1', 'GPT-4o', 'A100', 'High-Flyer',
  'Training', 'kostete', 'cost', 'fiel', 'fell', 'rose', 'stieg', 'Mitarbeiter', 'employees', 'Modell', 'model', 'Aktie',
  'shares', 'gegründet', 'founded', 'the', 'der', 'die', 'und', 'and', 'nur', 'only', 'about', 'rund', 'bis zu', 'up to',
  'Nvida', 'Deepseek', 'z. B.', 'ca.', 'Nr.', 'e.g.', 'U.S.',
];

const FIGURES = [
  '$5.6 million', '$6.5 million', '5,6 Millionen Dollar', '5,6 Milliarden Dollar', '78 Millionen Dollar', '7.82 percent',
  '-7,82 %', '8,72 %', '3,75 %', '1.8 times', '2,8-Fache', '14 times', '10,000', '10.000 bis 50.000', '60,000 units',
  '27. Januar 2025', 'January 27, 2025', '20. Januar', 'July 2023', 'Juli 2022', '2015', '40-year-old', '160 employees',
  '500-Milliarden-Dollar-Initiative', '$500 billion', 'sechs', 'six', '1.328', '92%', '0,5 Prozentpunkte', '€ 1,5 Mrd.',
];

const QUOTE_MARKS = ['„', '“', '”', '"', '»', '«', '‚', '‘', "'"];
const ODD = ['🚀', '😀', '👩‍💻', '\uD800', '\uDFFF', '\u0000', '\uFFFC', '\u00A0', '\t', 'ß', 'Ä', '\\', '&amp;', '*', '_', '`', '[', ']'];

const word = fc.constantFrom(...WORDS);
const figure = fc.constantFrom(...FIGURES);
const odd = fc.constantFrom(...ODD);

/** A run of words, figures, odd characters and quotation marks, some of them balanced. */
const phrase: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 3, arbitrary: figure }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: fc.constantFrom(...QUOTE_MARKS) }), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(' '));

const quotation = fc.tuple(fc.constantFrom(['„', '“'], ['"', '"'], ['»', '«'], ['“', '”']), phrase, fc.constantFrom('sagte Liang', 'said Rasgon', '', '— Wang')).map(([[open, close], inner, speaker]) => `${open}${inner}${close} ${speaker}`.trim());

const sentence = fc.tuple(fc.oneof({ weight: 4, arbitrary: phrase }, { weight: 1, arbitrary: quotation }), fc.constantFrom('.', '!', '?', '', '…')).map(([text, end]) => `${text}${end}`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

const inline = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 1, arbitrary: paragraph.map((p) => `**${p}**`) },
  { weight: 1, arbitrary: fc.tuple(paragraph, figure).map(([p, f]) => `${p} [${f}](https://x.test/${encodeURIComponent(f)}) \`${f}\``) },
);

/** One Markdown block, never with a blank line inside. */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: inline },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), phrase).map(([level, text]) => `${'#'.repeat(level)} ${text}`) },
  { weight: 2, arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 6 }).map((items) => items.map((i, depth) => `${'  '.repeat(depth)}- ${i}`).join('\n')) },
  { weight: 1, arbitrary: inline.map((p) => `> ${p}`) },
  { weight: 1, arbitrary: fc.array(fc.tuple(phrase, figure), { minLength: 1, maxLength: 3 }).map((rows) => ['| Benchmark | Wert |', '|---|---|', ...rows.map(([a, b]) => `| ${a.replace(/\|/g, '')} | ${b} |`)].join('\n')) },
  { weight: 1, arbitrary: paragraph.map((p) => `\`\`\`\n${p}\n\`\`\``) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', 'figure-mismatch', 'unsourced-figure'), inline).map(([code, p]) => `<!-- newsproof-disable-next-line ${code} -->\n${p}`) },
);

/** A draft: optional frontmatter, blocks separated by blank lines, LF or CRLF line ends. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '---\nlang: de\n---\n\n', '---\nlang: en\n---\n\n'), fc.array(block, { minLength: 0, maxLength: 10 }), fc.boolean())
  .map(([frontmatter, blocks, crlf]) => {
    const text = frontmatter + blocks.join('\n\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** A draft and an edit of it: a replacement of a stretch, as typing, pasting or deleting makes it. */
export const draftAndEdit: fc.Arbitrary<{ before: string; after: string }> = fc
  .tuple(draft, fc.nat(), fc.nat(), fc.oneof(figure, word, fc.constant(''), block, fc.constant('\n\n')))
  .map(([before, a, b, inserted]) => {
    const from = before.length ? a % (before.length + 1) : 0;
    const to = Math.min(before.length, from + (b % 40));
    return { before, after: before.slice(0, from) + inserted + before.slice(to) };
  });
