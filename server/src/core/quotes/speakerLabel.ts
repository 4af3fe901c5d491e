/**
 * A transcript's or a quiz's label at the start of a block or an answer: "**Gast:**", "Q:", "[02:15] ANNA:",
 * "Antwort:", at most three words. One way only to split the words: a long token is not tried in every split before
 * the colon fails.
 */
export const SPEAKER_LABEL = /^\s*(?:\[[^\]\n]{1,12}\]\s*)?[*_]{0,2}[^\s:*_]{1,40}(?:\s[^\s:*_]{1,40}){0,2}\s?:[*_]{0,2}\s*/u;
