/**
 * TeX that writers paste from LaTeX into Markdown, read as what it prints. A single `~` between two words is TeX's
 * tie, a space that does not break (`July~2023`, `\$5.6~million`, `Table~2`, `1~million yuan`); a `~` with a space
 * on either side ("~6 million", „~ 5,6 Mio.“) is "about" and stays, and so does one between two digits ("5~6", a
 * range in some writers' hands) and a run of tildes. `\euro{}` (the eurosym package's command) is the euro sign,
 * at the place of its backslash, so a figure it opens starts where the writer's notation does.
 */
export function readTexInText(text: string, offsets: number[]): { text: string; offsets: number[] } {
  if (!holdsTex(text)) return { text, offsets };
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const euro = /^\\euro(?:\{\}|(?![A-Za-z]))/u.exec(text.slice(i, i + 7));
    if (euro) {
      out += '€';
      at.push(offsets[i]);
      i += euro[0].length - 1;
      continue;
    }
    out += text[i] === '~' && isTie(text, i) ? ' ' : text[i];
    at.push(offsets[i]);
  }
  return { text: out, offsets: at };
}

/** Whether `text` holds anything `readTexInText` reads: most text nodes hold none, and are then not copied. */
export function holdsTex(text: string): boolean {
  return text.includes('~') || text.includes('\\euro');
}

/**
 * A tie joins a word, a number, an abbreviation's full stop or a command's braces to what follows ("July~2023",
 * "Fig.~2", "5.6~million", "\\euro{}~26"); after a bracket, a quotation mark or a colon the tilde is "about"
 * ("(~7.5%)", "cost:~$5.4 million"). A tilde before `>` is no tie: it is CriticMarkup's arrow from a substitution's old words
 * to its new ones (`{~~5,6 Mrd.~>5,6 Mio.~~}`, criticMarkup.ts), and TeX prints no `>` in text.
 */
const TIED_BEFORE = /[\p{L}\d.}]/u;

function isTie(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || after === undefined || !TIED_BEFORE.test(before) || /[\s~>]/u.test(after)) return false;
  return !(/\d/u.test(before) && /\d/u.test(after));
}
