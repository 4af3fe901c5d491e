/**
 * A pattern written for the flags `iu`, rewritten to match exactly the same with `u` alone: every letter spelt out with
 * its case variants ("k" → "[kK\u212a]"), and `\p{L}` with the one mark whose case folds to a letter.
 *
 * Why: V8 computes the case closure of every letter of an `i` pattern through ICU when it compiles the pattern, and
 * again on tiering it up; the number words' alternation (12 KB, `NUMBER_WORD_PATTERN`) took 270–340 ms of CPU on its
 * first use, in every process and worker thread that reads a figure (a cold source index, a CLI check). Spelt out, it
 * compiles in 60–70 ms and matches the same (`test/caselessPattern.test.ts` compares every letter over all code points
 * of the Basic Multilingual Plane, and the rewritten patterns against the originals).
 *
 * Refuses (throws on) what it cannot rewrite exactly: `\w`, `\b` and their negations (under `iu` they take U+017F and
 * U+212A), other letter properties (`\p{Lu}`), back-references, escaped code points, letter ranges in a class.
 */
export function caselessPattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const escaped = escapeAt(source, i, inClass);
      out += escaped.text;
      i = escaped.end - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (isLetter(c) && source[i + 1] === '-' && source[i + 2] !== ']') throw new Error(`caselessPattern: a letter range at ${i}`);
      out += c === ']' ? c : isLetter(c) ? caseVariants(c) : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += source[i + 1] === '^' ? '[^' : '[';
      if (source[i + 1] === '^') i++;
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      // A group's own syntax ("(?<name>", "(?<!") has letters that are no text to match.
      const group = /^\(\?(?:<[=!]|[=!:]|<[\p{L}\p{N}_$]+>)/u.exec(source.slice(i, i + 80));
      if (group) {
        out += group[0];
        i += group[0].length - 1;
        continue;
      }
    }
    out += isLetter(c) ? `[${caseVariants(c)}]` : c;
  }
  return out;
}

/**
 * The code points, other than a letter's lower and upper case, that an `iu` pattern takes for it: their simple case
 * folding is the letter's (Unicode's CaseFolding.txt; the Kelvin sign, the long s, the capital sharp s). Data, checked
 * against V8 over all code points of the Basic Multilingual Plane by the test.
 */
const OTHER_FOLDS: Readonly<Record<string, string>> = { k: '\\u212a', s: '\\u017f', 'ß': '\\u1e9e' };

/** U+0345 COMBINING GREEK YPOGEGRAMMENI is a mark, but folds to ι: `\p{L}` takes it under `iu`. */
const LETTER_PROPERTY_FOLDS = '\\u0345';

/** A letter and its case variants, for inside a class: "k" → "kK\u212a". */
function caseVariants(letter: string): string {
  const lower = letter.toLowerCase();
  const variants = new Set([letter, lower, letter.toUpperCase()].filter((v) => v.length === 1));
  return [...variants].join('') + (OTHER_FOLDS[lower] ?? '');
}

const isLetter = (c: string) => /\p{L}/u.test(c);

/** The escape at `at` ("\s", "\p{L}", "\."), rewritten; throws where the rewriting could not be exact. */
function escapeAt(source: string, at: number, inClass: boolean): { text: string; end: number } {
  const next = source[at + 1];
  if (next === 'p' || next === 'P') {
    const close = source.indexOf('}', at);
    const property = source.slice(at + 3, close);
    if (next === 'P' || property !== 'L') throw new Error(`caselessPattern: \\${next}{${property}} at ${at}`);
    return { text: inClass ? `\\p{L}${LETTER_PROPERTY_FOLDS}` : `[\\p{L}${LETTER_PROPERTY_FOLDS}]`, end: close + 1 };
  }
  if (/[wWbBkcux1-9]/.test(next)) throw new Error(`caselessPattern: \\${next} at ${at}`);
  return { text: `\\${next}`, end: at + 2 };
}

/**
 * A pattern written for `flags` with `i`, compiled with its case spelt out (without `i`) at its first use, then kept.
 *
 * Why at first use: spelling out and parsing a pattern that holds the number words (12 KB, 44 KB spelt out) costs
 * 25–40 ms of CPU, which every process and worker thread would pay when the module loads, though most never ask for
 * such a rare pattern (a factor, a table header's scale word, a quick fix's number word).
 */
export function caselessRegExp(source: string, flags: string): () => RegExp {
  let compiled: RegExp | undefined;
  return () => (compiled ??= new RegExp(caselessPattern(source), flags.replace('i', '')));
}
