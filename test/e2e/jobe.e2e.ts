// SPDX-License-Identifier: BSD-3-Clause
// `backend="jobe"` cells on the real Jobe 2.2.2 of the shared harness (../shared/jobe, with
// CORS on for the test page's origin), in every engine: C, C++, Java and Python run; stdin;
// a compile error points at its line; a runaway loop meets its time limit; Stop; and each
// failure of its own (server down, unknown language, a program too large) says what to do.
import { beforeAll, describe, expect, test } from 'vitest';
import { cell, clickRun, editCode, FETCH_RECORDER, fetchedPaths, messageText, openPage, outputText, recordedFetches, useBrowser, waitForStatus, webUrl, type Page } from './helpers.js';
import { startJobeProxy } from '../../proxy/jobe-proxy.mjs';
import { startJobe } from '../servers/jobe/index.mjs';
import { freePort } from '../servers/ports.mjs';

const { context } = useBrowser();
let jobeUrl: string;

// The first start on a fresh machine installs Jobe and its toolchains (apt: gcc, a JDK…).
beforeAll(async () => {
  jobeUrl = (await startJobe()).url;
}, 20 * 60_000);

function jobePage(body: string, url = jobeUrl): Promise<Page> {
  return openPage(context(), body, { config: { jobeUrl: url } });
}

/** Jobe on this shared box takes seconds per run (README of the harness): allow for it. */
const RUN_MS = 90_000;

describe('running code on Jobe', () => {
  test('C, C++, Java and Python cells each run as a job and show their output', async () => {
    const page = await jobePage(`
      <exec-cell id="c" backend="jobe" language="c"><script type="text/plain">#include <stdio.h>
int main(void) { printf("hello from C %d\\n", 6 * 7); return 0; }</script></exec-cell>
      <exec-cell id="cpp" backend="jobe" language="cpp"><script type="text/plain">#include <iostream>
int main() { std::cout << "hello from C++" << std::endl; }</script></exec-cell>
      <exec-cell id="java" backend="jobe" language="java"><script type="text/plain">public class Hello {
    public static void main(String[] args) { System.out.println("hello from Java"); }
}</script></exec-cell>
      <exec-cell id="py" backend="jobe" language="python">print(6*7)</exec-cell>`);
    const results = await Promise.all(['c', 'cpp', 'java', 'py'].map((id) => clickRun(page, id, RUN_MS)));
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(await outputText(page, 'c')).toBe('hello from C 42\n');
    expect(await outputText(page, 'cpp')).toBe('hello from C++\n');
    expect(await outputText(page, 'java')).toBe('hello from Java\n');
    expect(await outputText(page, 'py')).toBe('42\n');
    expect(await messageText(page, 'py')).toBe('');
  }, 4 * RUN_MS);

  test('stdin: the box under the cell starts with the attribute’s text, and what the reader types is the input', async () => {
    const page = await jobePage(`<exec-cell id="c" backend="jobe" language="python" stdin="hello">print(input()[::-1])</exec-cell>`);
    const box = cell(page, 'c').locator('[part="stdin-input"]');
    expect(await box.inputValue()).toBe('hello');
    expect((await clickRun(page, 'c', RUN_MS)).status).toBe('ok');
    expect(await outputText(page, 'c')).toBe('olleh\n');
    await box.fill('stressed\n');
    await clickRun(page, 'c', RUN_MS);
    expect(await outputText(page, 'c')).toBe('desserts\n');
  }, 3 * RUN_MS);

  test('a compile error shows the compiler’s message and marks its line in the editor', async () => {
    const page = await jobePage(`<exec-cell id="c" backend="jobe" language="c"><script type="text/plain">#include <stdio.h>
int main(void) {
    printf("%d\\n", undefined_name);
    return 0;
}</script></exec-cell>`);
    const result = await clickRun(page, 'c', RUN_MS);
    expect(result.status).toBe('error');
    const text = await outputText(page, 'c');
    expect(text).toContain('The program did not compile (line 3)');
    expect(text).toContain('undefined_name');
    const marked = cell(page, 'c').locator('.cm-exec-cell-error-line');
    await marked.waitFor();
    expect(await marked.innerText()).toContain('printf("%d\\n", undefined_name);');
    expect(await marked.getAttribute('title')).toMatch(/^Line 3: .*undefined_name/);
    // The reader's code is all still there, and fixing it removes the mark.
    expect(await page.evaluate(() => (document.getElementById('c') as HTMLElement & { code: string }).code)).toContain('undefined_name');
    await marked.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    expect(await cell(page, 'c').locator('.cm-exec-cell-error-line').count()).toBe(0);
  }, 2 * RUN_MS);

  test('a runaway loop ends with the time-limit message naming the limit', async () => {
    const page = await jobePage(`<exec-cell id="c" backend="jobe" language="python" cputime="1">while True: pass</exec-cell>`);
    const result = await clickRun(page, 'c', RUN_MS);
    expect(result.status).toBe('error');
    expect(await outputText(page, 'c')).toContain('The program ran longer than its time limit (1 s of CPU time) and was stopped.');
    expect(await cell(page, 'c').getAttribute('status')).toBe('idle');
  }, 2 * RUN_MS);

  test('Stop abandons the request and says the server finishes the job on its own', async () => {
    const page = await jobePage(`<exec-cell id="c" backend="jobe" language="python" cputime="2">while True: pass</exec-cell>`);
    await cell(page, 'c').locator('[part="run-button"]').click();
    await waitForStatus(page, 'c', 'busy');
    await cell(page, 'c').locator('[part="interrupt-button"]').click();
    await waitForStatus(page, 'c', 'idle');
    expect(await outputText(page, 'c')).toContain('The Jobe server finishes the job on its own');
  }, RUN_MS);
});

