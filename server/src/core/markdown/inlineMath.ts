import { TEX_PRINTED_COMMANDS } from '../figures/vocabulary';

/**
 * Inline math that writers paste from LaTeX into Markdown (`$7.82\%$`, `$-2.4\%$`, `$20\times$`, `$1.8$`), read as
 * what it prints: the dollar signs are delimiters, not dollars. A pair is math by pandoc's tex_math_dollars rule
 * (the opening `$` has no space after it; the closing `$` has no space before it and no digit after it, so "between
 * $5 and $6 million" holds no pair) and only with evidence inside that it is TeX: a TeX command (`\times`), an escaped
 * character (`\%`, `\,`), `^`, braces, or nothing but a number (no dollar amount ends in a `$`), and no word outside
 * the commands (prose between two dollar amounts holds escapes and brackets too). An escaped `\$` is a dollar sign,
 * never a delimiter. Offsets are kept: a figure in the math spans the writer's notation (`7.82\%`).
 */
export function readInlineMath(text: string, offsets: number[], source: string): { text: string; offsets: number[] } {
  const pairs = mathPairs(text, offsets, source);
  if (!pairs.length) return { text, offsets };
  let out = '';
  const at: number[] = [];
  let from = 0;
  for (const [open, close] of pairs) {
    for (let i = from; i < open; i++) {
      out += text[i];
      at.push(offsets[i]);
    }
    for (let i = open + 1; i < close; i++) {
      const command = /^\\([A-Za-z]+)/u.exec(text.slice(i, close));
      const printed = command ? TEX_PRINTED_COMMANDS[command[1]] : undefined;
      if (command && printed !== undefined) {
        // The sign a figure ends with ("20\times"): mapped to the command's last letter, the figure's range ends after it.
        out += printed;
        at.push(offsets[i + command[0].length - 1]);
        i += command[0].length - 1;
        continue;
      }
      // `\mathbf{8.72}`, `\text{\%}`: a command that sets its argument in a font prints the argument alone.
      if (command && TYPEFACE_COMMANDS.has(command[1]) && text[i + command[0].length] === '{') {
        i += command[0].length;
        continue;
      }
      if (text.startsWith('{,}', i) || text.startsWith('{.}', i)) {
        // `7{,}82`: TeX's braces that keep a decimal comma from spacing.
        out += text[i + 1];
        at.push(offsets[i + 1]);
        i += 2;
        continue;
      }
      // An exponent's or an index's group (`10^{6}`, `x_{1}`) is kept as written: its digits are no figure of their own,
      // and read without braces "10^6" would pass for a scale ("$10^{6}$ dollars").
      if (text[i] === '{' && (text[i - 1] === '^' || text[i - 1] === '_')) {
        const end = text.indexOf('}', i);
        const last = end < 0 || end > close ? close - 1 : end;
        for (let j = i; j <= last; j++) {
          out += text[j];
          at.push(offsets[j]);
        }
        i = last;
        continue;
      }
      // A group's braces print nothing (`\mathbf{8.72}`); an escaped one is a brace.
      if ((text[i] === '{' || text[i] === '}') && !isEscaped(i, offsets, source)) continue;
      // `\,` is TeX's thin space (Markdown's escape left the comma): `7{,}82\,\%` prints "7,82 %".
      out += text[i] === ',' && isEscaped(i, offsets, source) ? ' ' : text[i];
      at.push(offsets[i]);
    }
    from = close + 1;
  }
  for (let i = from; i < text.length; i++) {
    out += text[i];
    at.push(offsets[i]);
  }
  return { text: out, offsets: at };
}

/** Whether `text` may hold a pair `readInlineMath` reads: most text nodes hold no two dollar signs, and are not copied. */
export function holdsInlineMath(text: string): boolean {
  const first = text.indexOf('$');
  return first >= 0 && text.indexOf('$', first + 1) > first;
}

/** Commands that set their argument in a typeface or as text in math: what they print is the argument. */
const TYPEFACE_COMMANDS: ReadonlySet<string> = new Set(['text', 'textrm', 'textbf', 'textit', 'mathrm', 'mathbf', 'mathit', 'mathsf', 'boldsymbol', 'bm', 'mbox', 'operatorname']);

/** The [open, close] indices of the `$` pairs that are math, left to right. */
function mathPairs(text: string, offsets: number[], source: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let i = nextDelimiter(text, offsets, source, 0);
  while (i >= 0) {
    const close = nextDelimiter(text, offsets, source, i + 1);
    if (close < 0) break;
    const opens = close > i + 1 && /\S/u.test(text[i + 1]);
    const closes = /\S/u.test(text[close - 1]) && !/\d/u.test(text[close + 1] ?? '');
    if (opens && closes && isTex(text, offsets, source, i + 1, close)) {
      pairs.push([i, close]);
      i = nextDelimiter(text, offsets, source, close + 1);
    } else i = close;
  }
  return pairs;
}

function nextDelimiter(text: string, offsets: number[], source: string, from: number): number {
  for (let i = text.indexOf('$', from); i >= 0; i = text.indexOf('$', i + 1)) if (!isEscaped(i, offsets, source)) return i;
  return -1;
}

/** A character Markdown unescaped: its backslash stands before it in the source and was dropped from the text. */
function isEscaped(i: number, offsets: number[], source: string): boolean {
  const at = offsets[i];
  return source[at - 1] === '\\' && (i === 0 || offsets[i - 1] !== at - 1);
}

const TEX_COMMAND = /\\[A-Za-z]+/u;
const TEX_SYNTAX = /[\^{}]/u;
const ONLY_A_NUMBER = /^[-−+]?\d+(?:[.,]\d+)*$/u;

/** A TeX command with its arguments (`\times`, `\text{million}`), which may hold words. */
const TEX_COMMAND_WITH_ARGUMENTS = /\\[A-Za-z]+(?:\{[^{}]*\})*/gu;

function isTex(text: string, offsets: number[], source: string, from: number, to: number): boolean {
  const inside = text.slice(from, to);
  // A word outside the commands is prose between two dollar amounts ("$6.5 million\* and GPT-4o US$ 87 million"),
  // whatever escape or brace stands in it: math pasted for a figure holds numbers, signs and commands only.
  // So is a letter before a digit, a name's ("R1 $6.5M\*, V3 C$ 78M"): math writes an index with `_`, a power with `^`.
  const outsideCommands = inside.replace(TEX_COMMAND_WITH_ARGUMENTS, ' ');
  if (/\p{L}{2,}|\p{L}\d/u.test(outsideCommands)) return false;
  if (TEX_COMMAND.test(inside) || TEX_SYNTAX.test(inside) || ONLY_A_NUMBER.test(inside)) return true;
  for (let i = from; i < to; i++) if (isEscaped(i, offsets, source)) return true;
  return false;
}
