import { wordAlternation as alternation } from '../context/lexicon';
import { AGED_PERSON_NOUNS } from './vocabulary';

/** A word for a person an age is said of, also at a compound's end: „Informatiker“, „Wirtschaftsinformatiker“, "woman". */
export const AGED_PERSON_NOUN = new RegExp(`(?:${alternation(AGED_PERSON_NOUNS)})$`, 'iu');
