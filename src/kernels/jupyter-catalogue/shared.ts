// SPDX-License-Identifier: BSD-3-Clause
// What several languages of this catalogue share (see ../jupyter-catalogue.ts).
/** Megabytes with one decimal, as the language writes them (10.0 / 10,0). */
export function megabytes(lang: string, mb: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mb);
}
