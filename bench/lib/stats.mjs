// SPDX-License-Identifier: BSD-3-Clause
/** Small statistics and table helpers for the benchmark report. */

export function median(xs) {
  return quantile(xs, 0.5);
}

export function p95(xs) {
  return quantile(xs, 0.95);
}

/** Linear-interpolated quantile of a sample. */
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export function fmt(x, digits = 1) {
  if (x === undefined || x === null || Number.isNaN(x)) return '–';
  return x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const kib = (bytes) => fmt(bytes / 1024, 1);

/** A markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
