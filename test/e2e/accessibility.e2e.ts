// SPDX-License-Identifier: BSD-3-Clause
// What a reader who does not use a mouse or does not see the screen gets: a run's end is
// announced once (not each line of a long stream), in the page's language; and a whole
// session can be done from the keyboard, with the focus always visible: reach the cell, edit,
// run, leave the editor, stop, restart, reset. On a real Jupyter server. And a reader who
// browses in forced colours (Windows' high contrast) still sees every control and state.
import { describe, expect, test } from 'vitest';
import { de } from '../../src/i18n/catalogues/de.js';
import { startDemo } from '../../demo/serve.mjs';
import { cell, clickRun, connectBrowser, engine, expectNoAxeViolations, openPage, outputText, useBrowser, waitForOutput, waitForStatus, type Page } from './helpers.js';

const { context } = useBrowser();

/**
 * Record what screen readers would say: the text of every live region of the cell (a
 * `status`, `alert` or `log` role, or `aria-live`) each time it changes to something new.
 */
function listen(page: Page, id: string): Promise<void> {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!;
    const heard: string[] = ((window as unknown as { __heard: Record<string, string[]> }).__heard ??= {})[id] = [];
    const live = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';
    const last = new WeakMap<Element, string>();
    new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = target?.closest(live);
        if (!region) continue;
        const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && text !== last.get(region)) heard.push(text);
        last.set(region, text);
      }
    }).observe(root, { subtree: true, childList: true, characterData: true });
  }, id);
}

function heard(page: Page, id: string): Promise<string[]> {
  return page.evaluate((id) => (window as unknown as { __heard: Record<string, string[]> }).__heard[id]!, id);
}

/** Run a cell with its Run button and wait until it is no longer running. */
async function run(page: Page, id: string): Promise<void> {
  await cell(page, id).locator('[part="run-button"]').click();
  await page.waitForFunction((id) => document.getElementById(id)!.getAttribute('status') !== 'idle', id, { timeout: 5_000 }).catch(() => {});
  await page.waitForFunction((id) => ['idle', 'error'].includes(document.getElementById(id)!.getAttribute('status')!), id, { timeout: 60_000 });
}

describe('what a screen reader hears', () => {
  test('a run’s end is announced once: not each of 100,000 printed lines; an error by its name; a Stop; in the page’s language', async () => {
    const page = await openPage(
      context(),
      `<exec-cell id="long">for i in range(100_000): print(i)</exec-cell>
       <exec-cell id="fails">1 / 0</exec-cell>
       <exec-cell id="stopped">import time
while True: time.sleep(0.1)</exec-cell>
       <exec-cell id="german" lang="de">print("eins"); print("zwei", flush=True); display(3)</exec-cell>`,
    );
    for (const id of ['long', 'fails', 'stopped', 'german']) await listen(page, id);

    await run(page, 'long');
    await waitForOutput(page, 'long', /99999\n$/);
    expect(await heard(page, 'long')).toEqual(['Run finished, 1 output']);

    await run(page, 'fails');
    expect(await outputText(page, 'fails')).toContain('ZeroDivisionError');
    expect(await heard(page, 'fails')).toEqual(['Run ended with an error: ZeroDivisionError']);

    await cell(page, 'stopped').locator('[part="run-button"]').click();
    await waitForStatus(page, 'stopped', 'busy');
    await cell(page, 'stopped').locator('[part="interrupt-button"]').click();
    await page.waitForFunction(() => document.getElementById('stopped')!.getAttribute('status') === 'idle', undefined, { timeout: 30_000 });
    expect(await heard(page, 'stopped')).toEqual(['Run stopped']);

    await run(page, 'german');
    expect(await heard(page, 'german')).toEqual([de.announceFinished(2)]);
    expect(de.announceFinished(2)).toBe('Ausführung beendet, 2 Ausgaben');
  });
});

/** Where the keyboard focus is: the element inside the cell's shadow root, and whether its ring shows. */
function focus(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { at: 'page' };
    const part = el.closest('[part]')?.getAttribute('part') ?? el.id;
    // The element that draws the ring: a button draws its own; the code's is on the editor box.
    const ring = part === 'editor' ? el.closest('[part="editor"]')! : el;
    const style = getComputedStyle(ring);
    const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { at: part, ring: visible };
  });
}

