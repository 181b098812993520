// SPDX-License-Identifier: BSD-3-Clause
/**
 * The shortcode filter: `rewrite()` for HTML strings, `upgradeShortcodes()` for a live DOM,
 * `readCode()` for the element (how it reads its code back from its text).
 *
 * @packageDocumentation
 */
export { rewrite, type RewriteOptions } from './rewrite.js';
export { upgradeShortcodes } from './dom.js';
export { readCode } from './code.js';
export { STYLE as FILTER_STYLE } from './render.js';
