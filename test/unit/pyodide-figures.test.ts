// SPDX-License-Identifier: BSD-3-Clause
// figures.py (the matplotlib backend of the in-browser Python) with a real matplotlib on
// CPython: no matplotlib wheel for Pyodide can be fetched on the test machines, so the browser
// tests cannot draw. Runs with the Python named by EXEC_CELL_MATPLOTLIB_PYTHON, else Debian's
// /usr/bin/python3, whose matplotlib scripts/system-deps.sh installs (python3-matplotlib).
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';

const DIR = new URL('../../src/kernels/pyodide/', import.meta.url).pathname;
const PYTHON = process.env.EXEC_CELL_MATPLOTLIB_PYTHON ?? '/usr/bin/python3';

function python(script: string): unknown {
  const prelude = `import sys, os, json
sys.path.insert(0, ${JSON.stringify(DIR)})
import display
sys.modules["_exec_cell_display"] = display
sent = []
display.set_sender(sent.append)
os.environ["MPLBACKEND"] = "module://figures"
`;
  return JSON.parse(execFileSync(PYTHON, ['-c', prelude + script], { encoding: 'utf8' }));
}

describe('matplotlib figures (figures.py, with a real matplotlib)', () => {
  test('plt.show() sends each open figure as a PNG and closes them; a figure as a value is a PNG, or SVG when asked', () => {
    const result = python(`
import matplotlib.pyplot as plt, matplotlib, base64
plt.plot([1, 3, 2])
plt.figure(); plt.plot([2, 1])
plt.show()
shown = [sorted(m["data"]) for m in sent]
png = base64.b64decode(sent[0]["data"]["image/png"])[:8]
fig = plt.figure(); fig.gca().plot([3, 2, 1])
value = sorted(display.mime_bundle(fig)[0])
matplotlib.rcParams["savefig.format"] = "svg"
svg = display.mime_bundle(fig)[0]["image/svg+xml"][:200]
print(json.dumps({"backend": plt.get_backend(), "shown": shown, "png": png.hex(), "open": len(plt.get_fignums()), "value": value, "svg": "<svg" in svg}))`);
    expect(result).toEqual({
      backend: 'module://figures',
      shown: [
        ['image/png', 'text/plain'],
        ['image/png', 'text/plain'],
      ],
      png: '89504e470d0a1a0a',
      open: 1,
      value: ['image/png', 'text/plain'],
      svg: true,
    });
  });
});
