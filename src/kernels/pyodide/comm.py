# SPDX-License-Identifier: BSD-3-Clause
"""Jupyter comms for exec-cell's in-browser Python: what ipykernel's CommManager does, over the
worker's messages instead of ZeroMQ.

Installed (:func:`install`) once the ``comm`` wheel is in, before the reader's code imports
ipywidgets: ``comm.create_comm`` and ``comm.get_comm_manager`` then give comms whose messages
go to the page's widget manager (``_exec_cell_host.comm_send``), and the page's messages come
back through :func:`deliver`, between runs too (a slider dragged after the run ended calls
its ``observe`` callbacks then).

Each message the page sends is the "parent" of what Python prints and displays while it is
handled, as in a kernel: the Output widget captures by that id (``kernel.get_parent()``), and
the page shows the rest in the cell of the widget.
"""

import datetime
import json
import sys

import comm as comm_module
from comm.base_comm import BaseComm, CommManager
from _exec_cell_host import comm_send, parent_id
from pyodide.ffi import to_js


def _default(value):
    # ipykernel's json_default: dates as ISO text, bytes as text; anything else by its repr.
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    return repr(value)


class Kernel:
    """The little of ipykernel's kernel the Output widget asks for (``comm.kernel``)."""

    def get_parent(self):
        return {"header": {"msg_id": str(parent_id())}}


kernel = Kernel()


class Comm(BaseComm):
    kernel = kernel

    def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
        # What was printed before this message reaches the page before it.
        sys.stdout.flush()
        sys.stderr.flush()
        content = dict(keys, data=data if data is not None else {}, comm_id=self.comm_id)
        message = {"msg_type": msg_type, "content": content, "metadata": metadata or {}}
        comm_send(json.dumps(message, default=_default), to_js([bytes(b) for b in (buffers or [])]))


manager = CommManager()


def _create_comm(*args, **kwargs):
    return Comm(*args, **kwargs)


def _get_comm_manager():
    return manager


def install():
    comm_module.create_comm = _create_comm
    comm_module.get_comm_manager = _get_comm_manager


def deliver(msg_id, msg_type, content, metadata, buffers):
    """A comm message from the page (``comm_open``, ``comm_msg`` or ``comm_close``)."""
    msg = {
        "header": {"msg_id": msg_id, "msg_type": msg_type},
        "parent_header": {},
        "metadata": json.loads(metadata),
        "content": json.loads(content),
        "buffers": [memoryview(b.to_bytes()) for b in buffers],
    }
    try:
        getattr(manager, msg_type)(None, None, msg)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
