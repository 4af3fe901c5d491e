/**
 * Finds many spellings in a text in one pass, at a cost that does not grow with the number of spellings: a trie of
 * UTF-16 code units walked from each possible start. It replaces one regular expression with an alternative per
 * spelling, which the engine tries one after another at every position (thousands of sources, thousands of names:
 * time grew with text × names).
 *
 * A space in a spelling matches any run of white space in the text ("Liang\nWenfeng"), or a hyphen before a word with a digit ("Nasdaq-100").
 */
interface TrieNode {
  children: Map<number, TrieNode>;
  /** The spelling that ends here, if one does. */
  spelling?: string;
}

const SPACE = 32;
const HYPHEN = 45;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Superscript digits are footnote markers, not part of the word they follow: "Nvidia¹", "Nasdaq 100²" in a table row or a
 * sentence name Nvidia and the Nasdaq 100.
 */
const FOOTNOTE_MARKER = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/u;

export interface TrieMatch {
  start: number;
  end: number;
  spelling: string;
}

/** JavaScript's `\s`, without a regular expression per character. */
function isWhite(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether the code point at `i` (or, with `before`, the one ending at `i`) is a letter or a digit. */
function isLetterOrDigitAt(text: string, i: number, before = false): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (before && code >= 0xdc00 && code <= 0xdfff && i > 0) return LETTER_OR_DIGIT.test(text.slice(i - 1, i + 1));
  const character = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER_OR_DIGIT.test(character) && !FOOTNOTE_MARKER.test(character);
}

export class SpellingTrie {
  private readonly root: TrieNode = { children: new Map() };
  /** Whether some spelling starts with each UTF-16 code unit: asked at every character of every text, a Map lookup each cost more than the walks. */
  private readonly starts = new Uint8Array(65536);
  size = 0;

  add(spelling: string): void {
    if (spelling.length) this.starts[spelling.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < spelling.length; i++) {
      const code = spelling.charCodeAt(i);
      let next = node.children.get(code);
      if (!next) {
        next = { children: new Map() };
        node.children.set(code, next);
      }
      node = next;
    }
    if (node.spelling === undefined) this.size++;
    node.spelling = spelling;
  }

  /** Whether some spelling starts with the character at `i`: the cheap test before a walk. */
  startsAt(text: string, i: number): boolean {
    return this.starts[text.charCodeAt(i)] === 1;
  }

  /** Every spelling that starts at `start`, shortest first, with the offset where it ends. */
  matchesAt(text: string, start: number): TrieMatch[] {
    const found: TrieMatch[] = [];
    this.walk(text, start, (end, spelling) => found.push({ start, end, spelling }));
    return found;
  }

  /** The longest spelling that starts at `start` and ends a word (as `matchesAt`, without collecting the shorter ones). */
  private longestWordAt(text: string, start: number, genitive: boolean): TrieMatch | undefined {
    let taken: TrieMatch | undefined;
    this.walk(text, start, (end, spelling) => {
      if (endsWord(text, end, genitive)) taken = { start, end, spelling };
    });
    return taken;
  }

  /** Walks the trie along the text from `start`, telling each spelling met and where it ends, shortest first. */
  private walk(text: string, start: number, met: (end: number, spelling: string) => void): void {
    let node = this.root;
    let i = start;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      let next: TrieNode | undefined;
      if (isWhite(code)) {
        next = node.children.get(SPACE);
        if (!next) break;
        while (i < text.length && isWhite(text.charCodeAt(i))) i++;
      } else {
        // "Nasdaq-100", "DeepSeek-R1": a writer joins with a hyphen the number or model a source spaces from its name
        // ("Nasdaq 100"). Words without a digit stay apart: "US-App-Store" is a German compound, not the "App Store".
        next = node.children.get(code) ?? (code === HYPHEN && numberedWordAt(text, i + 1) ? node.children.get(SPACE) : undefined);
        if (!next) break;
        i++;
      }
      node = next;
      if (node.spelling !== undefined) met(i, node.spelling);
    }
  }

  /**
   * Whole-word occurrences, leftmost first and each the longest that fits, without overlaps: not preceded by a
   * letter or digit, and followed by the end, a character that is neither, or (when `genitive`) an "s" that ends
   * the word ("Nvidias").
   */
  findWords(text: string, genitive: boolean): TrieMatch[] {
    const out: TrieMatch[] = [];
    if (this.size === 0) return out;
    // Whether the character before `i` is a letter or digit, carried along rather than tested again at every start.
    let afterWord = false;
    let i = 0;
    while (i < text.length) {
      const word = isLetterOrDigitAt(text, i);
      if (afterWord || this.starts[text.charCodeAt(i)] !== 1) {
        // The second half of a surrogate pair was tested with its first, as the character they make.
        if (!isLowSurrogate(text.charCodeAt(i))) afterWord = word;
        i++;
        continue;
      }
      const taken = this.longestWordAt(text, i, genitive);
      if (taken) {
        out.push(taken);
        i = taken.end;
        afterWord = isLetterOrDigitAt(text, i - 1, true);
      } else {
        afterWord = word;
        i++;
      }
    }
    return out;
  }
}

/** Whether the word at `i` holds a digit within its first few characters ("100", "R1", "V3", "GPT4"). */
function numberedWordAt(text: string, i: number): boolean {
  for (let k = i; k < text.length && k < i + 4; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
    if (!isLetterOrDigitAt(text, k)) return false;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function endsWord(text: string, end: number, genitive: boolean): boolean {
  if (end >= text.length || !isLetterOrDigitAt(text, end)) return true;
  if (!genitive || text.charCodeAt(end) !== 115 /* s */) return false;
  return end + 1 >= text.length || !isLetterOrDigitAt(text, end + 1);
}
