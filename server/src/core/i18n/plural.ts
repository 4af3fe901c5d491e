/** A noun's forms by CLDR plural category; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** "1 sentence", "2 sentences", "1 Befund", "3 Befunde": the form the locale's plural rules pick for `n`. */
export function countOf(n: number, forms: PluralForms, locale = 'en'): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return `${n} ${forms[rule.select(n)] ?? forms.other}`;
}
