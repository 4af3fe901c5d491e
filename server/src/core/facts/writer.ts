/** The writer's own organisation ("our budget", "unsere Server"), as who a fact is about. */
export const WRITER = '@we';
