/**
 * A chat export's line opens with when its message was sent and who sent it: "[27.01.25, 14:03] Anna K.: …" (Threema,
 * WhatsApp on iOS), "27.01.25, 14:03 - Anna K.: …" (WhatsApp on Android), "[1/27/25, 2:03 PM] Ann: …",
 * "[2025-01-27 14:03] Ann: …". The stamp's day is when someone typed, no day of what the message tells, and each such
 * line is a message of its own, though the one before it may end without a full stop.
 */
const DAY = String.raw`(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const STAMP = String.raw`(?:\[${DAY},?\s${CLOCK}\]|${DAY},?\s${CLOCK}\s[-–])`;
/** Who sent it, up to the colon that opens the message: "Anna K.", "Petra L. (CvD)", "Ben". */
const SENDER = String.raw`[^\s:\n][^:\n]{0,40}?:(?=\s)`;

/** The stamp at a line's start, with the sender after it (the stamp alone is the first group). */
const STAMPED_LINE = new RegExp(String.raw`(?<=^|\n)[ \t]*(${STAMP})[ \t]+${SENDER}`, 'g');
const STAMPED_LINE_AT = new RegExp(String.raw`[ \t]*${STAMP}[ \t]+${SENDER}`, 'y');

/** The spans of the stamps (not the senders) that open lines of `text`. */
export function chatStamps(text: string): Array<{ start: number; end: number }> {
  if (!text.includes(':')) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(STAMPED_LINE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/** Whether a chat message's stamp and sender open `text` at `at`. */
export function opensChatLine(text: string, at: number): boolean {
  STAMPED_LINE_AT.lastIndex = at;
  return STAMPED_LINE_AT.test(text);
}

/** Where the stamp and the sender's label that open `text` end (0 where it opens with none). */
export function chatLabelEnd(text: string): number {
  STAMPED_LINE_AT.lastIndex = 0;
  const m = STAMPED_LINE_AT.exec(text);
  if (!m) return 0;
  let end = m[0].length;
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  return end;
}
