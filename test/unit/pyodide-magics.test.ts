// SPDX-License-Identifier: BSD-3-Clause
// The IPython-syntax transform of the browser's Python (src/kernels/pyodide/magics.py), run by
// the machine's own CPython: magics become calls on the same line, plain Python is untouched.
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../src/kernels/pyodide/', import.meta.url));

function transform(sources: string[]): string[] {
  const script = `import sys, json; sys.path.insert(0, ${JSON.stringify(DIR)}); import magics
print(json.dumps([magics.transform(s) for s in json.loads(sys.stdin.read())]))`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(sources) }).toString()) as string[];
}

describe('IPython syntax → Python', () => {
  test('plain Python comes back unchanged, % and ! as operators included', () => {
    const plain = ['x = 5 % 3\nprint(x != 2)', 'a = "%d" % 3', 'if not x:\n    pass', 'y = (1 +\n     2)'];
    expect(transform(plain)).toEqual(plain);
  });
  test('line magics and shell lines become one call on the same line, at their indentation', () => {
    const [a, b] = transform(['%matplotlib inline\nimport numpy', 'for i in range(2):\n    %time f(i)\n!pip install foo']);
    expect(a).toBe("(await __exec_cell_magics__.line('matplotlib', 'inline', globals()))\nimport numpy");
    expect(b!.split('\n')).toEqual([
      'for i in range(2):',
      "    (await __exec_cell_magics__.line('time', 'f(i)', globals()))",
      "await __exec_cell_magics__.shell('pip install foo')",
    ]);
  });
  test('a cell magic takes the body, its lines keeping their numbers', () => {
    const [c] = transform(['\n%%capture out\nprint(1)']);
    expect(c).toBe("\nawait __exec_cell_magics__.cell('capture', 'out', '\\n\\nprint(1)', globals())");
  });
  test('a line continued by a backslash is not a magic', () => {
    expect(transform(['y = 1 \\\n  %2'])).toEqual(['y = 1 \\\n  %2']);
  });
});
