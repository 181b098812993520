# SPDX-License-Identifier: BSD-3-Clause
"""IPython.display for exec-cell's in-browser Python.

Pyodide has no IPython kernel, so this module gives the reader's code the names IPython users
write (``from IPython.display import display, HTML``) and turns objects into Jupyter mime
bundles the way IPython's formatters do (NOTES §7): ``_repr_mimebundle_`` first, then the
``_repr_*_`` methods, and always ``text/plain``.

It knows nothing of the worker: the runner gives it a ``send`` function (one output message,
a dict that is JSON-serialisable) with :func:`set_sender`. Registered as ``IPython``,
``IPython.display`` and ``IPython.core.display`` in ``sys.modules`` by :func:`install`.
"""

import base64
import builtins
import json
import sys
import types

# html and uuid are imported where they are used: every import here delays Python's start.

__all__ = [
    "display",
    "update_display",
    "clear_output",
    "DisplayHandle",
    "DisplayObject",
    "HTML",
    "Markdown",
    "Latex",
    "Math",
    "SVG",
    "Image",
    "JSON",
    "Pretty",
    "Javascript",
    "IFrame",
]

_send = None

# Mime types in IPython's formatter order; a method returning None means "not this one".
_REPR_METHODS = (
    ("text/html", "_repr_html_"),
    ("text/markdown", "_repr_markdown_"),
    ("image/svg+xml", "_repr_svg_"),
    ("image/png", "_repr_png_"),
    ("image/jpeg", "_repr_jpeg_"),
    ("text/latex", "_repr_latex_"),
    ("application/json", "_repr_json_"),
    ("application/javascript", "_repr_javascript_"),
)

_BINARY = {"image/png", "image/jpeg", "image/gif"}


def set_sender(send):
    """Where outputs go: a function taking one message dict (the runner posts it to the page)."""
    global _send
    _send = send


_captures = []


class capturing:
    """``with capturing(outputs):`` keeps the displays sent meanwhile in ``outputs`` (``%%capture``)."""

    def __init__(self, outputs):
        self.outputs = outputs

    def __enter__(self):
        _captures.append(self.outputs)

    def __exit__(self, *exc):
        _captures.remove(self.outputs)


def resend(message):
    """Show a display kept by ``%%capture`` (``captured.show()``)."""
    _emit(message)


def _emit(message):
    # Text the code printed before this output must appear before it: flush the streams.
    sys.stdout.flush()
    sys.stderr.flush()
    if _captures:
        _captures[-1].append(message)
        return
    if _send is None:
        raise RuntimeError("display() is not connected to a cell")
    _send(message)


def _encode(mime, value):
    """A mime bundle value as nbformat stores it: base64 text for images, JSON as is."""
    if mime in _BINARY:
        if isinstance(value, (bytes, bytearray, memoryview)):
            return base64.b64encode(bytes(value)).decode("ascii")
        return str(value)  # already base64, as IPython accepts
    if mime == "application/json" or mime.endswith("+json"):
        return value if not isinstance(value, (str, bytes)) else json.loads(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _method(obj, name):
    # A class has these methods too, unbound: IPython skips classes, and so do we.
    if isinstance(obj, type):
        return None
    try:
        method = getattr(obj, name, None)
    except Exception:
        return None
    return method if callable(method) else None


def _warn(obj, name, error):
    sys.stderr.write(f"{name} of {type(obj).__name__} failed: {type(error).__name__}: {error}\n")


def mime_bundle(obj, include=None, exclude=None):
    """``(data, metadata)`` for ``obj``: every representation it offers, plus ``text/plain``."""
    data, metadata = {}, {}
    method = _method(obj, "_repr_mimebundle_")
    if method is not None:
        try:
            result = method(include=include, exclude=exclude)
        except TypeError:
            result = method()
        except Exception as e:
            _warn(obj, "_repr_mimebundle_", e)
            result = None
        if isinstance(result, tuple):
            result, more = result
            metadata.update(more or {})
        for mime, value in (result or {}).items():
            data[mime] = _encode(mime, value)
    for mime, name in _REPR_METHODS:
        if mime in data:
            continue
        method = _method(obj, name)
        if method is None:
            continue
        try:
            value = method()
        except Exception as e:
            _warn(obj, name, e)
            continue
        if isinstance(value, tuple):
            value, more = value
            if more:
                metadata[mime] = more
        if value is not None:
            data[mime] = _encode(mime, value)
    if "text/plain" not in data:
        data["text/plain"] = repr(obj)
    if include:
        data = {k: v for k, v in data.items() if k in include}
    if exclude:
        data = {k: v for k, v in data.items() if k not in exclude}
    return data, metadata


def _new_id(display_id):
    if display_id is True:
        import uuid

        return uuid.uuid4().hex
    return display_id


class DisplayHandle:
    """What ``display(..., display_id=True)`` returns: update the output in place later."""

    def __init__(self, display_id=None):
        self.display_id = _new_id(display_id or True)

    def __repr__(self):
        return f"<DisplayHandle display_id={self.display_id}>"

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False, clear=False, **kwargs):
    """Show objects in the cell's output, as IPython's ``display`` does."""
    if clear:
        clear_output(wait=True)
    display_id = _new_id(display_id)
    if transient and transient.get("display_id"):
        display_id = transient["display_id"]
    for obj in objs:
        data, md = _shown(obj, raw, include, exclude, metadata)
        _emit({"type": "display", "data": data, "metadata": md, "display_id": display_id})
    if display_id:
        return DisplayHandle(display_id)
    return None


