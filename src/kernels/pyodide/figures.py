# SPDX-License-Identifier: BSD-3-Clause
"""matplotlib in exec-cell's in-browser Python: figures become images in the cell.

The worker sets ``MPLBACKEND=module://_exec_cell_figures`` before the reader's code runs:
Pyodide's own backend draws into the page's DOM, which the worker Python runs in does not
have. This backend draws with Agg (built into Pyodide's matplotlib) and

- ``plt.show()`` displays every open figure, then closes them, as Jupyter's inline backend;
- a figure as a cell's last expression (or given to ``display()``) shows as an image, because
  loading this backend gives ``Figure`` a ``_repr_mimebundle_``.

PNG by default; ``matplotlib.rcParams["savefig.format"] = "svg"`` gives SVG.
"""

import io

from matplotlib import rcParams
from matplotlib._pylab_helpers import Gcf
from matplotlib.backend_bases import FigureManagerBase, _Backend
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

import _exec_cell_display as display

# As Jupyter's inline backend: figures are drawn at 100 dpi unless the reader says otherwise.
_INLINE_DPI = 100


def figure_format():
    """"svg" or "png": what the cell shows figures as."""
    return "svg" if str(rcParams.get("savefig.format", "png")).lower() == "svg" else "png"


def render(fig, fmt=None):
    """The figure as ``(mime type, data)``: PNG bytes or SVG text."""
    fmt = fmt or figure_format()
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, bbox_inches="tight", dpi=_INLINE_DPI if fmt == "png" else "figure")
    if fmt == "svg":
        return "image/svg+xml", buffer.getvalue().decode("utf-8")
    return "image/png", buffer.getvalue()


def _figure_mimebundle(self, include=None, exclude=None, **kwargs):
    mime, data = render(self)
    return {mime: data, "text/plain": repr(self)}


# A figure displayed or left as the last expression is drawn (IPython does this with a formatter).
Figure._repr_mimebundle_ = _figure_mimebundle


class FigureManagerExecCell(FigureManagerBase):
    def show(self):
        display.display(self.canvas.figure)


@_Backend.export
class _BackendExecCell(_Backend):
    FigureCanvas = FigureCanvasAgg
    FigureManager = FigureManagerExecCell

    @staticmethod
    def show(*args, block=None, **kwargs):
        """``plt.show()``: every open figure into the cell, then closed (the next cell starts anew)."""
        managers = Gcf.get_all_fig_managers()
        try:
            for manager in managers:
                display.display(manager.canvas.figure)
        finally:
            Gcf.destroy_all()
