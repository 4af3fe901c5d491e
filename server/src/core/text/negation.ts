/**
 * A word that denies what follows it: „nicht“, „kein“, "not", "never", "didn't" (quotations and facts alike). A denied
 * denial affirms: „nicht ohne Grund“, „nicht umsonst“, "not without reason" deny nothing.
 */
export const NEGATION = /(?<![\p{L}])(?:nicht(?!\s+(?:ohne|umsonst)(?![\p{L}]))|kein(?:e|er|en|em|es)?|nie|niemals|nichts|not(?!\s+without(?![\p{L}]))|no|never|nothing|none|nor)(?![\p{L}])|(?<=\p{L})n['’]t(?![\p{L}])/iu;
