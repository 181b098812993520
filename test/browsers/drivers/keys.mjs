// SPDX-License-Identifier: BSD-3-Clause
/** Playwright's key syntax ('Shift+Enter', 'Control+a', 'ArrowRight') split into key names. */

/** 'Control+Shift+a' → { modifiers: ['Control', 'Shift'], key: 'a' } ('+' alone is a key). */
export function parseChord(chord) {
  const parts = chord === '+' ? ['+'] : chord.split('+');
  if (parts.at(-1) === '') parts.splice(-2, 2, '+');
  const key = parts.pop();
  return { modifiers: parts.map((m) => (m === 'ControlOrMeta' ? 'Control' : m)), key };
}

/** W3C WebDriver's code points for named keys (WebDriver §17.4.2). */
export const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** One WebDriver key value for a key name or a single character. */
export function webdriverKey(name) {
  if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
  if (name === '\n') return WEBDRIVER_KEYS.Enter;
  if (name === '\t') return WEBDRIVER_KEYS.Tab;
  if ([...name].length === 1) return name;
  throw new Error(`unknown key ${name}`);
}
