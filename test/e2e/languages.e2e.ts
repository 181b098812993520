// SPDX-License-Identifier: BSD-3-Clause
// The reader's language: a German page shows German, the script tag's data-lang counts where
// the page says nothing, a cell's own lang wins, and Arabic mirrors the cell while its code
// and output stay left to right. Python in the browser, as a page with no server has.
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/catalogues/en.js';
import { de } from '../../src/i18n/catalogues/de.js';
import { fr } from '../../src/i18n/catalogues/fr.js';
import { es } from '../../src/i18n/catalogues/es.js';
import { ptBR } from '../../src/i18n/catalogues/pt-BR.js';
import { ar } from '../../src/i18n/catalogues/ar.js';
import { cell, clickRun, errorsOf, expectNoAxeViolations, fetchedPaths, messageText, openPage, outputText, useBrowser, type Page } from './helpers.js';
import { de as jupyterDe } from '../../src/kernels/jupyter-catalogue/de.js';

const { context } = useBrowser();

/** What a reader sees and hears of a cell's controls, once it is drawn (after its language's catalogue came). */
async function controls(page: Page, id: string) {
  await cell(page, id).locator('[part="run-button"]').waitFor();
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!;
    const part = (name: string) => root.querySelector<HTMLElement>(`[part="${name}"]`)!;
    return {
      run: part('run-button').innerText.replace('▶', '').trim(),
      runTitle: part('run-button').title,
      stop: part('interrupt-button').innerText.replace('■', '').trim(),
      stopTitle: part('interrupt-button').title,
      restart: part('restart-button').innerText.replace('↻', '').trim(),
      status: part('status').innerText.trim(),
      toolbar: part('toolbar').getAttribute('aria-label'),
      output: part('output').getAttribute('aria-label'),
      code: root.querySelector('[part="editor"] [role="textbox"]')?.getAttribute('aria-label'),
    };
  }, id);
}