def update_display(obj, *, display_id, include=None, exclude=None, metadata=None, raw=False, **kwargs):
    """Replace what is shown under ``display_id``."""
    data, md = _shown(obj, raw, include, exclude, metadata)
    _emit({"type": "update", "data": data, "metadata": md, "display_id": display_id})


def _shown(obj, raw, include, exclude, metadata):
    """The mime bundle and metadata ``display`` and ``update_display`` send for ``obj``
    (with ``raw``, ``obj`` already is the bundle)."""
    if raw:
        return dict(obj), dict(metadata or {})
    data, md = mime_bundle(obj, include, exclude)
    md.update(metadata or {})
    return data, md


def clear_output(wait=False):
    """Clear the cell's output; with ``wait``, when the next output arrives (no flicker)."""
    _emit({"type": "clear", "wait": bool(wait)})


def _read(filename, binary):
    with open(filename, "rb" if binary else "r") as f:
        return f.read()


def _fetch(url, binary):
    # Synchronous XMLHttpRequest, which a worker may use: the code waits like IPython's does.
    from pyodide.http import open_url

    text = open_url(url).getvalue()
    return text.encode("latin-1") if binary else text


class DisplayObject:
    """Something with one representation, from ``data``, a ``filename`` or a ``url``."""

    _binary = False

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if isinstance(data, str) and url is None and filename is None:
            if data.startswith(("http://", "https://")):
                data, url = None, data
        if filename is not None:
            data = _read(filename, self._binary)
        elif url is not None and data is None:
            data = _fetch(url, self._binary)
        self.data = data
        self.url = url
        self.filename = filename
        self.metadata = metadata

    def __repr__(self):
        return f"<IPython.core.display.{type(self).__name__} object>"

    def _data_and_metadata(self):
        return (self.data, self.metadata) if self.metadata else self.data


class HTML(DisplayObject):
    def _repr_html_(self):
        return self._data_and_metadata()


class Markdown(DisplayObject):
    def _repr_markdown_(self):
        return self._data_and_metadata()


class Latex(DisplayObject):
    def _repr_latex_(self):
        return self._data_and_metadata()


class Math(DisplayObject):
    """A formula without delimiters, shown as display maths (as IPython does)."""

    def _repr_latex_(self):
        s = str(self.data).strip("$")
        return f"$\\displaystyle {s}$"


class SVG(DisplayObject):
    def _repr_svg_(self):
        data = self.data.decode("utf-8") if isinstance(self.data, bytes) else self.data
        return data


class Pretty(DisplayObject):
    def _repr_pretty_(self, p, cycle):  # pragma: no cover (IPython's API, for completeness)
        return p.text(str(self.data))

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": str(self.data)}