describe('the keyboard alone', () => {
  test('reach the cell, edit, run, leave the editor, stop, restart and reset, with the focus always visible', async () => {
    const page = await openPage(
      context(),
      `<a id="before" href="#">before</a>
       <exec-cell id="k">print("as written")</exec-cell>
       <a id="after" href="#">after</a>`,
    );
    // The cell's controls must show their focus ring; the page's own link is the page's business.
    const at = async (where: string, ringOfOurs = where !== 'after') => {
      await page.waitForFunction(
        (where) => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return (el?.closest('[part]')?.getAttribute('part') ?? el?.id) === where;
        },
        where,
        { timeout: 10_000 },
      ).catch(async () => {
        throw new Error(`the focus should be on ${where}, it is on ${JSON.stringify(await focus(page))}`);
      });
      const now = await focus(page);
      expect(now.at).toBe(where);
      if (ringOfOurs) expect(now.ring, `the focus ring of ${where}`).toBe(true);
    };

    // Tab from the link before the cell goes into its code.
    await page.evaluate(() => document.getElementById('before')!.focus());
    await page.keyboard.press('Tab');
    await at('editor');
    await page.waitForFunction(() => document.getElementById('k')!.shadowRoot!.activeElement?.classList.contains('cm-content'));

    // Edit and run from the editor.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('print("typed"); import time; time.sleep(60)');
    await page.keyboard.press('Shift+Enter');
    await waitForOutput(page, 'k', /^typed\n/);
    await waitForStatus(page, 'k', 'busy');

    // Tab inside the code indents; Escape then Tab leaves it, to Run, then Stop.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await at('run-button');
    await page.keyboard.press('Tab');
    await at('interrupt-button');
    await page.keyboard.press('Enter');
    await waitForOutput(page, 'k', /KeyboardInterrupt/);
    await page.waitForFunction(() => document.getElementById('k')!.getAttribute('status') === 'idle', undefined, { timeout: 30_000 });
    // The disabled Stop hands the focus to Run, not to the top of the page.
    await at('run-button');

    // Past the disabled Stop to Restart.
    await page.keyboard.press('Tab');
    await at('restart-button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Restarted/.test(document.getElementById('k')!.shadowRoot!.querySelector('[part="message"]')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    });

    // Reset brings the author's code back, and the focus to it.
    await page.keyboard.press('Tab');
    await at('reset-button');
    await page.keyboard.press('Enter');
    await at('editor');
    expect(await page.evaluate(() => document.getElementById('k')!.shadowRoot!.querySelector('.cm-content')!.textContent)).toBe('print("as written")');

    // And on out of the cell: Escape, then Tab through the toolbar to the link after it.
    await page.keyboard.press('Escape');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await at('after');
  });
});

/**
 * What a reader in forced colours can tell apart in a cell: the focus ring and the status dot
 * each against what is behind it (forced colours repaint every background in the system's
 * Canvas colour, so anything drawn by a background alone disappears).
 */
function forcedLook(page: Page, id: string) {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!;
    const behind = (el: Element | null): string => {
      for (; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
        const bg = getComputedStyle(el).backgroundColor;
        // Transparent, in any colour (forced colours give rgba(255, 255, 255, 0) in Chromium).
        if (bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const dot = root.querySelector('[part="status"] .dot')!;
    const run = root.querySelector('[part="run-button"]')! as HTMLElement;
    const ring = getComputedStyle(run);
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      focused: root.activeElement === run,
      dot: getComputedStyle(dot).backgroundColor,
      behindDot: behind(dot.parentElement),
      ring: ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 2 ? ring.outlineColor : 'none',
      behindRing: behind(run.parentElement),
    };
  }, id);
}

describe('forced colours (Windows high contrast)', () => {
  // WebKit has no forced-colours mode to turn on, as Safari has none (README: engine facts).
  test.runIf(engine() !== 'webkit')('the demo page and an Arabic page show the status dot and the focus ring, with no axe violation', async () => {
    const forced = await (await connectBrowser()).newContext({ forcedColors: 'active' });
    const demo = await startDemo({ port: 0 });
    try {
      const page = await forced.newPage();
      await page.goto(demo.url);
      await page.waitForFunction(() => customElements.get('exec-cell'));
      await clickRun(page, 'hello');
      expect(await outputText(page, 'hello')).toMatch(/Hello from Python/);
      // To Run from the keyboard (after a mouse click the focus shows no ring, as it should).
      await cell(page, 'hello').locator('[part="run-button"]').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const look = await forcedLook(page, 'hello');
      expect(look.forced).toBe(true);
      expect(look.focused, 'the focus is on Run').toBe(true);
      expect(look.dot, 'the status dot against its background').not.toBe(look.behindDot);
      expect(look.ring, 'the focus ring').not.toBe('none');
      expect(look.ring, 'the focus ring against its background').not.toBe(look.behindRing);
      await expectNoAxeViolations(page);

      const arabic = await openPage(forced, `<main><h1>بايثون</h1><exec-cell id="a">print("مرحبا")</exec-cell></main>`, { htmlAttributes: 'lang="ar" dir="rtl"' });
      await clickRun(arabic, 'a');
      expect(await outputText(arabic, 'a')).toBe('مرحبا\n');
      expect((await forcedLook(arabic, 'a')).dot).not.toBe((await forcedLook(arabic, 'a')).behindDot);
      await expectNoAxeViolations(arabic);
    } finally {
      await forced.close();
      await demo.stop();
    }
  });
});
