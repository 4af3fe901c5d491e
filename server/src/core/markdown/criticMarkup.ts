import type { ProseBlock } from '../text/prose';
import { editMatches } from '../text/matchEdits';

/**
 * CriticMarkup (criticmarkup.com), an editor's changes written into the Markdown: `{~~old~>new~~}` substitutes,
 * `{++…++}` adds, `{--…--}` deletes (and so does a strike in braces, `{~~…~~}` with no `~>`), `{==…==}` highlights, `{>>…<<}` comments. The draft is read as it stands once
 * the changes are accepted: a substitution's new words, an addition's and a highlight's words are the text; the old
 * words, a deletion and a comment are no claim and leave the text. The markup's delimiters leave it too; every kept
 * character keeps its document offset, so a finding and its quick fix lie on the new words alone, the markup around
 * them untouched. Only a whole change with both its delimiters is read so: a lone `{++` is text, and so is an escaped
 * `\{`. A comment may span lines and hold braces and quotation marks: it ends at the first `<<}`.
 */
export function acceptCriticMarkup(block: ProseBlock, source: string): ProseBlock {
  if (!CHANGE_OPENER.test(block.text)) return block;
  return editMatches(block, CHANGE, (m, offsets) => {
    const start = m.index!;
    if (isEscaped(source, offsets[start])) return undefined;
    const { added, highlighted, replacement } = m.groups!;
    const accepted = added ?? highlighted ?? replacement ?? '';
    // The accepted words' place in the block: after the opener, or after the old words and `~>`.
    const at = start + m[0].length - 3 - accepted.length;
    return { from: start, to: start + m[0].length, text: accepted, offsets: offsets.slice(at, at + accepted.length) };
  });
}

/**
 * Whether `source[start, end)` is a whole substitution, `{~~old~>new~~}` with its braces, its opener not escaped.
 * GFM reads its tildes as struck-through text; the braces and the `~>` say it is an editor's change.
 */
export function isCriticSubstitution(source: string, start: number, end: number): boolean {
  return start >= 0 && !isEscaped(source, start) && WHOLE_SUBSTITUTION.test(source.slice(start, end));
}

/** A character Markdown escapes: an odd number of backslashes stands before it (`\\{` is a backslash and a brace). */
function isEscaped(source: string, at: number): boolean {
  let backslashes = 0;
  while (source[at - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

const CHANGE_OPENER = /\{(?:\+\+|--|~~|==|>>)/;

/**
 * The old words end at the first `~>`, and never past a `~~}`: that closes a strike in braces (`{~~ 17 % ~~}`), and a
 * substitution later in the paragraph is one of its own.
 */
const SUBSTITUTION = String.raw`\{~~(?:(?!~~\})[\s\S])*?~>(?<replacement>[\s\S]*?)~~\}`;
const WHOLE_SUBSTITUTION = new RegExp(`^${SUBSTITUTION}$`);

/**
 * A strike in braces with no `~>` (`{~~ 17 % ~~}`, spaced so GFM leaves it as text): the writer struck the words out,
 * as with `{--…--}`.
 */
const STRIKE_IN_BRACES = String.raw`\{~~(?:(?!~>|~~\})[\s\S])*~~\}`;

/** One whole change; the first closer ends it (CriticMarkup does not nest). */
const CHANGE = new RegExp(String.raw`\{\+\+(?<added>[\s\S]*?)\+\+\}|\{--[\s\S]*?--\}|${SUBSTITUTION}|${STRIKE_IN_BRACES}|\{==(?<highlighted>[\s\S]*?)==\}|\{>>[\s\S]*?<<\}`, 'g');
