/** The writer's own organisation ("our budget", "unsere Server"), as who a fact is about. */
export const WRITER = '@we';

/** "our", "unser…": what belongs to the writer. */
export const WRITERS_POSSESSIVE = /(?<![\p{L}])(?:[Oo]urs?|[Uu]nser\p{L}*)(?![\p{L}])/u;
