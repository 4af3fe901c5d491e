import type { Fact } from '../facts/fact';
import type { SourceFigure, SourceIndex } from '../sources/sourceIndex';
import type { Figure } from '../types';

/**
 * "Liang was 38 when he founded DeepSeek", „Als er High-Flyer gründete, war Liang 30 Jahre alt“: an age said in the past
 * whose sentence dates it by an event of a thing it names (a founding), not by a year, is told of the year the sources
 * date that event to, as if the sentence named it ("… when he founded DeepSeek in 2023"). Otherwise it is read as the
 * person's age now, and the true age of eight years before is contradicted by the source's 40 of today.
 *
 * Only where the sources give the event one year: of the things' foundings, the ones that name the age's person too
 * where any does (Liang's High-Flyer of 2015, not the DeepSeek that High-Flyer's capital founded in 2023).
 */
export function ageDatedByItsEvent(fact: Fact, index: SourceIndex): Fact {
  const told = fact.ofItsEvent;
  if (!told || fact.figure.kind !== 'age' || fact.toldIn !== undefined) return fact;
  const probe: Fact = { ...fact, figure: { ...fact.figure, kind: 'year' } as Figure, entities: told.names, primary: told.names, attributes: told.events };
  const ofTheThings = index.facts.candidates(probe).filter((e) => yearOf(e) !== undefined && e.fact.attributes.some((a) => told.events.includes(a)) && e.fact.entities.some((n) => told.names.includes(n)));
  const withThePerson = ofTheThings.filter((e) => e.fact.entities.some((n) => fact.entities.includes(n)));
  const years = new Set((withThePerson.length ? withThePerson : ofTheThings).map(yearOf));
  if (years.size !== 1) return fact;
  const { asOf: _now, ofItsEvent: _event, ...dated } = fact;
  return { ...dated, toldIn: [...years][0]! };
}

/** The year a source's date or year figure gives, with the year its sentence is read in where the date leaves it out. */
function yearOf(event: SourceFigure): number | undefined {
  const { figure } = event;
  if (figure.kind === 'year') return figure.value;
  if (figure.kind !== 'date') return undefined;
  return figure.date?.year ?? (figure.date?.month !== undefined && event.fact.time?.month === figure.date.month ? event.fact.time.year : undefined);
}
