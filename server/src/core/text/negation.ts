/**
 * Denied denials that affirm: „nicht ohne Grund“, „nicht umsonst“, "not without reason". Only these phrases: „nicht
 * ohne Weiteres“ (not readily) still denies.
 */
const AFFIRMING_DENIALS_DE = ['ohne grund', 'umsonst', 'von ungefähr'];
const AFFIRMING_DENIALS_EN = ['without reason', 'without cause'];
const affirming = (phrases: string[]) => phrases.map((p) => p.replace(/ /g, String.raw`\s+`)).join('|');

/** A word that denies what follows it: „nicht“, „kein“, "not", "never", "didn't" (quotations and facts alike). */
export const NEGATION = new RegExp(
  String.raw`(?<![\p{L}])(?:nicht(?!\s+(?:${affirming(AFFIRMING_DENIALS_DE)})(?![\p{L}]))|kein(?:e|er|en|em|es)?|nie|niemals|nichts|not(?!\s+(?:${affirming(AFFIRMING_DENIALS_EN)})(?![\p{L}]))|no|never|nothing|none|nor)(?![\p{L}])|(?<=\p{L})n['’]t(?![\p{L}])`,
  'iu',
);
