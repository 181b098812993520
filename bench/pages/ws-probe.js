// SPDX-License-Identifier: BSD-3-Clause
/**
 * Loaded first on every benchmark page: timestamps when a page's WebSocket sends an
 * execute_request and when the first output for it arrives, so the report can split a
 * round trip into the server's part (send → receive, the same for every client) and the
 * client's own (everything else). Works for both Jupyter wire formats (JSON text and the
 * v1 binary protocol).
 */
(() => {
  const probe = (window.wsProbe = { sends: [], recvs: [] });
  const decoder = new TextDecoder();
  const text = (d) => (typeof d === 'string' ? d : d instanceof ArrayBuffer ? decoder.decode(d) : '');
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (text(data).includes('"execute_request"')) probe.sends.push(performance.now());
    return send.call(this, data);
  };
  const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
  Object.defineProperty(WebSocket.prototype, 'onmessage', {
    configurable: true,
    get() {
      return onmessage.get.call(this);
    },
    set(fn) {
      onmessage.set.call(this, (e) => {
        if (/"(stream|execute_result)"/.test(text(e.data).slice(0, 400))) probe.recvs.push(performance.now());
        return fn(e);
      });
    },
  });
})();

// Long main-thread tasks (over 50 ms), for the stream and page-load measures.
window.longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // no Long Tasks API: the report says so
}
