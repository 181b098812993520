# SPDX-License-Identifier: BSD-3-Clause
"""IPython's syntax on the browser's Python: the magics notebook pages routinely contain.

IPython itself is not in Pyodide's standard library, so this is a small transform of its own,
in IPython's spirit (``IPython.core.inputtransformer2``): a line magic (``%name args``, at any
indentation) or a shell line (``!cmd``) becomes one call of this module on the same line, so
line numbers stay the reader's; a cell magic (``%%name`` on the first line) becomes one call
that gets the cell's body. What the browser cannot do is said by name, never a bare SyntaxError.

- ``%matplotlib …``: nothing to do (figures are shown as images already).
- ``%time``/``%%time``, ``%timeit``/``%%timeit``: as IPython prints them.
- ``%pip install …``, ``!pip install …``: micropip; offline or unknown, the error says which.
- ``%%html``, ``%%markdown``, ``%%latex``, ``%%svg``: shown as such; ``%%javascript``/``%%js``:
  shown as its text (exec-cell runs no script from an output).
- ``%%capture [name]``: runs the body with its output kept (in ``name``), not shown.
- ``%%writefile [-a] path``: writes (or appends) the body to a file.
- Anything else: ``UsageError`` naming the magic and what is there.
"""

import ast
import re
import sys
import time as _time
import timeit as _timeit

LINE_MAGICS = ("matplotlib", "time", "timeit", "pip")
CELL_MAGICS = ("html", "markdown", "latex", "svg", "javascript", "js", "capture", "time", "timeit", "writefile")

_LINE = re.compile(r"^([ \t]*)(%{1,2}|!)([A-Za-z_][\w.]*)?(.*)$")


class UsageError(Exception):
    """A magic this Python cannot run (IPython's name for the error)."""


def _available():
    return "line magics %" + ", %".join(LINE_MAGICS) + "; cell magics %%" + ", %%".join(CELL_MAGICS)


def _is_python(line):
    """Whether a line that starts like a magic is Python after all (``%`` or ``!`` as an operator
    in a continuation line is impossible at the start of a logical line, so only `!=` style
    leftovers need a check)."""
    try:
        ast.parse(line.strip())
        return True
    except SyntaxError:
        return False


def transform(source):
    """The cell's code with its magics turned into calls; plain Python comes back unchanged."""
    lines = source.split("\n")
    # A cell magic: its first non-blank line.
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if line.lstrip().startswith("%%"):
            m = re.match(r"^\s*%%([A-Za-z_]\w*)\s*(.*)$", line)
            name, args = (m.group(1), m.group(2)) if m else ("", line.strip()[2:])
            body = "\n" * (i + 1) + "\n".join(lines[i + 1:])  # body lines keep their numbers
            return "\n" * i + f"await __exec_cell_magics__.cell({name!r}, {args!r}, {body!r}, globals())"
        break
    if "%" not in source and "!" not in source:
        return source
    out = []
    continued = False
    for line in lines:
        m = _LINE.match(line)
        if m and not continued and m.group(2) and line.strip() and not _is_python(line):
            indent, kind, name, args = m.group(1), m.group(2), m.group(3) or "", m.group(4).strip()
            if kind == "!":
                out.append(f"{indent}await __exec_cell_magics__.shell({(name + ' ' + args).strip()!r})")
            else:
                out.append(f"{indent}(await __exec_cell_magics__.line({name!r}, {args!r}, globals()))")
        else:
            out.append(line)
        stripped = line.rstrip()
        continued = stripped.endswith("\\")
    return "\n".join(out)


def install(namespace):
    """Make the transform's calls work in ``namespace`` (the reader's ``__main__``)."""
    namespace["__exec_cell_magics__"] = sys.modules[__name__]


#: The running cell's file name (the runner sets it): a magic's body runs under it, its lines
#: numbered as in the cell, so a traceback shows the reader's lines.
filename = "<cell>"


