// SPDX-License-Identifier: BSD-3-Clause
// What a page reports that a W3C WebDriver session cannot see (it has no event stream): uncaught
// errors, unhandled rejections, console messages and the resources fetched. The test static
// server puts this first in every page it serves; the WebKit driver reads and empties it.
(() => {
  if (window.__ecRecorder) return;
  const errors = [];
  const logs = [];
  const requests = [];
  window.__ecRecorder = {
    take: () => ({ errors: errors.splice(0), logs: logs.splice(0), requests: requests.splice(0) }),
  };
  const text = (v) => {
    if (v instanceof Error) return v.message;
    try {
      return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
    } catch {
      return String(v);
    }
  };
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) errors.push(e.error instanceof Error ? e.error.message : e.message);
  });
  // A rejection the page marked handled (preventDefault) is not reported by browsers either;
  // this listener runs first, so it looks once the page's own listeners have run.
  addEventListener('unhandledrejection', (e) => setTimeout(() => e.defaultPrevented || errors.push(text(e.reason))));
  for (const type of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[type];
    console[type] = function (...args) {
      logs.push({ type: type === 'warn' ? 'warning' : type, text: args.map(text).join(' ') });
      return original.apply(this, args);
    };
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) requests.push({ url: e.name, initiator: e.initiatorType });
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // No resource timing: requests are not reported.
  }
})();
