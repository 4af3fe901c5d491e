/**
 * The page's stylesheet: light and dark by prefers-color-scheme, severity colours that keep text at WCAG AA
 * contrast, notes in a column beside the text on screen and on paper.
 */
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1c1f24; --muted: #555b66; --line: #d6d9de; --panel: #f5f6f8; --link: #0b57d0;
  --error-bg: #ffd6d6; --error-edge: #b3261e;
  --warning-bg: #ffe7a3; --warning-edge: #8a5a00;
  --information-bg: #d5e6ff; --information-edge: #1f5fbf;
  --hint-bg: #e8e8e8; --hint-edge: #5f6368;
  --ok: #1e7b34; --focus: #6f2dbd;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15171b; --fg: #e6e8eb; --muted: #a8aeb8; --line: #3a3f47; --panel: #1f2228; --link: #8ab4f8;
    --error-bg: #5c1f1f; --error-edge: #ff8a80;
    --warning-bg: #574000; --warning-edge: #ffd166;
    --information-bg: #17345c; --information-edge: #8ab4f8;
    --hint-bg: #33363b; --hint-edge: #c4c7cc;
    --ok: #7bd88f; --focus: #d0a8ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--link); }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
pre { background: var(--panel); padding: 0.75rem; overflow-x: auto; border-radius: 4px; }
.np-skip { position: absolute; left: -999px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.np-skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; z-index: 2; }
header.np-header { padding: 1rem 1.5rem 0.5rem; border-bottom: 1px solid var(--line); }
header.np-header h1 { margin: 0; font-size: 1.5rem; }
.np-when { margin: 0.25rem 0 0.5rem; color: var(--muted); }
.np-overview { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0 2rem; font-size: 0.92rem; }
.np-overview h2 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
.np-overview ul { padding-left: 1.1rem; margin: 0.25rem 0; }
.np-toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center;
  padding: 0.4rem 1.5rem; background: var(--panel); border-bottom: 1px solid var(--line); font-size: 0.9rem; }
.np-toolbar fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: center; }
.np-toolbar legend { float: left; font-weight: 600; margin-right: 0.5rem; }
.np-toolbar button { font: inherit; padding: 0.2rem 0.6rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); cursor: pointer; }
.np-toolbar kbd { font: 0.8em ui-monospace, monospace; border: 1px solid var(--line); border-radius: 3px; padding: 0 0.3em; color: var(--muted); }
main { padding: 0 1.5rem 3rem; max-width: 84rem; }
.np-by-code { border-collapse: collapse; }
.np-by-code th, .np-by-code td { border: 1px solid var(--line); padding: 0.15rem 0.6rem; text-align: left; }
.np-badge { display: inline-block; padding: 0 0.4rem; border-radius: 3px; font-size: 0.85em; font-weight: 600; border: 1px solid currentColor; }
.np-draft { border-top: 2px solid var(--line); margin-top: 2rem; }
.np-draft-title small { font-weight: normal; color: var(--muted); font-size: 0.7em; }
.np-claims h3 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
.np-bar { display: block; width: 100%; max-width: 40rem; height: 0.6rem; border: 1px solid var(--line); }
.np-bar-contradicted { fill: var(--error-edge); } .np-bar-unsourced { fill: var(--information-edge); } .np-bar-supported { fill: var(--ok); }
.np-claim-counts { margin: 0.25rem 0 1rem; }
.np-count-contradicted { color: var(--error-edge); font-weight: 600; } .np-count-unsourced { color: var(--information-edge); } .np-count-supported { color: var(--ok); }
.np-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem); gap: 1.5rem; }
.np-text { min-width: 0; overflow-x: auto; }
.np-text h3 { font-size: 1.6rem; } .np-text h4 { font-size: 1.3rem; } .np-text h5, .np-text h6 { font-size: 1.1rem; }
.np-text table { border-collapse: collapse; margin: 1rem 0; }
.np-text th, .np-text td { border: 1px solid var(--line); padding: 0.25rem 0.6rem; }
.np-text blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
.np-notes { font-size: 0.9rem; }
.np-note { margin: 0.75rem 0; padding: 0.5rem 0.75rem; border-left: 4px solid var(--warning-edge); background: var(--panel); border-radius: 0 4px 4px 0; }
.np-note p { margin: 0.25rem 0; }
.np-note-head code { font-weight: 600; }
.np-quote { margin: 0.4rem 0; padding-left: 0.6rem; border-left: 2px solid var(--line); }
.np-cite { color: var(--muted); }
.np-fix { font-weight: 600; }
.np-note.np-current { outline: 2px solid var(--focus); }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark[data-severity] { border-bottom: 2px solid; }
[data-severity="error"] { --sev-bg: var(--error-bg); --sev-edge: var(--error-edge); }
[data-severity="warning"] { --sev-bg: var(--warning-bg); --sev-edge: var(--warning-edge); }
[data-severity="information"] { --sev-bg: var(--information-bg); --sev-edge: var(--information-edge); }
[data-severity="hint"] { --sev-bg: var(--hint-bg); --sev-edge: var(--hint-edge); }
mark[data-severity] { background: var(--sev-bg); border-bottom-color: var(--sev-edge); }
.np-note[data-severity] { border-left-color: var(--sev-edge); }
.np-badge[data-severity], .np-note .np-badge { color: var(--sev-edge); }
mark[data-code]:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
mark.np-off { background: none; border-bottom: 0; }
.np-note.np-off { display: none; }
.np-related-place:target { outline: 2px dashed var(--focus); }
.np-ok { text-decoration: underline dotted var(--ok); text-underline-offset: 3px; }
@media (max-width: 48rem) { .np-row { grid-template-columns: minmax(0, 1fr); gap: 0; } }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --panel: #f3f3f3; }
  body { font-size: 10.5pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .np-toolbar, .np-skip { display: none; }
  main { max-width: none; padding: 0; }
  .np-row { grid-template-columns: minmax(0, 1fr) 38%; gap: 1rem; break-inside: auto; }
  .np-note { break-inside: avoid; }
  .np-draft { break-before: page; }
  a { color: inherit; }
  mark[data-severity] { border-bottom-width: 2px; }
}
`;
