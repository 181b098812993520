// SPDX-License-Identifier: BSD-3-Clause
/**
 * Terminal text to HTML: ANSI colours become `ansi-*` classes (styled by the cell's theme),
 * everything else is escaped. ansi_up does the parsing.
 *
 * @packageDocumentation
 */
import { AnsiUp } from 'ansi_up';

const ESC = '\x1b';

/** Whether the text needs the ANSI parser at all (most output does not). */
export function hasAnsi(text: string): boolean {
  return text.includes(ESC);
}

/** Escaped HTML for `text`, colours as classes. A fresh parser: no state leaks between outputs. */
export function ansiToHtml(text: string): string {
  const parser = new AnsiUp();
  parser.use_classes = true;
  return parser.ansi_to_html(toBasicColours(text));
}

/**
 * The 16 basic colours, as xterm draws them: what 256-colour and 24-bit codes are mapped to.
 * Index i is SGR 30+i (90+i-8 for the bright ones).
 */
const BASIC_RGB: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0], [205, 0, 0], [0, 205, 0], [205, 205, 0], [0, 0, 238], [205, 0, 205], [0, 205, 205], [229, 229, 229],
  [127, 127, 127], [255, 0, 0], [0, 255, 0], [255, 255, 0], [92, 92, 255], [255, 0, 255], [0, 255, 255], [255, 255, 255],
];

/** xterm's 256-colour palette entry `n` as RGB. */
function paletteRgb(n: number): readonly [number, number, number] {
  if (n < 16) return BASIC_RGB[n]!;
  if (n >= 232) {
    const v = 8 + (n - 232) * 10;
    return [v, v, v];
  }
  const c = n - 16;
  const level = (x: number) => (x === 0 ? 0 : 55 + x * 40);
  return [level(Math.floor(c / 36)), level(Math.floor(c / 6) % 6), level(c % 6)];
}

function nearestBasic([r, g, b]: readonly [number, number, number]): number {
  let best = 0;
  let bestDistance = Infinity;
  BASIC_RGB.forEach(([br, bg, bb], i) => {
    const d = (r - br) ** 2 + (g - bg) ** 2 + (b - bb) ** 2;
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * Rewrite 256-colour (`38;5;n`) and 24-bit (`38;2;r;g;b`) codes, foreground and background,
 * to the nearest of the 16 basic colours. Those become classes the cell's theme colours for
 * light and dark backgrounds with readable contrast; IPython's tracebacks use the 256-colour
 * palette, whose fixed colours are hard to read on one background or the other.
 */
export function toBasicColours(text: string): string {
  return text.replace(/\x1b\[([\d;]*)m/g, (whole, params: string) => {
    if (!/(?:^|;)[34]8;/.test(params)) return whole;
    const p = params.split(';').map(Number);
    const out: number[] = [];
    for (let i = 0; i < p.length; i++) {
      const code = p[i]!;
      if ((code === 38 || code === 48) && p[i + 1] === 5 && p[i + 2] !== undefined) {
        out.push(sgrFor(nearestBasic(paletteRgb(p[i + 2]!)), code === 48));
        i += 2;
      } else if ((code === 38 || code === 48) && p[i + 1] === 2 && p[i + 4] !== undefined) {
        out.push(sgrFor(nearestBasic([p[i + 2]!, p[i + 3]!, p[i + 4]!]), code === 48));
        i += 4;
      } else {
        out.push(code);
      }
    }
    return `\x1b[${out.join(';')}m`;
  });
}

function sgrFor(basic: number, background: boolean): number {
  const base = background ? 40 : 30;
  return basic < 8 ? base + basic : base + 60 + (basic - 8);
}

/** Fill `target` with `text`: plain text nodes when there is no escape code, spans when there is. */
export function setTerminalText(target: HTMLElement, text: string): void {
  if (hasAnsi(text)) target.innerHTML = ansiToHtml(text);
  else target.textContent = text;
}