describe('failures, each with its own message', () => {
  test('a server that is down: the cell says it could not reach it and what to check', async () => {
    const down = `http://127.0.0.1:${await freePort()}/jobe/index.php/restapi/`;
    const page = await jobePage(`<exec-cell id="c" backend="jobe" language="c">int main(void) { return 0; }</exec-cell>`, down);
    const result = await clickRun(page, 'c', RUN_MS);
    expect(result.status).toBe('error');
    const message = await messageText(page, 'c');
    expect(message).toContain(`Could not reach the Jobe server at ${down}.`);
    expect(message).toContain('Check that the Jobe server is running');
  });

  test('an unknown language: the cell names the languages the server runs', async () => {
    const page = await jobePage(`<exec-cell id="c" backend="jobe" language="cobol">DISPLAY 'HI'.</exec-cell>`);
    await clickRun(page, 'c', RUN_MS);
    const message = await messageText(page, 'c');
    expect(message).toContain('The Jobe server does not run language “cobol”.');
    expect(message).toMatch(/It runs: c, cpp, java, .*python3/);
  });

  test('an oversized program is refused before it is sent, and the code stays in the cell', async () => {
    const page = await jobePage(`<exec-cell id="c" backend="jobe" language="python">print(1)</exec-cell>`);
    const big = `x = "${'a'.repeat(250_000)}"\nprint(len(x))`;
    await page.evaluate((code) => ((document.getElementById('c') as HTMLElement & { code: string }).code = code), big);
    await clickRun(page, 'c', RUN_MS);
    expect(await messageText(page, 'c')).toContain('The program is too large to send to the Jobe server: 250,020 characters, and at most 200,000 are sent.');
    expect(await page.evaluate(() => (document.getElementById('c') as HTMLElement & { code: string }).code.length)).toBe(big.length);
  });
});

