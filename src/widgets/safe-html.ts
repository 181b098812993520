// SPDX-License-Identifier: BSD-3-Clause
/**
 * The HTML and HTMLMath widgets draw their `value` as markup. It comes from the kernel, and
 * the kernel runs whatever the reader or the page typed: hostile until proven otherwise,
 * like any HTML output. These views put it through the output sanitiser (DOMPurify, see
 * output/sanitize.ts) instead of assigning it to `innerHTML` as the stock views do.
 *
 * @packageDocumentation
 */
import { HTMLMathView, HTMLView } from '@jupyter-widgets/controls';
import { sanitizeHtml } from '../output/sanitize.js';

function fill(content: HTMLElement, html: unknown): void {
  content.replaceChildren(sanitizeHtml(String(html ?? '')).fragment);
}

/** A description or label that allows HTML, sanitised, as markup text. */
export function sanitizedInline(html: string): string {
  const div = document.createElement('div');
  fill(div, html);
  return div.innerHTML;
}

export class SafeHTMLView extends HTMLView {
  override update(): void {
    fill(this.content, this.model.get('value'));
    // The stock update would set innerHTML again: skip to the description view's own update.
    Object.getPrototypeOf(HTMLView.prototype).update.call(this);
  }
}

export class SafeHTMLMathView extends HTMLMathView {
  override update(): void {
    fill(this.content, this.model.get('value'));
    this.typeset(this.content);
    Object.getPrototypeOf(HTMLMathView.prototype).update.call(this);
  }
}
