/**
 * The matches of a large pattern, tried only where a small one (its gate) matches: the same matches, in the same order,
 * as a global scan with the large pattern, provided every match of the large pattern starts where the gate matches.
 *
 * Why: V8 compiles a pattern whose source is longer than 20 KB without its optimisations (quick checks of the next
 * characters, alternatives ruled out by their first letters), and tries it at every position of the text; the number
 * words spelt out for `u` (44 KB, `WORD_NUMBER` in figures/extractFigures.ts) then cost 0.1–0.3 ms per sentence, a
 * tenth of a cold source index. A gate of a few hundred bytes compiles optimised at once and finds the few places worth
 * trying.
 *
 * `gate` must have the flag `g`, `pattern` the flag `y` (it is tried at the gate's place alone); both are left reset.
 */
export function gatedMatches(text: string, gate: RegExp, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  gate.lastIndex = 0;
  for (let place = gate.exec(text); place; place = gate.exec(text)) {
    pattern.lastIndex = place.index;
    const match = pattern.exec(text);
    // Where the pattern matched, a global scan would go on after its match; elsewhere at the next position.
    if (match) {
      found.push(match);
      gate.lastIndex = match[0].length > 0 ? pattern.lastIndex : pattern.lastIndex + 1;
    } else gate.lastIndex = place.index + 1;
  }
  gate.lastIndex = 0;
  pattern.lastIndex = 0;
  return found;
}
