// SPDX-License-Identifier: BSD-3-Clause
/**
 * Numbers and plurals in the reader's language, through `Intl`: the catalogues call these so
 * that "1 line", "2 Zeilen" and Arabic's six plural forms each come out right.
 *
 * @packageDocumentation
 */

/** A phrase in each plural category the language uses (`other` is always there). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** `n` written as the language writes numbers (1,000 / 1.000 / ١٬٠٠٠). */
export function number(lang: string, n: number): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(n);
}

/** The form for `n`, with `#` replaced by the number as the language writes it. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return (forms[r.select(n)] ?? forms.other).replaceAll('#', number(lang, n));
}

/** A share of 1 as a percentage in the language's way (42 %, 42%, ٪٤٢). */
export function percent(lang: string, fraction: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
