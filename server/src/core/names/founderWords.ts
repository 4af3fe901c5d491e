/** Words for the founder, which point back to the person named as such rather than to the last person named. */
export const FOUNDER_WORDS = ['gründer', 'gründers', 'gründerin', 'firmengründer', 'founder', "founder's"];
const FOUNDER_WORD = new RegExp(`(?<![\\p{L}])(?:${FOUNDER_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** Whether the words call someone the founder ("Founder's age", „Alter des Gründers“). */
export function namesTheFounder(words: string): boolean {
  return FOUNDER_WORD.test(words.replace(/’/g, "'"));
}

const OWNED_FOUNDER_WORD = new RegExp(`(?:['’]s\\s+|-)(?:${FOUNDER_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** Whether the words give the founder an owner by a possessive or a compound ("Mistral's founder", „Mistral-Gründer“). */
export function ownedFounder(words: string): boolean {
  return OWNED_FOUNDER_WORD.test(words);
}