describe('the editor speaks the language', () => {
  const languageChunks = (paths: string[]) => paths.filter((p) => /\/chunks\/(lang|lezer)-/.test(p)).map((p) => p.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, ''));

  test('C, Java, JavaScript and PHP code is coloured, each language fetched only for its cells', async () => {
    const page = await jobePage(`
      <exec-cell id="c" backend="jobe" language="c">int main(void) { return 0; }</exec-cell>
      <exec-cell id="java" backend="jobe" language="java">public class A { }</exec-cell>
      <exec-cell id="js" backend="jobe" language="javascript">const x = "s";</exec-cell>
      <exec-cell id="php" backend="jobe" language="php">&lt;?php echo "hi"; ?&gt;</exec-cell>`);
    await cell(page, 'c').hover();
    const keyword = (id: string) => cell(page, id).locator('.placeholder .tok-keyword').first();
    for (const [id, word] of [['c', 'return'], ['java', 'public'], ['js', 'const'], ['php', 'echo']]) {
      await keyword(id).waitFor();
      expect(await cell(page, id).locator('.placeholder .tok-keyword', { hasText: word }).count()).toBeGreaterThan(0);
    }
    // Editing a C cell: CodeMirror's C++ language colours it in the editor too.
    await editCode(page, 'c');
    await cell(page, 'c').locator('.cm-content .tok-keyword', { hasText: 'return' }).waitFor();
    expect(languageChunks(await fetchedPaths(page)).sort()).toEqual(['lang-cpp', 'lezer-cpp', 'lezer-java', 'lezer-javascript', 'lezer-php']);
  });

  test('a page of Python cells fetches no other language', async () => {
    const page = await openPage(context(), `<exec-cell id="p" backend="jobe" language="python">def f(): return 1</exec-cell>`, { config: { jobeUrl } });
    await cell(page, 'p').hover();
    await editCode(page, 'p');
    await cell(page, 'p').locator('.cm-content .tok-keyword', { hasText: 'def' }).waitFor();
    expect(languageChunks(await fetchedPaths(page))).toEqual([]);
  });
});

describe('through the Node reference proxy (proxy/jobe-proxy.mjs)', () => {
  const origin = () => new URL(webUrl()).origin;
  const KEY = 'proxy-secret-key-4711';

  test('a cell runs through the proxy; the page never learns the Jobe address or key', async () => {
    const proxy = await startJobeProxy({ jobeUrl, apiKey: KEY, allowedOrigins: [origin()] });
    try {
      const page = await openPage(context(), `<exec-cell id="c" backend="jobe" language="c"><script type="text/plain">#include <stdio.h>
int main(void) { puts("via the proxy"); return 0; }</script></exec-cell>`, { config: { jobeUrl: proxy.url }, head: FETCH_RECORDER });
      expect((await clickRun(page, 'c', RUN_MS)).status).toBe('ok');
      expect(await outputText(page, 'c')).toBe('via the proxy\n');
      const fetches = await recordedFetches(page);
      expect(fetches.map((f) => f.url)).toEqual([`${proxy.url}languages`, `${proxy.url}runs`]);
      const everything = await page.evaluate(() => document.documentElement.outerHTML + document.getElementById('c')!.shadowRoot!.innerHTML + JSON.stringify(localStorage) + document.cookie);
      expect(everything).not.toContain(KEY);
      expect(everything).not.toContain(new URL(jobeUrl).host);
    } finally {
      await proxy.close();
    }
  }, 2 * RUN_MS);

  test('runs per client and program size are limited, each with its own message', async () => {
    const proxy = await startJobeProxy({ jobeUrl, allowedOrigins: [origin()], runsPerMinute: 1, maxSourceChars: 1000 });
    try {
      const page = await openPage(context(), `<exec-cell id="c" backend="jobe" language="python">print("once")</exec-cell>
        <exec-cell id="big" backend="jobe" language="python">x = 1</exec-cell>`, { config: { jobeUrl: proxy.url } });
      await page.evaluate(() => ((document.getElementById('big') as HTMLElement & { code: string }).code = `# ${'x'.repeat(1500)}\nprint(1)`));
      await clickRun(page, 'big', RUN_MS);
      expect(await messageText(page, 'big')).toContain('The program or its input is too large for the Jobe server (the program is longer than 1000 characters).');
      expect((await clickRun(page, 'c', RUN_MS)).status).toBe('ok');
      await clickRun(page, 'c', RUN_MS);
      const message = await messageText(page, 'c');
      expect(message).toContain('Too many runs in a short time (at most 1 run a minute).');
      expect(message).toContain('Wait a minute, then run the cell again.');
    } finally {
      await proxy.close();
    }
  }, 3 * RUN_MS);

  test('a page whose origin the proxy does not allow cannot read its answers', async () => {
    const proxy = await startJobeProxy({ jobeUrl, allowedOrigins: ['https://course.example.edu'] });
    try {
      const page = await openPage(context(), `<exec-cell id="c" backend="jobe" language="c">int main(void) { return 0; }</exec-cell>`, { config: { jobeUrl: proxy.url } });
      await clickRun(page, 'c', RUN_MS);
      expect(await messageText(page, 'c')).toContain(`Could not reach the Jobe server at ${proxy.url}.`);
    } finally {
      await proxy.close();
    }
  });
});
