// SPDX-License-Identifier: BSD-3-Clause
/**
 * The part of the browser adapter that runs inside the page: finding elements for a locator
 * (CSS that pierces open shadow roots as Playwright's does, text, ARIA role and label) and
 * reading what an action needs (is it there, visible, enabled, on top; where is its centre).
 *
 * Every engine gets the same code, sent with each call as the source of {@link inPage}, so
 * a locator means the same thing in Chromium, Firefox and WebKit whatever their drivers can do.
 */

/**
 * Runs in the page. `chain` is a locator's steps; `op` what to do with the elements found.
 * Self-contained: it is sent as source text, so it may use nothing from this module.
 * @param {Array<Record<string, unknown>>} chain
 * @param {{ op: string, [k: string]: unknown }} request
 */
export function inPage(chain, request) {
  /** Children in the order a reader meets them: a shadow root's first, then the light ones. */
  function kids(node) {
    const out = [];
    if (node.shadowRoot) out.push(...node.shadowRoot.children);
    out.push(...(node.children || []));
    return out;
  }
  /** Every element under `root` (not `root` itself), through open shadow roots. */
  function deep(root) {
    const out = [];
    const walk = (n) => {
      for (const c of kids(n)) {
        out.push(c);
        walk(c);
      }
    };
    walk(root);
    return out;
  }
  /** The element's parent, stepping out of a shadow root to its host. */
  function up(el) {
    if (el.parentElement) return el.parentElement;
    const root = el.parentNode;
    return root && root.host ? root.host : null;
  }
  function within(el, root) {
    for (let e = up(el); e; e = up(e)) if (e === root) return true;
    return root.nodeType === 9; // the document holds everything
  }
  /** Split a selector into compounds and descendant/child combinators, outside (), [] and quotes. */
  function tokens(selector) {
    const out = [];
    let cur = '';
    let depth = 0;
    let quote = '';
    for (const ch of selector.trim()) {
      if (quote) {
        cur += ch;
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") {
        quote = ch;
        cur += ch;
      } else if (ch === '(' || ch === '[') {
        depth++;
        cur += ch;
      } else if (ch === ')' || ch === ']') {
        depth--;
        cur += ch;
      } else if (depth === 0 && (ch === ' ' || ch === '>')) {
        if (cur) out.push(cur);
        cur = '';
        if (ch === '>') out.push('>');
      } else cur += ch;
    }
    if (cur) out.push(cur);
    return out;
  }
  /** `el` matches `parts` (compounds and '>'), its ancestors found across shadow boundaries, below `root`. */
  function matchesFrom(el, parts, i, root) {
    if (!el.matches(parts[i])) return false;
    if (i === 0) return true;
    if (parts[i - 1] === '>') {
      const p = up(el);
      return !!p && p !== root && matchesFrom(p, parts, i - 2, root);
    }
    for (let a = up(el); a && a !== root; a = up(a)) if (matchesFrom(a, parts, i - 1, root)) return true;
    return false;
  }
  function css(root, selector) {
    if (selector.startsWith('text=')) return text(root, selector.slice(5), false);
    const groups = [];
    let cur = '';
    let depth = 0;
    for (const ch of selector) {
      if (ch === '(' || ch === '[') depth++;
      if (ch === ')' || ch === ']') depth--;
      if (ch === ',' && depth === 0) {
        groups.push(cur);
        cur = '';
      } else cur += ch;
    }
    groups.push(cur);
    const all = deep(root);
    return all.filter((el) =>
      groups.some((g) => {
        const parts = tokens(g);
        return parts.length && matchesFrom(el, parts, parts.length - 1, root);
      }),
    );
  }
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  /** The text a reader sees in an element, a shadow host's own rendering included. */
  function textOf(el) {
    if (el.shadowRoot) return [...el.shadowRoot.childNodes].map((n) => (n.nodeType === 1 ? textOf(n) : n.nodeType === 3 ? n.data : '')).join('');
    if (/^(SCRIPT|STYLE|TEMPLATE)$/.test(el.tagName)) return '';
    return [...el.childNodes].map((n) => (n.nodeType === 1 ? textOf(n) : n.nodeType === 3 ? n.data : '')).join('');
  }
  function textMatches(s, wanted, exact) {
    const t = norm(s);
    return exact ? t === norm(wanted) : t.toLowerCase().includes(norm(wanted).toLowerCase());
  }
  /** The smallest elements whose text matches (none of their children matches on its own). */
  function text(root, wanted, exact) {
    const hits = deep(root).filter((el) => !/^(SCRIPT|STYLE|TEMPLATE|HEAD)$/.test(el.tagName) && textMatches(textOf(el), wanted, exact));
    return hits.filter((el) => !kids(el).some((k) => hits.includes(k)));
  }
  function role(el) {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0];
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    if (tag === 'button' || (tag === 'input' && ['button', 'submit', 'reset', 'image'].includes(type))) return 'button';
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) return 'link';
    if (tag === 'input' && type === 'checkbox') return 'checkbox';
    if (tag === 'input' && type === 'radio') return 'radio';
    if (tag === 'input' && type === 'range') return 'slider';
    if (tag === 'input' && ['text', 'email', 'search', 'tel', 'url'].includes(type)) return 'textbox';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return el.multiple ? 'listbox' : 'combobox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'img' && el.getAttribute('alt') !== '') return 'img';
    if (tag === 'progress') return 'progressbar';
    if (tag === 'summary') return 'button';
    return '';
  }
  function byIds(el, attr) {
    const ids = (el.getAttribute(attr) || '').split(/\s+/).filter(Boolean);
    const scope = el.getRootNode();
    return ids.map((id) => scope.getElementById?.(id) || document.getElementById(id)).filter(Boolean);
  }
  function labelText(el) {
    const by = byIds(el, 'aria-labelledby');
    if (by.length) return by.map(textOf).join(' ');
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    const labels = el.labels ? [...el.labels] : [];
    if (labels.length) return labels.map(textOf).join(' ');
    return '';
  }
  function accessibleName(el) {
    const label = labelText(el);
    if (label) return label;
    const tag = el.tagName.toLowerCase();
    if (tag === 'img') return el.getAttribute('alt') || el.getAttribute('title') || '';
    if (tag === 'input' && ['button', 'submit', 'reset'].includes(el.type)) return el.value || '';
    const own = textOf(el);
    if (['button', 'link', 'heading', 'checkbox', 'radio'].includes(role(el)) || tag === 'summary') return own || el.getAttribute('title') || '';
    return el.getAttribute('title') || '';
  }
  function visible(el) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  }
  function hidden(el) {
    for (let e = el; e; e = up(e)) {
      if (e.hidden || e.getAttribute?.('aria-hidden') === 'true') return true;
      const s = getComputedStyle(e);
      if (s.display === 'none') return true;
    }
    return getComputedStyle(el).visibility === 'hidden';
  }
  function resolve() {
    let found = [document];
    for (const step of chain) {
      if (step.kind === 'hasText') {
        found = found.filter((el) => el !== document && textMatches(textOf(el), step.text, false));
        continue;
      }
      if (step.kind === 'nth') {
        const i = step.index < 0 ? found.length + step.index : step.index;
        found = found[i] ? [found[i]] : [];
        continue;
      }
      const next = [];
      for (const root of found) {
        let hits;
        if (step.kind === 'css') hits = css(root, step.selector);
        else if (step.kind === 'text') hits = text(root, step.text, step.exact);
        else if (step.kind === 'role')
          hits = deep(root).filter(
            (el) => role(el) === step.role && !hidden(el) && (step.name === undefined || textMatches(accessibleName(el), step.name, step.exact)),
          );
        else if (step.kind === 'label') hits = deep(root).filter((el) => textMatches(labelText(el), step.text, step.exact));
        else throw new Error(`unknown locator step ${step.kind}`);
        for (const h of hits) if (!next.includes(h) && (root === document || within(h, root))) next.push(h);
      }
      found = next;
    }
    return found.filter((x) => x !== document);
  }
  /** The element on top at (x, y), looking into shadow roots. */
  function hit(x, y) {
    let e = document.elementFromPoint(x, y);
    while (e && e.shadowRoot) {
      const inner = e.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === e) break;
      e = inner;
    }
    return e;
  }
  function describe(el) {
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`;
  }

  const els = resolve();
  const one = () => {
    if (els.length > 1 && request.strict !== false) {
      return { error: `strict mode: the locator matches ${els.length} elements (${els.slice(0, 3).map(describe).join(', ')})` };
    }
    return els.length ? { el: els[0] } : { wait: 'no element matches yet' };
  };
  switch (request.op) {
    case 'count':
      return els.length;
    case 'state': {
      const s = request.state || 'visible';
      if (s === 'attached') return els.length > 0;
      if (s === 'detached') return els.length === 0;
      if (s === 'visible') return els.length > 0 && visible(els[0]);
      return els.length === 0 || !visible(els[0]); // hidden
    }
    case 'isVisible':
      return els.length > 0 && visible(els[0]);
    case 'read': {
      const r = one();
      if (!r.el) return r;
      const el = r.el;
      const what = request.what;
      if (what === 'innerText') return { value: el.innerText };
      if (what === 'textContent') return { value: el.textContent };
      if (what === 'inputValue') return { value: el.value };
      if (what === 'attribute') return { value: el.getAttribute(request.name) };
      if (what === 'checked') return { value: !!el.checked };
      if (what === 'disabled') return { value: !!el.disabled || el.getAttribute('aria-disabled') === 'true' };
      if (what === 'box') {
        const b = el.getBoundingClientRect();
        return { value: { x: b.x, y: b.y, width: b.width, height: b.height } };
      }
      return { error: `unknown read ${what}` };
    }
    case 'element':
      // For locator.evaluate(): the caller's function gets the element in the same expression
      // (no `new Function` here: pages under a CSP without 'unsafe-eval' must work too).
      return one();
    case 'focus': {
      const r = one();
      if (!r.el) return r;
      r.el.focus();
      return { value: true };
    }
    case 'fill': {
      const r = one();
      if (!r.el) return r;
      const el = r.el;
      if (!visible(el)) return { wait: 'the element is not visible' };
      if (el.disabled || el.readOnly) return { wait: 'the element is disabled or read-only' };
      el.focus();
      if (el.isContentEditable) {
        document.execCommand('selectAll');
        document.execCommand('insertText', false, request.value);
      } else {
        const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, request.value);
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return { value: true };
    }
    case 'point': {
      // Where to click: the element's centre, once it is there, visible, enabled, still (the
      // same box two frames apart, as Playwright waits for) and on top.
      const r = one();
      if (!r.el) return r;
      const el = r.el;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = () => {
        const b = el.getBoundingClientRect();
        return [b.x, b.y, b.width, b.height];
      };
      const first = box();
      // Two frames, or 100 ms where a hidden page draws none.
      const frames = new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return Promise.race([frames, new Promise((resolve) => setTimeout(resolve, 100))]).then(() => {
        const [x0, y0, w, h] = box();
        if (!request.force) {
          if ([x0, y0, w, h].some((v, i) => Math.abs(v - first[i]) > 0.5)) return { wait: 'the element is moving' };
          if (!visible(el)) return { wait: 'the element is not visible' };
          if (el.disabled) return { wait: 'the element is disabled' };
        }
        const x = x0 + w / 2;
        const y = y0 + h / 2;
        if (!request.force) {
          const top = hit(x, y);
          let covered = true;
          for (let e = top; e; e = up(e)) if (e === el) covered = false;
          if (covered) return { wait: `${describe(el)} is covered by ${top ? describe(top) : 'nothing'}` };
        }
        return { value: { x, y } };
      });
    }
    default:
      return { error: `unknown op ${request.op}` };
  }
}
