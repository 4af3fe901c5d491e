import type { NameMention } from '../types';

/** A verb of reporting, as news prose credits another outlet: "berichtet", "schrieb", "meldete", "reported". */
const REPORTED = String.raw`(?:berichtet|berichtete|berichteten|schreibt|schrieb|reported|reports|wrote|writes)`;

// "laut Reuters", "according to the Washington Post", "wie die Washington Post berichtet", "berichtet die
// Nachrichtenagentur Reuters": an article and one noun ("Nachrichtenagentur", "news agency") may stand before the name.
const CREDIT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:laut|according\s+to|${REPORTED})\s+(?:(?:der|die|das|dem|den|the)\s+)?(?:[\p{L}-]+\s+(?:[\p{L}-]+\s+)?)?$`, 'iu');
// "Reuters reported", "The Washington Post, citing Chinese media, reported", "Reuters zufolge", "(Telepolis berichtete)".
const CREDIT_AFTER = new RegExp(String.raw`^(?:\s*,[^,.;:]{1,60},)?\s+(?:${REPORTED}|zufolge)(?![\p{L}])`, 'iu');
// "wie das Magazin Wired berichtet" credits the name only with the verb after it: "so teuer wie die Konkurrenz OpenAI".
const AS_BEFORE = /(?:^|[^\p{L}])(?:wie|as)\s+(?:(?:der|die|das|the)\s+)?(?:\p{L}[\p{L}-]*\s+)?$/iu;

/**
 * Whom a sentence credits with what it reports: an outlet or an organisation named with a verb of reporting or "laut",
 * "according to". People are left out: what a person says is a quotation, and has its own speaker.
 */
export function reporterOf(text: string, mentions: readonly NameMention[]): NameMention | undefined {
  for (const m of mentions) {
    if (m.entry.kind !== 'organisation') continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 80);
    if (AS_BEFORE.test(before)) {
      if (CREDIT_AFTER.test(after)) return m;
      continue;
    }
    if (CREDIT_BEFORE.test(before) || CREDIT_AFTER.test(after)) return m;
  }
  return undefined;
}
