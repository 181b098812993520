// SPDX-License-Identifier: BSD-3-Clause
/**
 * Sanitising of HTML, SVG and Markdown output with DOMPurify. Outputs are hostile until
 * proven otherwise: a student's code, or a page author's, can print any HTML.
 *
 * What survives: markup, inline styles, `<style>` (each rich output lives in a shadow root
 * of its own, so a style cannot reach the page or the cell's controls), images (also
 * remote), links (opened in a new tab without an opener).
 * What never does: scripts, event handlers, `javascript:` URLs, forms, frames, `<base>`,
 * `<meta>`, `<link>`.
 *
 * @packageDocumentation
 */
import DOMPurify from 'dompurify';

const purify = DOMPurify(window);

purify.addHook('afterSanitizeAttributes', (node) => {
  // Links leave the page in a new tab and cannot reach back through window.opener.
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

const FORBID_TAGS = ['form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link', 'iframe', 'frame', 'object', 'embed'];

/** A sanitised fragment of `html`. `removedSomething` tells whether DOMPurify took anything out. */
export function sanitizeHtml(html: string): { fragment: DocumentFragment; removedSomething: boolean } {
  const fragment = purify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS,
    ADD_ATTR: ['target'],
    // KaTeX's MathML carries its TeX source in <annotation>, which browsers do not draw but
    // DOMPurify would unwrap into visible text: drop it with its content.
    ADD_FORBID_CONTENTS: ['annotation', 'annotation-xml'],
    // Keep `<style>` and the math elements KaTeX makes; leave SVG and MathML on (default profiles).
    FORCE_BODY: true,
  });
  return { fragment, removedSomething: purify.removed.length > 0 };
}

/** A sanitised SVG document as a fragment (the SVG profile: no HTML inside foreignObject). */
export function sanitizeSvg(svg: string): DocumentFragment {
  return purify.sanitize(svg, {
    RETURN_DOM_FRAGMENT: true,
    USE_PROFILES: { svg: true, svgFilters: true },
  });
}
