/** A word that denies what follows it: „nicht“, „kein“, "not", "never", "didn't" (quotations and facts alike). */
export const NEGATION = /(?<![\p{L}])(?:nicht|kein(?:e|er|en|em|es)?|nie|niemals|nichts|not|no|never|nothing|none|nor)(?![\p{L}])|(?<=\p{L})n['’]t(?![\p{L}])/iu;
