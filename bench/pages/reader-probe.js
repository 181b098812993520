// SPDX-License-Identifier: BSD-3-Clause
/**
 * Loaded first on a bench/reader.mjs page: times what the reader sees, the same way for every
 * peer, from outside the peer's code.
 *
 * - One MutationObserver watches the document and every shadow root made after this script
 *   (attachShadow is wrapped, open or closed), so text drawn inside a component counts the
 *   moment it is in the DOM, as for a plain `<pre>`.
 * - `readerProbe.arm({ first, last, fromClick })` starts a measure: t0 is the reader's next
 *   click on the page (or navigation, without `fromClick`); `first` is the moment a line
 *   matching the pattern `first` is added (any line of the output: a long stream may be shown
 *   by its tail, so its line 0 is not always drawn), t1 the moment a line equal to `last` is,
 *   t2 the animation frame after t1 (the next chance to paint it).
 * - Between t0 and t2: the longest gap between animation frames (what the reader sees as a
 *   frozen page, in every engine) and the longest task of the Long Tasks API where the engine
 *   has it (Chromium), so both ways of measuring are reported.
 */
(() => {
  let armed = null;
  const now = () => performance.now();
  const lineRe = (line) => new RegExp(`(^|\\n)${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\n|$)`);

  function seen(text) {
    const m = armed;
    if (!m || m.t0 === null || m.t1 !== null) return;
    if (m.first !== null && m.firstAt === null && m.firstRe.test(text.slice(0, 256))) m.firstAt = now();
    if (m.lastRe.test(text.slice(-256))) {
      m.t1 = now();
      if (m.firstAt === null) m.firstAt = m.t1;
      requestAnimationFrame(() => {
        m.t2 = now();
        // Long tasks still running when the text showed end later: give them a moment.
        setTimeout(() => (m.done = true), 300);
      });
    }
  }

  const observer = new MutationObserver((records) => {
    if (!armed || armed.t1 !== null) return;
    for (const r of records) {
      if (r.type === 'characterData') seen(r.target.data);
      else
        for (const node of r.addedNodes) {
          // A line split across two text nodes still counts: take the end of the one before.
          const before = node.previousSibling?.nodeType === Node.TEXT_NODE ? node.previousSibling.data.slice(-32) : '';
          seen(before + (node.nodeType === Node.TEXT_NODE ? node.data : node.textContent ?? ''));
        }
    }
  });
  const watch = (root) => observer.observe(root, { childList: true, subtree: true, characterData: true });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };

  const longTasks = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  }

  addEventListener(
    'click',
    () => {
      if (armed && armed.fromClick && armed.t0 === null) {
        armed.t0 = now();
        frames(armed);
      }
    },
    true,
  );

  /** Follows animation frames from t0 until the measure is done: the longest gap between two. */
  function frames(m) {
    let last = now();
    const tick = () => {
      const t = now();
      m.frameGap = Math.max(m.frameGap, t - last);
      last = t;
      if (!m.done) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  window.readerProbe = {
    arm({ first = null, last, fromClick = true }) {
      armed = { first, firstRe: first === null ? null : new RegExp(first, 'm'), lastRe: lineRe(last), fromClick, t0: fromClick ? null : 0, firstAt: null, t1: null, t2: null, frameGap: 0, done: false };
      if (!fromClick) frames(armed);
    },
    /** Where the armed measure is (for a bench's error message). */
    state() {
      const { firstRe, lastRe, ...rest } = armed ?? {};
      return { ...rest, visibility: document.visibilityState };
    },
    /** The armed measure once done (ms since t0), else null. */
    result() {
      const m = armed;
      if (!m || !m.done) return null;
      const during = longTasks.filter((t) => t.startTime + t.duration >= m.t0 && t.startTime <= m.t2);
      return {
        first: m.firstAt - m.t0,
        t1: m.t1 - m.t0,
        t2: m.t2 - m.t0,
        frameGap: m.frameGap,
        longestTask: PerformanceObserver.supportedEntryTypes?.includes('longtask') ? Math.max(0, ...during.map((t) => t.duration)) : null,
        at: { t0: m.t0, t1: m.t1 },
      };
    },
  };
})();
