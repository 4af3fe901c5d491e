/**
 * Finds many spellings in a text in one pass, at a cost that does not grow with the number of spellings: a
 * character trie walked from each possible start. It replaces one regular expression with an alternative per
 * spelling, which the engine tries one after another at every position (thousands of sources, thousands of names:
 * time grew with text × names).
 *
 * A space in a spelling matches any run of white space in the text ("Liang\nWenfeng").
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  /** The spelling that ends here, if one does. */
  spelling?: string;
}

const SPACE = ' ';
const WHITE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface TrieMatch {
  start: number;
  end: number;
  spelling: string;
}

export class SpellingTrie {
  private readonly root: TrieNode = { children: new Map() };
  size = 0;

  add(spelling: string): void {
    let node = this.root;
    for (const char of spelling) {
      let next = node.children.get(char);
      if (!next) {
        next = { children: new Map() };
        node.children.set(char, next);
      }
      node = next;
    }
    if (node.spelling === undefined) this.size++;
    node.spelling = spelling;
  }

  /** Every spelling that starts at `start`, longest last, with the offset where it ends. */
  matchesAt(text: string, start: number): TrieMatch[] {
    const found: TrieMatch[] = [];
    let node = this.root;
    let i = start;
    while (i < text.length) {
      const code = text.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      let next: TrieNode | undefined;
      if (WHITE.test(char)) {
        next = node.children.get(SPACE);
        if (!next) break;
        while (i < text.length && WHITE.test(text[i])) i++;
      } else {
        next = node.children.get(char);
        if (!next) break;
        i += char.length;
      }
      node = next;
      if (node.spelling !== undefined) found.push({ start, end: i, spelling: node.spelling });
    }
    return found;
  }

  /**
   * Whole-word occurrences, leftmost first and each the longest that fits, without overlaps: not preceded by a
   * letter or digit, and followed by the end, a character that is neither, or (when `genitive`) an "s" that ends
   * the word ("Nvidias").
   */
  findWords(text: string, genitive: boolean): TrieMatch[] {
    const out: TrieMatch[] = [];
    if (this.size === 0) return out;
    let i = 0;
    while (i < text.length) {
      if (!this.root.children.has(text[i]) && !this.root.children.has(String.fromCodePoint(text.codePointAt(i)!))) {
        i++;
        continue;
      }
      if (i > 0 && isLetterOrDigitBefore(text, i)) {
        i++;
        continue;
      }
      const matches = this.matchesAt(text, i);
      let taken: TrieMatch | undefined;
      for (let k = matches.length - 1; k >= 0 && !taken; k--) if (endsWord(text, matches[k].end, genitive)) taken = matches[k];
      if (taken) {
        out.push(taken);
        i = taken.end;
      } else i++;
    }
    return out;
  }
}

function isLetterOrDigitBefore(text: string, i: number): boolean {
  const low = text.charCodeAt(i - 1);
  const char = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
  return LETTER_OR_DIGIT.test(char);
}

function endsWord(text: string, end: number, genitive: boolean): boolean {
  if (end >= text.length) return true;
  const next = String.fromCodePoint(text.codePointAt(end)!);
  if (!LETTER_OR_DIGIT.test(next)) return true;
  if (!genitive || next !== 's') return false;
  return end + 1 >= text.length || !LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(end + 1)!));
}
