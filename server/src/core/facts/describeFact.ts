import type { Language } from '../types';
import { ATTRIBUTES, isSpecific } from './attributes';
import type { Fact } from './fact';
import { formatDate } from './formatDate';

/**
 * How a figure was read, for the hover: "Nvidia · share price · 27 Jan 2025: −7,82 %". The entity is the most
 * specific one named (a model before its maker); unknown parts are left out.
 */
export function describeFact(fact: Fact, language: Language): string {
  const parts: string[] = [];
  // "Nvidia und Broadcom verloren jeweils 7,82 Prozent": the value is read as each one's.
  if (fact.each) parts.push(`${fact.each.map((m) => m.primary).join(', ')} (${language === 'de' ? 'jeweils' : 'each'})`);
  else if (fact.entities.length) parts.push(fact.entities[0]);
  const attribute = fact.figure.kind === 'age' ? 'age' : fact.attributes.find(isSpecific) ?? fact.attributes.find((a) => a in ATTRIBUTES);
  if (attribute) parts.push(ATTRIBUTES[attribute].label[language]);
  const isDate = fact.figure.kind === 'date' || fact.figure.kind === 'year';
  // The document's day is a guess a hover does not pass off as the fact's.
  if (fact.time && !isDate && fact.timeFrom !== 'document') parts.push(formatDate(fact.time, language));
  const { figure } = fact;
  const written = figure.text.replace(/^-/, '−');
  // "fell 7.82 percent" is read as −7.82 percent: the direction is part of the value.
  // "(7.82)%": accounting notation is signed as written.
  const sign = figure.derivedFrom || /^[−+(]/.test(written) ? '' : figure.direction === 'down' ? '−' : figure.direction === 'up' ? '+' : '';
  // "Nvidia minus 7,82, Microsoft minus 3,75 und Broadcom minus 6,58 Prozent": a bare value read with the list's unit
  // shows it, so the writer sees it was read as a percentage.
  const unit = figure.kind === 'percent' && /^[−+]?[\d.,\s]+$/.test(written) ? ' %' : '';
  const value = sign + written + unit;
  return parts.length ? `${parts.join(' · ')}: ${value}` : value;
}
