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
  return parser.ansi_to_html(text);
}

/** Fill `target` with `text`: plain text nodes when there is no escape code, spans when there is. */
export function setTerminalText(target: HTMLElement, text: string): void {
  if (hasAnsi(text)) target.innerHTML = ansiToHtml(text);
  else target.textContent = text;
}
