import type { Figure, NameMention } from '../types';

/**
 * A reply in a thread quotes the post it answers ("> NVDA hat heute 17 % verloren" under the post that said it, then
 * "Nein, das waren 7,82 %"): the quoted figures are the other writer's words being answered, not the reply's claims.
 * The evidence is the repeat itself: a block quote whose every sentence with a figure or a name stands word for word
 * in an earlier sentence of the draft. A block quote of a source or of someone's statement repeats nothing in the
 * draft and is checked as before.
 */
export interface QuotedSentence {
  text: string;
  /** The words a sentence is read under (a table cell's header, a field's key): a repeat repeats them too. */
  context?: string;
  figures: readonly Figure[];
  names: readonly NameMention[];
}

/** The draft's sentences read so far, by the figures and names they hold. */
export class EarlierPosts {
  private readonly byAnchor = new Map<string, string[]>();

  /** Whether every sentence of a block quote that states something repeats an earlier sentence of the draft. */
  repeats(sentences: readonly QuotedSentence[]): boolean {
    let stated = false;
    for (const sentence of sentences) {
      const anchor = anchorOf(sentence);
      if (anchor === undefined) continue;
      stated = true;
      const quoted = flattened(wordsOf(sentence));
      if (!this.byAnchor.get(anchor)?.some((earlier) => flattened(earlier).includes(quoted))) return false;
    }
    return stated;
  }

  add(sentences: readonly QuotedSentence[]): void {
    for (const sentence of sentences) {
      // Flattened only when a block quote asks: most drafts quote nothing.
      const text = wordsOf(sentence);
      for (const anchor of new Set([...sentence.figures, ...sentence.names].map((a) => a.text))) {
        const known = this.byAnchor.get(anchor);
        if (known) known.push(text);
        else this.byAnchor.set(anchor, [text]);
      }
    }
  }
}

/** A sentence's first figure or name: any earlier sentence it repeats holds it too. */
function anchorOf(sentence: QuotedSentence): string | undefined {
  return sentence.figures[0]?.text ?? sentence.names[0]?.text;
}

/**
 * „MATH-500:: 92 %“ states the value of its key: „Auf HumanEval kam R1 auf 92 %.“ earlier holds the value, not what
 * it is of, and is no post the field quotes.
 */
function wordsOf(sentence: QuotedSentence): string {
  return sentence.context === undefined ? sentence.text : `${sentence.context} ${sentence.text}`;
}

/** Line breaks and runs of spaces are the layout of the post, not its words. */
function flattened(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Whether the line a block starts on is a Markdown block quote ("> …", "> > …"). */
export function opensBlockQuote(documentText: string, start: number): boolean {
  const lineStart = documentText.lastIndexOf('\n', start - 1) + 1;
  return /^ {0,3}>/u.test(documentText.slice(lineStart, start));
}
