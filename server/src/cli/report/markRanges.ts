import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { countStartingBefore } from '../../core/text/sortedSpans';

/** A range of the Markdown source to mark; `wrap` makes the element, `first` only for the range's first piece. */
export interface MarkRange {
  start: number;
  end: number;
  wrap(children: ElementContent[], first: boolean): Element;
}

/**
 * Wraps the rendered text that comes from each range of the source. A range that spans several inline nodes
 * (emphasis, a link) is split into one piece per text node; overlapping ranges nest, the longer one outside.
 * Returns the ranges that found text to mark.
 */
export function markRanges(tree: Root, source: string, ranges: MarkRange[]): Set<MarkRange> {
  const placed = new Set<MarkRange>();
  const overlapping = overlapIndex(ranges);
  const visit = (parent: Root | Element) => {
    const children: RootContent[] = parent.children;
    parent.children = children.flatMap((child): RootContent[] => {
      if (child.type === 'element') visit(child);
      return child.type === 'text' ? splitText(child, source, overlapping, placed) : [child];
    }) as typeof parent.children;
  };
  visit(tree);
  return placed;
}

/**
 * A lookup of the ranges that overlap [start, end), outer before inner: the ranges sorted by start with a running
 * maximum of their ends, so a lookup reads only ranges that can overlap (a draft of 1 MB has thousands of marks).
 */
export function overlapIndex<R extends { start: number; end: number }>(ranges: R[]): (start: number, end: number) => R[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const maxEnd: number[] = [];
  sorted.forEach((r, i) => maxEnd.push(Math.max(r.end, i ? maxEnd[i - 1] : -Infinity)));
  return (start, end) => {
    const lo = countStartingBefore(sorted, end);
    const out: R[] = [];
    for (let j = lo - 1; j >= 0 && maxEnd[j] > start; j--) if (sorted[j].end > start) out.push(sorted[j]);
    return out.reverse();
  };
}

function splitText(node: Text, source: string, overlapping: (start: number, end: number) => MarkRange[], placed: Set<MarkRange>): ElementContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [node];
  const relevant = overlapping(start, end);
  if (relevant.length === 0) return [node];
  const offsets = sourceOffsets(node.value, source.slice(start, end), start);
  const covering = (i: number) => relevant.filter((r) => r.start <= offsets[i] && offsets[i] < r.end);
  const out: ElementContent[] = [];
  let from = 0;
  let cover = covering(0);
  for (let i = 1; i <= node.value.length; i++) {
    const next = i < node.value.length ? covering(i) : [];
    if (i < node.value.length && sameRanges(next, cover)) continue;
    out.push(wrapped(node.value.slice(from, i), cover, placed));
    from = i;
    cover = next;
  }
  return out;
}

function wrapped(value: string, cover: MarkRange[], placed: Set<MarkRange>): ElementContent {
  let content: ElementContent = { type: 'text', value };
  for (const range of [...cover].reverse()) {
    content = range.wrap([content], !placed.has(range));
    placed.add(range);
  }
  return content;
}

function sameRanges(a: MarkRange[], b: MarkRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/**
 * The source offset of each character of a text node's value. Usually the value is the source slice; where
 * Markdown syntax sits inside (an escape, a block quote's `>` on a continued line, a character reference), each
 * character is found in order in the slice.
 */
function sourceOffsets(value: string, slice: string, base: number): number[] {
  const offsets = new Array<number>(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const k = value === slice ? i : slice.indexOf(value[i], j);
    offsets[i] = base + (k < 0 ? Math.min(j, slice.length) : k);
    if (k >= 0) j = k + 1;
  }
  offsets[value.length] = base + slice.length;
  return offsets;
}
