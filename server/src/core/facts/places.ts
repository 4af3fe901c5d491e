/** Countries the lexicon names (context/lexicon.ts), by concept: where a fact happened, in either language. */
export const PLACE_CONCEPTS: Record<string, string> = {
  usa: 'USA', china: 'China', france: 'France', germany: 'Germany', britain: 'United Kingdom', india: 'India', italy: 'Italy', japan: 'Japan', korea: 'Korea', taiwan: 'Taiwan',
};

const COUNTRIES = new Set(Object.values(PLACE_CONCEPTS));

/** The countries among a fact's names. */
export function countriesOf(entities: readonly string[]): string[] {
  return entities.filter((e) => COUNTRIES.has(e));
}

/**
 * Regions no source fact is filed under, but which say where an answer's figure is: "In Europe, it is 10%." after a
 * question about China's share is Europe's.
 */
export const REGION_WORDS = ['europa', 'europe', 'asien', 'asia', 'afrika', 'africa', 'lateinamerika', 'latin america', 'nahost', 'middle east'];