describe('the reader’s language', () => {
  test('a page fetches only the languages its cells speak, and a cell is drawn in its language from the first frame', async () => {
    // Every label each cell's run button shows, from its shadow root's first content on.
    const recorder = `<script>
      window.runLabels = {};
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        if (this.localName === 'exec-cell') {
          const labels = (window.runLabels[this.id] = []);
          new MutationObserver(() => {
            const label = root.querySelector('[part="run-button"]')?.textContent.replace('▶', '').trim();
            if (label && labels.at(-1) !== label) labels.push(label);
          }).observe(root, { childList: true, subtree: true, characterData: true });
        }
        return root;
      };
    </script>`;
    const runLabels = (page: Page) => page.evaluate(() => (window as unknown as { runLabels: Record<string, string[]> }).runLabels);
    // The core catalogues (chunks/de-….js) and each backend's (chunks/jupyter-catalogue-de-….js).
    const languageChunks = (paths: string[]) =>
      paths.map((p) => /\/chunks\/(?:([a-z-]+)-)??(de|fr|es|pt-BR|ar)-[\w-]{8}\.js$/.exec(p)).flatMap((m) => (m ? [m[1] ? `${m[1]} ${m[2]}` : m[2]!] : []));
    const english = await openPage(context(), `<exec-cell id="c">print(1)</exec-cell>`, { config: null, head: recorder });
    await cell(english, 'c').locator('[part="run-button"]').waitFor();
    expect(await runLabels(english)).toEqual({ c: [en.run] });
    expect(languageChunks(await fetchedPaths(english))).toEqual([]);

    const german = await openPage(context(), `<exec-cell id="c">print(1)</exec-cell><p lang="ar"><exec-cell id="a">print(1)</exec-cell></p>`, {
      config: null,
      head: recorder,
      htmlAttributes: 'lang="de"',
    });
    await cell(german, 'a').locator('[part="run-button"]').waitFor();
    expect(await runLabels(german)).toEqual({ c: [de.run], a: [ar.run] });
    expect(languageChunks(await fetchedPaths(german)).sort()).toEqual(['ar', 'de']);

    // A backend's messages come in the languages of the page only, before it says anything.
    const hub = await openPage(context(), `<exec-cell id="h" token-url="http://127.0.0.1:9/token">print(1)</exec-cell>`, {
      config: null,
      htmlAttributes: 'lang="de"',
    });
    expect((await clickRun(hub, 'h')).status).toBe('error');
    expect(await messageText(hub, 'h')).toContain(jupyterDe.hubSignInUnreachable('http://127.0.0.1:9/token'));
    expect(languageChunks(await fetchedPaths(hub)).sort()).toEqual(['de', 'jupyter-catalogue de']);
  });

  test('a German page shows German: the controls, their names, a message and the long-output controls', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="bad" timeout="bald">print(1)</exec-cell>
       <exec-cell id="long">for i in range(3000): print(i)</exec-cell>`,
      { config: null, htmlAttributes: 'lang="de"' },
    );
    expect(await controls(page, 'long')).toEqual({
      run: de.run,
      runTitle: de.runTitle,
      stop: de.stop,
      stopTitle: de.stopTitle,
      restart: de.restart,
      status: de.statusIdle,
      toolbar: de.toolbarLabel,
      output: de.outputLabel,
      code: de.codeLabel,
    });
    expect(de.run).not.toBe(en.run);
    expect(de.statusIdle).not.toBe(en.statusIdle);

    // A setting the author got wrong: said in German, with what to do.
    const bad = await clickRun(page, 'bad');
    expect(bad.status).toBe('error');
    const message = await messageText(page, 'bad');
    expect(message).toContain(de.timeoutNotNumber('bald'));
    expect(message).toContain(de.timeoutHint);

    // 3,000 lines: cut to the last 2,000, said with German digit grouping.
    expect((await clickRun(page, 'long', 120_000)).status).toBe('ok');
    const truncated = cell(page, 'long').locator('[part="truncated"]');
    expect(await truncated.innerText()).toContain(de.longOutput(2000, 3000));
    expect(de.longOutput(2000, 3000)).toContain('2.000');
    expect(await truncated.locator('button').first().innerText()).toBe(de.showAll);
    expect(await errorsOf(page)).toEqual([]);
  }, 180_000);

  test('the closest lang wins: the cell’s own, an ancestor’s; then the script tag’s data-lang; a language exec-cell does not speak is English', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="page">1</exec-cell>
       <exec-cell id="own" lang="es">1</exec-cell>
       <div lang="pt-BR"><exec-cell id="ancestor">1</exec-cell></div>
       <div lang="it"><exec-cell id="unknown">1</exec-cell></div>`,
      { config: null, htmlAttributes: '', scriptAttributes: 'data-lang="fr"' },
    );
    expect((await controls(page, 'page')).run).toBe(fr.run);
    expect((await controls(page, 'own')).run).toBe(es.run);
    expect((await controls(page, 'ancestor')).run).toBe(ptBR.run);
    expect((await controls(page, 'unknown')).run).toBe(en.run);
    expect(new Set([fr.run, es.run, ptBR.run, en.run]).size).toBe(4);
  });

  test('Arabic mirrors the cell, while the code and its output stay left to right; no accessibility violation', async () => {
    const page = await openPage(
      context(),
      `<main><h1>An English page with Arabic cells</h1>
       <exec-cell id="c" lang="ar">print("x = 1")</exec-cell>
       <exec-cell id="bad" lang="ar" backend="fortran">1</exec-cell></main>`,
      { config: null },
    );
    const c = await controls(page, 'c');
    expect(c.run).toBe(ar.run);
    expect(c.status).toBe(ar.statusIdle);
    // The first run boots Python: over 45 s in WebKit on a loaded machine.
    expect((await clickRun(page, 'c', 120_000)).status).toBe('ok');
    expect(await outputText(page, 'c')).toBe('x = 1\n');
    const layout = await page.evaluate(() => {
      const root = document.getElementById('c')!.shadowRoot!;
      const part = (name: string) => root.querySelector<HTMLElement>(`[part="${name}"]`)!;
      const dir = (name: string) => getComputedStyle(part(name)).direction;
      return {
        toolbar: dir('toolbar'),
        editor: dir('editor'),
        output: dir('output'),
        // Mirrored: Run is the rightmost control, the status the leftmost.
        runRight: part('run-button').getBoundingClientRect().right,
        statusRight: part('status').getBoundingClientRect().right,
      };
    });
    expect(layout).toMatchObject({ toolbar: 'rtl', editor: 'ltr', output: 'ltr' });
    expect(layout.runRight).toBeGreaterThan(layout.statusRight);

    await clickRun(page, 'bad');
    // Firefox's innerText leaves out the isolates around the name (U+2068, U+2069); they are in the page.
    const isolates = /[\u2066-\u2069]/g;
    expect((await messageText(page, 'bad')).replace(isolates, '')).toContain(ar.backendUnknown('fortran').replace(isolates, ''));
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('bad')!.shadowRoot!.querySelector('[part="message"]')!).direction)).toBe('rtl');
    await expectNoAxeViolations(page);
    expect(await errorsOf(page)).toEqual([]);
  }, 180_000);

  test('on a right-to-left page, the editor is left to right once the reader edits', async () => {
    const page = await openPage(context(), `<exec-cell id="c">x = 1</exec-cell>`, { config: null, htmlAttributes: 'lang="ar" dir="rtl"' });
    expect((await controls(page, 'c')).run).toBe(ar.run);
    await cell(page, 'c').locator('[part="editor"] [role="textbox"]').click();
    await cell(page, 'c').locator('.cm-content').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('c')!.shadowRoot!.querySelector('.cm-content')!).direction)).toBe('ltr');
    expect(await cell(page, 'c').locator('.cm-content').getAttribute('aria-label')).toBe(ar.codeLabel);
  });
});
