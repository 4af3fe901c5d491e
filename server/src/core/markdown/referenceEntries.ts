/**
 * "\bibitem{deepseek2025} DeepSeek-AI (2025). DeepSeek-R1: Incentivizing …", "\bibitem{telepolis2025} Telepolis (2025).
 * Die Geschichte …": a LaTeX bibliography's entry pasted into a draft. It opens with its authors and the year in
 * brackets, then a full stop, and points to a document: its year, the figures of its title and its date are no claims.
 * The `\bibitem` says so on its own; without it, „- Gründung DeepSeek (2022).“ may be a timeline's claim.
 */
const BIBITEM = String.raw`\\bibitem(?:\[[^\]]*\])?\{[^}]*\}\s*`;
/** An author's name or initials ("Liang,", "W.", "N.N.", "DeepSeek-AI", "o."), or what joins two authors. */
const AUTHOR_WORD = String.raw`(?:[\p{L}][\p{L}\p{M}.'’-]*,?|&)`;
const BIBITEM_ENTRY = new RegExp(String.raw`^\s*${BIBITEM}${AUTHOR_WORD}(?:\s+${AUTHOR_WORD}){0,11}\s*\((?:19|20)\d{2}[a-z]?\)\.(?=\s|$)`, 'u');

/**
 * Whether a paragraph's text is a LaTeX bibliography's entry. One that also holds `\end{…}` closes the bibliography
 * and may go on in prose ("\end{thebibliography}⏎On January 27, 2025, Broadcom fell …"): it is read as any paragraph.
 */
export function isReferenceEntry(text: string): boolean {
  return text.includes('\\bibitem') && !text.includes('\\end{') && BIBITEM_ENTRY.test(text);
}
