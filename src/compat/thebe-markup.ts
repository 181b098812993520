// SPDX-License-Identifier: BSD-3-Clause
/**
 * What tells the script tag that a page was written for Thebe or ThebeLab, so it loads the
 * Thebe compatibility module (src/compat/thebe.ts) only on such pages: a Thebe config block,
 * or an element matching Thebe's default selector `[data-executable]` (any element, as Thebe
 * reads it; not the `<pre>` a cell keeps its own code in).
 *
 * @packageDocumentation
 */

/** Thebe's default cell selector, with what is already a cell left out. */
export const THEBE_DEFAULT_CELLS = '[data-executable]:not(exec-cell):not(exec-cell *)';

/** Anything on a page that means Thebe markup may be there. */
export const THEBE_MARKERS = `script[type="text/x-thebe-config"], ${THEBE_DEFAULT_CELLS}`;
