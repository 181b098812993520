// SPDX-License-Identifier: BSD-3-Clause
/**
 * A SageCell server's terms of service: shown in the cell with Accept and Decline buttons,
 * and, once accepted, remembered per server in localStorage, as the embed remembers them
 * (its `js/cell.js`; the embed keeps one flag for every server, we keep one per server).
 *
 * @packageDocumentation
 */
import { CellError } from '../types.js';
import { msg } from '../../i18n/ref.js';
import './catalogue.js'; // this backend's messages, in every language

const KEY_PREFIX = 'exec-cell:sagecell-terms:';

/** Acceptances this page made, for browsers whose storage is off or full. */
const acceptedHere = new Set<string>();

export function termsAccepted(root: string): boolean {
  if (acceptedHere.has(root)) return true;
  try {
    return globalThis.localStorage?.getItem(KEY_PREFIX + root) === 'accepted';
  } catch {
    return false;
  }
}

export function acceptTerms(root: string): void {
  acceptedHere.add(root);
  try {
    globalThis.localStorage?.setItem(KEY_PREFIX + root, 'accepted');
  } catch {
    // Storage is off: the acceptance holds for this page only.
  }
}

/** The terms as plain text for the cell's message (the cell shows text, never server HTML). */
export function htmlToText(html: string): string {
  let text: string;
  if (typeof DOMParser === 'function') {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const br of doc.querySelectorAll('br, p, div, li')) br.append(' ');
    text = doc.body.textContent ?? '';
  } else {
    text = html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** What the cell shows when the server wants its terms accepted first. */
export function termsError(root: string, termsHtml: string): CellError {
  return new CellError(
    // The terms are the server's own words, shown as they came.
    msg('sagecellTerms', root, htmlToText(termsHtml)),
    msg('sagecellTermsHint'),
    'terms',
    [
      { label: msg('sagecellAccept'), perform: () => acceptTerms(root), rerun: true },
      {
        label: msg('sagecellDecline'),
        perform: () => {
          throw declinedError(root);
        },
      },
    ],
  );
}

export function declinedError(root: string): CellError {
  return new CellError(msg('sagecellDeclined', root), msg('sagecellDeclinedHint'), 'terms-declined');
}
