/** Words for the founder, which point back to the person named as such rather than to the last person named. */
export const FOUNDER_WORDS = ['gründer', 'gründers', 'gründerin', 'firmengründer', 'founder', "founder's"];
const FOUNDER_WORD = new RegExp(`(?<![\\p{L}])(?:${FOUNDER_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** Whether the words call someone the founder ("Founder's age", „Alter des Gründers“). */
export function namesTheFounder(words: string): boolean {
  return FOUNDER_WORD.test(words.replace(/’/g, "'"));
}
