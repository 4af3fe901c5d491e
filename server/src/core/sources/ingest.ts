import { parseMarkdown } from '../markdown/parseMarkdown';
import { proseFromSlice, type ProseBlock } from '../text/prose';

/** A source as the caller read it: the core does no I/O. */
export interface SourceInput {
  /** Stable identifier, e.g. the file name. */
  id: string;
  /** Where a link should open it (a file URI); opaque to the core. */
  uri: string;
  text: string;
}

export interface IngestedSource {
  input: SourceInput;
  title: string;
  blocks: ProseBlock[];
}

const LIST_MARKER = /^(\s*)([•·▪◦*-]|\d{1,2}[.)])\s+/;

/**
 * Reads a scraped plain-text article (or a Markdown file) into prose blocks. The first line with words is the title;
 * it is not a fact, nor are its repetitions; lines without a letter ("×") are artefacts; list markers are dropped.
 */
export function ingestSource(input: SourceInput): IngestedSource {
  const isMarkdown = /\.(md|markdown)$/i.test(input.id);
  const rawBlocks = isMarkdown ? parseMarkdown(input.text).blocks : plainTextBlocks(input.text);
  const meaningful = rawBlocks.filter((b) => /\p{L}{2,}/u.test(b.text));
  const title = meaningful[0]?.text.trim() ?? input.id;
  const blocks = meaningful.filter((b) => b.text.trim() !== title);
  return { input, title, blocks };
}

function plainTextBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const marker = LIST_MARKER.exec(m[0]);
    const start = m.index + (marker ? marker[0].length : m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) blocks.push(proseFromSlice(text, start, end));
  }
  return blocks;
}
