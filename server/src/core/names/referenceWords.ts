import type { NameKind } from '../types';

/**
 * Words that point back to a name already given, by the kind of name they mean: "die Firma" and "the start-up" to
 * the last company, "der Gründer", "he" to the last person, "das Modell" to the last model. Possessives ("seine
 * Supercomputer") are left out: they name an owner, not what the fact is about.
 */
export const REFERENCE_WORDS: Record<string, NameKind> = {
  firma: 'organisation', unternehmen: 'organisation', unternehmens: 'organisation', startup: 'organisation', 'start-up': 'organisation',
  konzern: 'organisation', konzerns: 'organisation', company: 'organisation', "company's": 'organisation', firm: 'organisation',
  'ki-firma': 'organisation', 'ki-unternehmen': 'organisation', 'ki-start-up': 'organisation',
  gründer: 'person', gründers: 'person', founder: 'person', "founder's": 'person', chef: 'person', ceo: 'person', he: 'person',
  index: 'other', "index's": 'other', leitindex: 'other', börsenindex: 'other',
  modell: 'model', modells: 'model', model: 'model', "model's": 'model', sprachmodell: 'model', 'ki-modell': 'model', chatbot: 'model',
};
