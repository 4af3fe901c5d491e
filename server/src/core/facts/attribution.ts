import type { Span } from '../types';

const ATTRIBUTION_BEFORE = /(?:^|[\s(])(?:laut|according to|reported by|citing|berufung auf|zufolge)\s+(?:(?:der|die|des|dem|den|einer?|the|a)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const ATTRIBUTION_AFTER = /^\s*(?:berichtet|berichten|berichtete|reports|reported|zufolge|says|said|sagt|sagte)\b/iu;

/** "Laut Reuters", "wie die Washington Post berichtet": who reports a fact is not what it is about. */
export function isAttribution(text: string, name: Span): boolean {
  return ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, name.start - 60), name.start)) || ATTRIBUTION_AFTER.test(text.slice(name.end, name.end + 20));
}
