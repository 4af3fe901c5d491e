/**
 * The page's only script (plain browser JavaScript; the CSP admits it by its hash): j/k and the buttons move
 * focus to the next/previous shown finding, the filters unmark findings and hide their notes.
 */
export const SCRIPT = `(() => {
  'use strict';
  const shown = () => Array.from(document.querySelectorAll('mark[data-code]')).filter((m) => !m.classList.contains('np-off'));
  let current = null;
  const select = (mark) => {
    for (const n of document.querySelectorAll('.np-note.np-current')) n.classList.remove('np-current');
    current = mark;
    const note = document.getElementById('note-' + mark.id);
    if (note) note.classList.add('np-current');
  };
  const go = (step) => {
    const marks = shown();
    if (marks.length === 0) return;
    const at = marks.indexOf(document.activeElement);
    const from = at >= 0 ? at : marks.indexOf(current);
    const next = from < 0 ? (step > 0 ? 0 : marks.length - 1) : (from + step + marks.length) % marks.length;
    marks[next].focus({ preventScroll: true });
    marks[next].scrollIntoView({ block: 'center' });
  };
  document.addEventListener('focusin', (e) => {
    const t = e.target;
    if (t instanceof HTMLElement && t.matches('mark[data-code]')) select(t);
  });
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && t.type !== 'checkbox')) return;
    if (e.key === 'j') { e.preventDefault(); go(1); }
    else if (e.key === 'k') { e.preventDefault(); go(-1); }
  });
  for (const b of document.querySelectorAll('button[data-step]')) b.addEventListener('click', () => go(Number(b.dataset.step)));
  const filter = () => {
    const off = (attr) => new Set(Array.from(document.querySelectorAll('input[' + attr + ']')).filter((i) => !i.checked).map((i) => i.getAttribute(attr)));
    const severities = off('data-filter-severity');
    const codes = off('data-filter-code');
    for (const mark of document.querySelectorAll('mark[data-code]')) {
      const hide = severities.has(mark.dataset.severity) || codes.has(mark.dataset.code);
      for (const piece of document.querySelectorAll('[data-finding="' + mark.id + '"]')) piece.classList.toggle('np-off', hide);
      const note = document.getElementById('note-' + mark.id);
      if (note) note.classList.toggle('np-off', hide);
      mark.tabIndex = hide ? -1 : 0;
    }
  };
  for (const input of document.querySelectorAll('input[data-filter-severity], input[data-filter-code]')) input.addEventListener('change', filter);
})();
`;
