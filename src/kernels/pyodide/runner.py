# SPDX-License-Identifier: BSD-3-Clause
"""Runs the reader's code in the worker's Python, the way a Jupyter kernel would.

- Each run is compiled as ``<cell-N>`` with its source in ``linecache``, so tracebacks show the
  reader's lines; frames above the first ``<cell-…>`` frame (this runner, Pyodide's
  ``_base.py``) are cut off (NOTES §9).
- IPython's magics and ``!pip`` are turned into Python first (magics.py), line for line.
- The last expression becomes an ``execute_result`` (``CodeRunner`` with ``last_expr``, a
  trailing ``;`` silences it), shown through the same mime bundles as ``display()``.
- ``input()``, ``getpass()`` and ``sys.stdin.readline()`` ask the page and wait for the answer
  with ``run_sync``: JSPI suspends the WebAssembly stack, so the worker stays free to receive the
  reply (NOTES §6a). ``run`` is async so that it is entered the way ``run_sync`` needs.

- Stop (where the page can interrupt) raises KeyboardInterrupt through SIGINT. The handler
  tells the page it arrived, because Python can take the page's flag and lose the signal: the
  page sends it again until the handler says so.

The host (the worker) is the JS module ``_exec_cell_host``: ``emit(json)`` posts one output
message, ``ask(prompt, password)`` returns a Promise of the reader's answer, ``interrupted()``
tells the page that a KeyboardInterrupt is being raised.
"""

import ast
import builtins
import getpass
import io
import json
import linecache
import signal
import sys
import traceback

import __main__
import _exec_cell_display as display_module
import _exec_cell_magics as magics
from _exec_cell_host import ask, ask_sync, emit, interrupted, package_hint
from pyodide.code import CodeRunner, find_imports
from pyodide.ffi import JsException, can_run_sync, run_sync

count = 0


def send(message):
    emit(json.dumps(message, default=repr))


def flush():
    sys.stdout.flush()
    sys.stderr.flush()


class StdinUnavailable(RuntimeError):
    pass


def ask_reader(prompt, password):
    """What the reader types in the cell (a line, without its newline)."""
    flush()
    if can_run_sync():
        try:
            return run_sync(ask(str(prompt), bool(password)))
        except JsException as e:
            # The page cancels a pending input() when the reader presses Stop.
            if "KeyboardInterrupt" in str(e):
                raise KeyboardInterrupt from None
            raise
    # No JSPI (Safari): the worker blocks on the page's synchronous channel instead.
    try:
        answer = ask_sync(str(prompt), bool(password))
    except JsException as e:
        if "StdinUnavailable" not in str(e):
            raise
        raise StdinUnavailable(
            "input() cannot wait for an answer on this page: the browser has no WebAssembly JavaScript "
            "Promise Integration, and exec-cell's service worker is not available here (it needs https "
            "and a site that serves exec-cell-sw.js). Give the values in the code instead."
        ) from None
    if answer is None:
        raise KeyboardInterrupt
    return answer


def input(prompt=""):
    return ask_reader(prompt, False)


def getpass_(prompt="Password: ", stream=None):
    return ask_reader(prompt, True)


class Stdin(io.TextIOBase):
    """``sys.stdin`` that asks the reader for each line."""

    def readable(self):
        return True

    def readline(self, size=-1):
        return ask_reader("", False) + "\n"

    def read(self, size=-1):
        return self.readline()


def on_interrupt(signum, frame):
    """SIGINT from the page's Stop: say it arrived (else the page sends it again), then raise."""
    # One that lands while the cell's imports are scanned, before its code begins, is left
    # unanswered: the page sends it again, and it stops the cell's code where the reader sees
    # it. Raised here, the run ended as an error in the runner's own traceback.
    f = frame
    while f is not None:
        if f.f_code is missing_imports.__code__:
            return
        f = f.f_back
    interrupted()
    raise KeyboardInterrupt


def install():
    signal.signal(signal.SIGINT, on_interrupt)
    display_module.install()
    display_module.set_sender(send)
    builtins.input = input
    getpass.getpass = getpass_
    sys.stdin = Stdin()
    magics.install(__main__.__dict__)


