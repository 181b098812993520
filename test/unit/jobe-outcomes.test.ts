// SPDX-License-Identifier: BSD-3-Clause
import { beforeAll, describe, expect, test } from 'vitest';
import { compileErrorLine, interpret, OUTPUT_CAP_CHARS } from '../../src/kernels/jobe/outcomes.js';
import { ERROR_TEXT, type ErrorText } from '../../src/output/own-error.js';
import { jobeLanguageId } from '../../src/kernels/jobe/languages.js';
import { sessionOptions } from '../../src/config.js';
import { CellError } from '../../src/kernels/types.js';
import { CATALOGUES, loadLanguage } from '../../src/i18n/language.js';
import { english, say } from '../../src/i18n/text.js';

beforeAll(() => Promise.all([loadLanguage('de'), loadLanguage('fr'), loadLanguage('es')]));

const result = (outcome: number, o: Partial<{ stdout: string; stderr: string; cmpinfo: string }> = {}) => ({
  outcome,
  stdout: o.stdout ?? '',
  stderr: o.stderr ?? '',
  cmpinfo: o.cmpinfo ?? '',
});

describe('a Jobe result as outputs', () => {
  test('success: stdout and stderr as streams', () => {
    expect(interpret(result(15, { stdout: '42\n', stderr: 'warn\n' }), {}, 'python3')).toEqual({
      status: 'ok',
      outputs: [
        { output_type: 'stream', name: 'stdout', text: '42\n' },
        { output_type: 'stream', name: 'stderr', text: 'warn\n' },
      ],
    });
  });

  test('output at the cap says it was cut', () => {
    const r = interpret(result(15, { stdout: 'x'.repeat(OUTPUT_CAP_CHARS) }), {}, 'c');
    expect(r.status).toBe('error');
    expect(r.outputs[1]).toMatchObject({ ename: 'Output cut', evalue: expect.stringContaining('first 2,048,000 characters') });
  });

  test('compile errors point at their line (gcc, javac, Python)', () => {
    expect(compileErrorLine("prog.c: In function 'main':\nprog.c:3:21: error: 'x' undeclared (first use in this function)\n", 'c')).toEqual({
      line: 3,
      message: "'x' undeclared (first use in this function)",
    });
    expect(compileErrorLine('Hello.java:4: error: \';\' expected\n        int x = 1\n', 'java')).toEqual({ line: 4, message: "';' expected" });
    expect(compileErrorLine('  File "prog.py", line 2\n    print(\n         ^\nSyntaxError: \'(\' was never closed\n', 'python3')).toEqual({
      line: 2,
      message: "SyntaxError: '(' was never closed",
    });
    expect(compileErrorLine('collect2: error: ld returned 1 exit status', 'c')).toBeUndefined();
    const r = interpret(result(11, { cmpinfo: 'prog.c:3:5: error: bad\n' }), {}, 'c');
    expect(r.annotation).toEqual({ line: 3, message: 'bad' });
    expect(r.outputs[0]).toMatchObject({ ename: 'Compile error', evalue: 'The program did not compile (line 3).' });
  });

  test('runtime error keeps stderr; limits name the limit', () => {
    expect(interpret(result(12, { stderr: 'Traceback…' }), {}, 'python3').outputs).toEqual([
      { output_type: 'stream', name: 'stderr', text: 'Traceback…' },
    ]);
    expect(interpret(result(13), { cputime: 2 }, 'c').outputs[0]).toMatchObject({ evalue: expect.stringContaining('(2 s of CPU time)') });
    expect(interpret(result(13), {}, 'c').outputs[0]).toMatchObject({ evalue: expect.stringContaining('5 s of CPU time, the server’s default') });
    expect(interpret(result(17), { memorylimit: 64 }, 'c').outputs[0]).toMatchObject({ evalue: expect.stringContaining('(64 MB)') });
  });

  test('an overloaded or failing server is the server’s trouble: a message with what to do', () => {
    expect(() => interpret(result(21), {}, 'c')).toThrow(CellError);
    expect(() => interpret(result(21), {}, 'c')).toThrow(/busy/);
    expect(() => interpret(result(20), {}, 'c')).toThrow(/internal error/);
  });

  test('each output and error is said in the reader’s language; its English stays in nbformat’s fields', () => {
    const [limit] = interpret(result(13), { cputime: 2 }, 'c').outputs as unknown as [{ evalue: string; traceback: string[] } & Record<string, ErrorText>];
    const text = limit[ERROR_TEXT]!;
    expect(english(text.evalue)).toBe(limit.evalue);
    expect(english(text.detail!)).toBe(limit.traceback[2]);
    expect(say(CATALOGUES.de!, text.ename)).toBe('Zeitlimit');
    expect(say(CATALOGUES.fr!, text.evalue)).toContain('2\u00a0s de temps CPU');
    // A compiler's message is shown as it came, in every language.
    const [compile] = interpret(result(11, { cmpinfo: 'prog.c:3:5: error: bad' }), {}, 'c').outputs as unknown as [Record<string, ErrorText>];
    expect(say(CATALOGUES.ar!, compile[ERROR_TEXT]!.detail!)).toBe('prog.c:3:5: error: bad');
    const busy = (() => {
      try {
        interpret(result(21), {}, 'c');
      } catch (e) {
        return e as CellError;
      }
    })();
    expect(busy).toBeInstanceOf(CellError);
    expect(busy!.message).toMatch(/^The Jobe server is busy/);
    expect(say(CATALOGUES.es!, busy!.text)).toMatch(/^El servidor Jobe está saturado/);
  });
});

describe('Jobe cell options', () => {
  test('languages by the names authors write', () => {
    expect(['python', 'C++', 'javascript', 'c', 'java'].map(jobeLanguageId)).toEqual(['python3', 'cpp', 'nodejs', 'c', 'java']);
  });

  test('server from the cell or data-jobe-url; limits are positive numbers', () => {
    expect(sessionOptions('jobe', { language: 'C', cputime: '2', memorylimit: '64' }, { jobeUrl: 'http://j/jobe/index.php/restapi' })).toEqual({
      backend: 'jobe',
      language: 'c',
      server: 'http://j/jobe/index.php/restapi/',
      cputime: 2,
      memorylimit: 64,
    });
    expect(() => sessionOptions('jobe', { cputime: 'fast' }, {})).toThrow('cputime="fast" is not a number of seconds');
  });
});
