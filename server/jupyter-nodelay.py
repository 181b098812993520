# SPDX-License-Identifier: BSD-3-Clause
"""
Jupyter server config: turn off Nagle's algorithm on the kernels' WebSockets.

A Jupyter server leaves Nagle on for them (Tornado's default). When small messages go back and
forth, as they do while a reader drags a widget's slider, a reply written just after another
waits for the reader's delayed ACK, about 40 ms on Linux. Measured with bench/widgets.mjs:
drag → the kernel's callback → the page updated, median 52 ms as shipped, 18 ms with this file;
a raw WebSocket client 48 ms and 4 ms.

Use: `jupyter server --config=jupyter-nodelay.py`, or paste these lines into
jupyter_server_config.py (for JupyterHub, the single-user servers' config).
"""
try:  # jupyter-server 2.x
    from jupyter_server.services.kernels.websocket import KernelWebsocketHandler as _Handler
except ImportError:  # jupyter-server 1.x
    from jupyter_server.services.kernels.handlers import ZMQChannelsHandler as _Handler

_open = _Handler.open


def _open_without_nagle(self, *args, **kwargs):
    # Tornado's documented switch, once the WebSocket is open. Not earlier: Tornado turns
    # Nagle back on when the HTTP request that opened the socket is finished.
    self.set_nodelay(True)
    return _open(self, *args, **kwargs)


_Handler.open = _open_without_nagle