def missing_imports(source):
    """Top-level modules the code imports that are not importable yet (packages to load)."""
    import importlib.util

    missing = []
    try:
        names = find_imports(magics.transform(source))
    except SyntaxError:
        return []  # the run says what is wrong
    for name in names:
        if "." in name or name in sys.modules:
            continue
        try:
            if importlib.util.find_spec(name) is None:
                missing.append(name)
        except (ImportError, ValueError):
            missing.append(name)
    return missing


def user_traceback(e):
    """The traceback text from the reader's first frame down (library frames below it stay)."""
    tb = e.__traceback__
    while tb is not None and not tb.tb_frame.f_code.co_filename.startswith("<cell-"):
        tb = tb.tb_next
    if tb is None and not isinstance(e, SyntaxError):
        tb = e.__traceback__  # not the reader's code failing: show everything
    drop_runner_frames(tb)
    try:
        # Coloured like an IPython kernel's tracebacks (the cell renders ANSI colours).
        lines = traceback.format_exception(type(e), e, tb, colorize=True)
    except TypeError:  # a Python without the colorize keyword
        lines = traceback.format_exception(type(e), e, tb)
    return "".join(lines)


def drop_runner_frames(tb):
    """Frames of this runner below the reader's code (Stop's on_interrupt, input()'s wait) are
    how the error was delivered, not where it happened: the traceback ends above them."""
    last_outside = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename != __file__:
            last_outside = tb
        tb = tb.tb_next
    if last_outside is not None:
        last_outside.tb_next = None


def explain_missing_module(e):
    """A ModuleNotFoundError for a Pyodide package: say how this page could get it."""
    name = (e.name or "").split(".")[0]
    try:
        from _pyodide._importhook import REPODATA_PACKAGES_IMPORT_TO_PACKAGE_NAME as packages
    except ImportError:  # Pyodide moved it: fall back to the note it added
        packages = {}
    package = packages.get(name) or ("" if "Pyodide distribution" not in str(getattr(e, "__notes__", "")) else name)
    hint = package_hint(name, package) if package else ""
    if not hint:
        return
    # Pyodide's own note suggests micropip, which cannot work offline: replace it.
    notes = getattr(e, "__notes__", None)
    if notes:
        notes[:] = [n for n in notes if "Pyodide distribution" not in n and "micropip" not in n]
    e.add_note(str(hint))


async def run(source):
    """Run one cell; returns JSON: status, execution_count, and ename on error."""
    global count
    count += 1
    n = count
    filename = f"<cell-{n}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    magics.filename = filename
    try:
        # IPython's syntax (%magics, !pip) becomes calls of magics.py, line for line.
        # Top-level await, as in a notebook (and the magics' calls need it).
        runner = CodeRunner(
            magics.transform(source),
            filename=filename,
            return_mode="last_expr",
            quiet_trailing_semicolon=True,
            dedent=False,
            flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
        )
        runner.compile()
        value = await runner.run_async(__main__.__dict__)
        flush()
        if value is not None:
            __main__.__dict__["_"] = value
            data, metadata = display_module.mime_bundle(value)
            send({"type": "result", "data": data, "metadata": metadata, "execution_count": n})
        return json.dumps({"status": "ok", "execution_count": n})
    except BaseException as e:  # KeyboardInterrupt and SystemExit too: the cell shows them
        try:
            flush()
        except BaseException:
            pass
        if isinstance(e, ModuleNotFoundError):
            explain_missing_module(e)
        text = user_traceback(e)
        send({"type": "error", "ename": type(e).__name__, "evalue": str(e), "traceback": text.rstrip("\n").split("\n")})
        memory = isinstance(e, MemoryError) or any(isinstance(c, MemoryError) for c in _chain(e))
        return json.dumps({"status": "error", "execution_count": n, "ename": type(e).__name__, "memory": memory})


def _chain(e):
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        yield e
        e = e.__cause__ or e.__context__
