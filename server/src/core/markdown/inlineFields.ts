import { subBlock, type ProseBlock } from '../text/prose';

/**
 * Obsidian's Dataview inline fields: a line `Key:: value` states one value, its key naming what the value is, as a
 * table's column header names a cell. Each such line is its own block: lines of fields in one paragraph
 * („Release:: 21.01.\nTrainingskosten:: 5,6 Mrd. $“) are separate statements. The key stays in the block's words and
 * is its context too: „GPT-4o HumanEval:: 92 %“ names whose value it is before any heading does, and an earlier
 * sentence that holds the value alone („Auf HumanEval kam R1 auf 92 %.“) does not repeat the field.
 *
 * Evidence for a field: the line starts with a key of at most a few words (starting with a letter or digit), then
 * exactly `::` and a space. `std::vector`, `fe80::1` and a talk page's `::Antwort` indentation have no key followed by
 * `:: `, and a paragraph with no such line is returned unchanged.
 */
const FIELD_LINE = /^([ \t]*)([\p{L}\p{N}][^:\n]{0,48}?)[ \t]*::[ \t]+(?=\S)/u;
const MAX_KEY_WORDS = 5;

export function splitInlineFields(block: ProseBlock): ProseBlock[] {
  if (!block.text.includes(':: ')) return [block];
  const pieces: ProseBlock[] = [];
  let rest = -1;
  let at = 0;
  const flushRest = (to: number): void => {
    if (rest >= 0 && block.text.slice(rest, to).trim()) pieces.push(subBlock(block, rest, to));
    rest = -1;
  };
  for (const line of block.text.split('\n')) {
    const end = at + line.length;
    const field = fieldOf(line);
    if (field) {
      flushRest(at - 1);
      const fieldLine = subBlock(block, at + field.keyStart, end);
      pieces.push({ ...fieldLine, context: block.context ? `${block.context} | ${field.key}` : field.key });
    } else if (rest < 0) rest = at;
    at = end + 1;
  }
  flushRest(block.text.length);
  return pieces.length === 1 && pieces[0].text === block.text ? [block] : pieces;
}

function fieldOf(line: string): { key: string; keyStart: number; valueStart: number } | undefined {
  const m = FIELD_LINE.exec(line);
  if (!m) return undefined;
  const key = m[2].trim();
  if (key.split(/\s+/u).length > MAX_KEY_WORDS) return undefined;
  return { key, keyStart: m[1].length, valueStart: m[0].length };
}