class Javascript(DisplayObject):
    """Kept so imports work; pages never run it (the output shows as text)."""

    def _repr_javascript_(self):
        return self.data


class JSON(DisplayObject):
    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root="root", **kwargs):
        super().__init__(data, url, filename, metadata)
        if isinstance(self.data, str):
            self.data = json.loads(self.data)
        self.expanded = expanded
        self.root = root

    def _repr_json_(self):
        return self.data, {"expanded": self.expanded, "root": self.root}


class IFrame:
    def __init__(self, src, width, height, extras=None, **kwargs):
        self.src, self.width, self.height = src, width, height

    def _repr_html_(self):
        import html

        attrs = {"width": self.width, "height": self.height, "src": self.src}
        return "<iframe" + "".join(f' {k}="{html.escape(str(v))}"' for k, v in attrs.items()) + ' frameborder="0" allowfullscreen></iframe>'


_IMAGE_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif"}


def _image_format(data):
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:2] == b"\xff\xd8":
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    return None


class Image(DisplayObject):
    """A PNG, JPEG or GIF image from bytes, a file or a URL (a URL is linked, not embedded)."""

    _binary = True

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None, width=None, height=None, retina=False, unconfined=False, metadata=None, alt=None):
        if isinstance(data, str) and url is None and filename is None:
            if data.startswith(("http://", "https://")):
                data, url = None, data
            else:
                data, filename = None, data
        self.embed = embed if embed is not None else url is None
        if self.embed:
            super().__init__(data, url, filename, metadata)
        else:
            self.data, self.url, self.filename, self.metadata = None, url, None, metadata
        if format is None:
            if isinstance(self.data, (bytes, bytearray)):
                format = _image_format(bytes(self.data))
            elif filename:
                format = filename.rsplit(".", 1)[-1].lower()
        self.format = (format or "png").lower()
        if self.format not in _IMAGE_TYPES:
            raise ValueError(f"Cannot embed the {self.format!r} image format: use PNG, JPEG or GIF")
        self.width, self.height, self.alt = width, height, alt

    def _size(self):
        md = {}
        if self.width:
            md["width"] = self.width
        if self.height:
            md["height"] = self.height
        if self.alt:
            md["alt"] = self.alt
        return md

    def _repr_mimebundle_(self, include=None, exclude=None):
        if not self.embed:
            import html

            attrs = {"src": self.url, **self._size()}
            return {"text/html": "<img" + "".join(f' {k}="{html.escape(str(v))}"' for k, v in attrs.items()) + ">"}, {}
        mime = _IMAGE_TYPES[self.format]
        md = {mime: {**self._size(), **(self.metadata or {})}} if (self._size() or self.metadata) else {}
        return {mime: bytes(self.data)}, md


class _DisplayFormatter:
    def format(self, obj, include=None, exclude=None):
        return mime_bundle(obj, include, exclude)


class InteractiveShell:
    """Only what ipywidgets asks of IPython's shell: ``InteractiveShell.instance().display_formatter``.
    There is no shell (``get_ipython()`` is None), as in a plain Python."""

    _instance = None
    display_formatter = _DisplayFormatter()

    @classmethod
    def instance(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance


def install():
    """Make ``import IPython.display`` (and ``IPython.core.display``) give this module."""
    me = sys.modules[__name__]
    ipython = types.ModuleType("IPython", "exec-cell's stand-in for IPython: only IPython.display.")
    ipython.__path__ = []
    ipython.display = me
    ipython.get_ipython = lambda: None
    core = types.ModuleType("IPython.core")
    core.__path__ = []
    core.display = me
    ipython.core = core
    # ipywidgets' Output widget imports InteractiveShell (its append_display_data formats with it).
    shell = types.ModuleType("IPython.core.interactiveshell")
    shell.InteractiveShell = InteractiveShell
    core.interactiveshell = shell
    sys.modules.update(
        {"IPython": ipython, "IPython.display": me, "IPython.core": core, "IPython.core.display": me, "IPython.core.interactiveshell": shell}
    )
    builtins.display = display