async def _run(code, namespace, want_value=False):
    """Run ``code`` (magics in it too) as a cell would; returns the last expression's value."""
    from pyodide.code import CodeRunner

    runner = CodeRunner(transform(code), filename=filename, return_mode="last_expr" if want_value else "none", quiet_trailing_semicolon=True, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    runner.compile()
    return await runner.run_async(namespace)


def _fmt(seconds):
    for unit, scale in (("s", 1), ("ms", 1e3), ("µs", 1e6), ("ns", 1e9)):
        if seconds * scale >= 1:
            return f"{seconds * scale:.4g} {unit}"  # .4g: 999.6 stays 999.6, not 1e+03
    return f"{seconds * 1e9:.4g} ns"


async def line(name, args, namespace):
    if name == "matplotlib":
        return None  # figures show as images without it
    if name == "time":
        return await _time_code(args, namespace, want_value=True)
    if name == "timeit":
        return _timeit_code(args, namespace)
    if name == "pip":
        return await _pip(args)
    raise UsageError(f"Line magic %{name} is not available in the browser's Python (exec-cell has {_available()}).")


async def cell(name, args, body, namespace):
    from IPython.display import HTML, SVG, Latex, Markdown, display

    text = body.strip("\n")
    if name == "html":
        display(HTML(text))
    elif name == "markdown":
        display(Markdown(text))
    elif name == "latex":
        display(Latex(text))
    elif name == "svg":
        display(SVG(text))
    elif name in ("javascript", "js"):
        print(text)
        print("(%%javascript: shown as text; exec-cell runs no script from a cell.)", file=sys.stderr)
    elif name == "capture":
        await _capture(args.split()[0] if args.split() else None, body, namespace)
    elif name == "time":
        return await _time_code(body, namespace, want_value=True)
    elif name == "timeit":
        _timeit_code(body, namespace)
    elif name == "writefile":
        parts = args.split()
        append = "-a" in parts or "--append" in parts
        paths = [p for p in parts if not p.startswith("-")]
        if not paths:
            raise UsageError("%%writefile needs a file name: %%writefile example.py")
        with open(paths[0], "a" if append else "w") as f:
            f.write(text + "\n")
        print(f"{'Appending to' if append else 'Writing'} {paths[0]}")
    else:
        raise UsageError(f"Cell magic %%{name} is not available in the browser's Python (exec-cell has {_available()}).")
    return None


async def _time_code(code, namespace, want_value):
    start_wall, start_cpu = _time.perf_counter(), _time.process_time()
    try:
        return await _run(code, namespace, want_value=want_value)
    finally:
        wall, cpu = _time.perf_counter() - start_wall, _time.process_time() - start_cpu
        print(f"CPU times: total: {_fmt(cpu)}\nWall time: {_fmt(wall)}")


def _timeit_code(code, namespace):
    # IPython's options before the statement: -n loops, -r repeats (-q, -o taken and ignored).
    number, repeat = 0, 3
    words = code.strip("\n").split(" ")
    while words and words[0].startswith("-") and len(words) > 1:
        option = words.pop(0)
        value = option[2:] or (words.pop(0) if option in ("-n", "-r") else "")
        if option.startswith("-n"):
            number = int(value)
        elif option.startswith("-r"):
            repeat = int(value)
    timer = _timeit.Timer(" ".join(words), globals=namespace)
    if not number:
        number, _ = timer.autorange()
    runs = [t / number for t in timer.repeat(repeat=repeat, number=number)]
    mean = sum(runs) / len(runs)
    print(f"{_fmt(mean)} per loop (mean of {len(runs)} runs, {number} loop{'s' if number != 1 else ''} each)")


async def _pip(args):
    words = args.split()
    if not words or words[0] != "install":
        raise UsageError("Only `%pip install PACKAGE` works in the browser's Python (through micropip).")
    packages = [w for w in words[1:] if not w.startswith("-")]
    if not packages:
        raise UsageError("%pip install needs a package name: %pip install PACKAGE")
    from _exec_cell_host import package_index

    if not package_index():
        raise UsageError(
            f"%pip install {' '.join(packages)}: this page loads no Python packages "
            "(its data-pyodide-index-url is \"none\"); micropip cannot install anything here."
        )
    try:
        import micropip
    except ImportError:
        try:
            from pyodide_js import loadPackage

            await loadPackage("micropip")
            import micropip
        except Exception as e:
            raise UsageError(
                f"%pip install {' '.join(packages)}: micropip, which installs packages in the browser, could not be loaded "
                f"(the package index cannot be reached: offline, or this site serves no packages). {e}"
            ) from None
    try:
        await micropip.install(packages)
    except Exception as e:
        raise UsageError(f"%pip install {' '.join(packages)} failed: {e}") from None
    print(f"Installed {', '.join(packages)} (micropip).")


async def shell(command):
    words = command.split()
    if words[:2] == ["pip", "install"] or words[:3] in (["python", "-m", "pip"], ["python3", "-m", "pip"]):
        rest = command.split("install", 1)[1]
        return await _pip("install " + rest)
    raise UsageError(f"!{command}: shell commands do not run in the browser's Python (there is no shell); use Python instead.")


class CapturedIO:
    """What ``%%capture name`` keeps: ``stdout``, ``stderr``, ``outputs`` and ``show()``."""

    def __init__(self, stdout, stderr, outputs):
        self.stdout, self.stderr, self.outputs = stdout, stderr, outputs

    def show(self):
        import _exec_cell_display as display_module

        sys.stdout.write(self.stdout)
        sys.stderr.write(self.stderr)
        for message in self.outputs:
            display_module.resend(message)

    def __call__(self):
        self.show()


async def _capture(name, body, namespace):
    import contextlib
    import io

    import _exec_cell_display as display_module

    out, err, outputs = io.StringIO(), io.StringIO(), []
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), display_module.capturing(outputs):
        await _run(body, namespace)
    if name:
        namespace[name] = CapturedIO(out.getvalue(), err.getvalue(), outputs)
