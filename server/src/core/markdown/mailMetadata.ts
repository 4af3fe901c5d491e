import { MAIL_HEADER_KEYS, MAIL_SENDER_KEYS, MAIL_SENT_KEYS, MAIL_SUBJECT_KEYS, PHONE_LABELS, QUOTED_MAIL_OPENERS, QUOTED_MAIL_VERBS, REGISTER_WORDS, wordAlternation as alternation } from '../context/lexicon';
import { subBlock, type ProseBlock } from '../text/prose';

/**
 * A pasted e-mail's metadata: the header lines above a forwarded or quoted message ("From: … / Date: Tue, Jan 28, 2025
 * at 8:02 AM / Subject: … / To: …", „Von: … / Gesendet: … / An: … / Betreff: …"), the line a mail client writes above
 * a quoted reply ("On Mon, Jan 27, 2025 at 9:14 AM Jane Doe <jane@…> wrote:", „Am 27.01.2025 um 09:14 schrieb …:“),
 * and a signature's contact lines (a phone number, a postal address, an imprint's register, a bare link). Their digits
 * say when a message was sent and how to reach its writer, no claim of what it tells, so these lines are no prose.
 *
 * Evidence: a header is a run of at least two lines `Key: value` with different keys from the lexicon, one of them
 * a key only a mail header has (From, Subject, Von, Betreff …) beside an e-mail address, or a subject beside a sending
 * time, so a form's lone "Date: 27 January" and prose lines that open "From: the source, …" stay prose; a
 * quoted-mail line opens with On/Am, ends with wrote:/schrieb …: and holds the writer's e-mail address (a quotation's „Am 27. Januar schrieb Rasgon:“ has none); a contact line
 * counts only in a signature (after a `-- ` line) or in a block with a phone line. Every other line of the block, the
 * signature's own sentences included ("— sent after Nvidia fell 17 %"), stays prose.
 */
const HEADER_LINE = new RegExp(String.raw`^[ \t]*(${alternation(MAIL_HEADER_KEYS)})[ \t]*:[ \t]+\S`, 'iu');
const keyOf = (list: readonly string[]) => new RegExp(String.raw`^(?:${alternation(list)})$`, 'iu');
const SENDER_KEY = keyOf(MAIL_SENDER_KEYS);
const SUBJECT_KEY = keyOf(MAIL_SUBJECT_KEYS);
const SENT_KEY = keyOf(MAIL_SENT_KEYS);
const QUOTED_MAIL_START = new RegExp(String.raw`^[ \t]*(?:${alternation(QUOTED_MAIL_OPENERS)})\s`, 'iu');
const QUOTED_MAIL_END = new RegExp(String.raw`(?:\b(?:${alternation(QUOTED_MAIL_VERBS)})\b[^:\n]{0,80})?:[ \t]*$`, 'iu');
const QUOTED_MAIL_VERB = new RegExp(String.raw`\b(?:${alternation(QUOTED_MAIL_VERBS)})\b`, 'iu');
const ADDRESS = /@/u;
/** At most this many lines for one quoted-mail line: a client wraps the long ones once or twice. */
const QUOTED_MAIL_LINES = 3;
const SIGNATURE_DELIMITER = /^[ \t]*--[ \t]?$/u;
const PHONE = String.raw`\+?[\d(][\d\s()./–-]{5,}\d`;
const LABELLED_PHONE = new RegExp(String.raw`^[ \t]*(?:(?:${alternation(PHONE_LABELS)})\.?[ \t]*:?[ \t]*${PHONE}|[+(][\d\s()./–-]{6,}\d)[ \t]*$`, 'iu');
const POSTAL_ADDRESS = /(?:^|[\s,])\d{5}[ \t]+\p{Lu}\p{L}+|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b/u;
const REGISTER = new RegExp(String.raw`(?:^|[\s,])(?:${alternation(REGISTER_WORDS)})(?=[\s,:]|$)`, 'iu');
const LINK_LINE = /^[ \t]*(?:[\p{L}-]{1,20}[ \t]*:[ \t]*)?(?:https?:\/\/|www\.)\S+[ \t]*$/u;

/** Whether a line is one of a contact block's: a phone number, a postal address, a register, a bare link. */
const isContactLine = (line: string) => LABELLED_PHONE.test(line) || POSTAL_ADDRESS.test(line) || REGISTER.test(line) || LINK_LINE.test(line);

/**
 * The block without its mail metadata lines, as the pieces between them (the block itself where it has none).
 * `signature`: the block follows a signature's `-- ` line, so its contact lines are metadata too.
 */
export function dropMailMetadata(block: ProseBlock, signature = false): ProseBlock[] {
  if (!/\d/u.test(block.text)) return [block];
  const lines = block.text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const drop = new Array<boolean>(lines.length).fill(false);
  markHeaderRuns(lines, drop);
  markQuotedMailLines(lines, drop);
  const contact = signature || lines.some((l) => LABELLED_PHONE.test(l));
  let inSignature = signature;
  lines.forEach((line, i) => {
    if (SIGNATURE_DELIMITER.test(line)) inSignature = true;
    if ((inSignature || contact) && isContactLine(line)) drop[i] = true;
  });
  if (!drop.includes(true)) return [block];
  const pieces: ProseBlock[] = [];
  let from = -1;
  const flush = (to: number) => {
    if (from >= 0 && block.text.slice(from, to).trim()) pieces.push(subBlock(block, from, to));
    from = -1;
  };
  lines.forEach((line, i) => {
    if (drop[i]) flush(Math.max(starts[i] - 1, 0));
    else if (from < 0) from = starts[i];
  });
  flush(block.text.length);
  return pieces;
}

/** Runs of two or more header lines with different keys: a sender's key beside an address, or a subject beside a sending time. */
function markHeaderRuns(lines: string[], drop: boolean[]): void {
  let i = 0;
  while (i < lines.length) {
    const keys: string[] = [];
    let j = i;
    for (let m; j < lines.length && (m = HEADER_LINE.exec(lines[j])); j++) keys.push(m[1].toLowerCase().replace(/\s+/gu, ' '));
    const header = j - i >= 2 && new Set(keys).size === keys.length &&
      ((keys.some((k) => SENDER_KEY.test(k)) && lines.slice(i, j).some((l) => ADDRESS.test(l))) || (keys.some((k) => SUBJECT_KEY.test(k)) && keys.some((k) => SENT_KEY.test(k))));
    if (header) for (let k = i; k < j; k++) drop[k] = true;
    i = Math.max(j, i + 1);
  }
}

/** "On … wrote:" and „Am … schrieb …:“ over at most three lines, holding an e-mail address. */
function markQuotedMailLines(lines: string[], drop: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!QUOTED_MAIL_START.test(lines[i])) continue;
    for (let j = i; j < Math.min(lines.length, i + QUOTED_MAIL_LINES); j++) {
      const span = lines.slice(i, j + 1).join('\n');
      if (QUOTED_MAIL_END.test(lines[j]) && QUOTED_MAIL_VERB.test(span) && ADDRESS.test(span)) {
        for (let k = i; k <= j; k++) drop[k] = true;
        i = j;
        break;
      }
    }
  }
}
