// SPDX-License-Identifier: BSD-3-Clause
// A cell on a phone: 320 CSS px wide (the narrowest phones; WCAG 1.4.10's reflow width, which
// is also a 1280 px screen at 400% zoom, so 200% zoom's 640 px is covered), touched rather
// than clicked. The page is shown in a 320 px frame, which is a real viewport of that width in
// every engine (WebKit's test browser cannot make its window that narrow).
import { describe, expect, test } from 'vitest';
import { afterAll, afterEach } from 'vitest';
import { closeBrowser, connectBrowser, pageHtml, servePage, type Context } from './helpers.js';

let ctx: Context | undefined;
afterEach(() => ctx?.close());
afterAll(closeBrowser);

const WIDTH = 320;

/** A long line of code, a wide table, a wide picture and a long output line. */
const CELLS = `
<exec-cell id="wide"><script type="text/plain">from IPython.display import HTML, SVG, display
row = "".join(f"<td>column {i}</td>" for i in range(30))
display(HTML(f"<table><tr>{row}</tr></table>"))
display(SVG('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="40"><rect width="1600" height="40" fill="teal"/></svg>'))
print("x" * 400)  # a very long line of code as well: ${'#'.repeat(200)}</script></exec-cell>`;

interface Box {
  name: string;
  width: number;
  height: number;
}

describe('a cell on a phone', () => {
  test('320 px wide, touched: no sideways scrolling of the page, every control reachable and big enough, wide things scroll in the cell', async () => {
    const inner = await servePage(pageHtml(CELLS, { head: '<meta name="viewport" content="width=device-width, initial-scale=1">' }), `e2e/phone-${process.pid}.html`);
    const host = await servePage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>phone</title></head><body style="margin:0">
       <iframe id="phone" title="phone" src="${inner}" style="width:${WIDTH}px;height:667px;border:0"></iframe></body></html>`,
      `e2e/phone-host-${process.pid}.html`,
    );
    // A touch screen (Chromium emulates one only when asked).
    ctx = await (await connectBrowser()).newContext({ hasTouch: true });
    const page = await ctx.newPage();
    await page.goto(host);
    await page.waitForFunction(() => {
      const doc = (document.getElementById('phone') as HTMLIFrameElement).contentDocument;
      return !!doc?.querySelector('exec-cell')?.shadowRoot?.querySelector('[part="run-button"]');
    });

    // Touch Run (a tap at the button's place on screen), and wait for the outputs.
    const runAt = await page.evaluate(() => {
      const frame = document.getElementById('phone') as HTMLIFrameElement;
      const button = frame.contentDocument!.querySelector('exec-cell')!.shadowRoot!.querySelector('[part="run-button"]')!;
      button.scrollIntoView({ block: 'center' });
      const f = frame.getBoundingClientRect();
      const b = button.getBoundingClientRect();
      return { x: f.x + b.x + b.width / 2, y: f.y + b.y + b.height / 2 };
    });
    await page.touchscreen.tap(runAt.x, runAt.y);
    await page.waitForFunction(
      () => {
        const doc = (document.getElementById('phone') as HTMLIFrameElement).contentDocument!;
        const out = doc.querySelector('exec-cell')!.shadowRoot!.querySelector('[part="output"]') as HTMLElement;
        // The table is drawn once the sanitiser's chunk has loaded: it may come after the text.
        return out.innerText.includes('xxxxxxxxxx') && !!out.querySelector('.rich.html')?.shadowRoot?.querySelector('table');
      },
      undefined,
      { timeout: 30_000 },
    );

    // The wide picture may be laid out a frame after it is added: let two frames pass.
    await page.evaluate(() => new Promise<void>((r) => { requestAnimationFrame(() => requestAnimationFrame(() => r())); setTimeout(r, 500); }));
    const seen = await page.evaluate((width) => {
      const doc = (document.getElementById('phone') as HTMLIFrameElement).contentDocument!;
      const root = doc.querySelector('exec-cell')!.shadowRoot!;
      const controls: Box[] = [...root.querySelectorAll<HTMLElement>('button, [role="button"], input, select, summary, a[href]')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.getAttribute('part') || el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName, width: r.width, height: r.height };
        });
      const outside: string[] = [];
      for (const el of root.querySelectorAll<HTMLElement>('button, [part]')) {
        const r = el.getBoundingClientRect();
        if (el.getClientRects().length && (r.left < -0.5 || r.right > width + 0.5)) outside.push(el.getAttribute('part') || el.tagName);
      }
      const scroller = root.querySelector<HTMLElement>('.cm-scroller, [part="editor"] .placeholder');
      const output = root.querySelector<HTMLElement>('[part="output"]')!;
      const scrollsInside = (el: HTMLElement | null) => {
        for (let e = el; e && e !== output.parentElement; e = e.parentElement) if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') return true;
        return false;
      };
      return {
        pageWidth: doc.documentElement.scrollWidth,
        viewport: doc.defaultView!.innerWidth,
        controls,
        outside,
        editorScrolls: !!scroller && scroller.scrollWidth > scroller.clientWidth,
        tableScrolls: scrollsInside(output.querySelector('.rich')),
      };
    }, WIDTH);

    expect(seen.viewport).toBe(WIDTH);
    // WCAG 1.4.10: no horizontal scrolling of the page.
    expect(seen.pageWidth).toBeLessThanOrEqual(WIDTH);
    // Every control is on screen and at least 24 × 24 CSS px (WCAG 2.5.8).
    expect(seen.outside).toEqual([]);
    expect(seen.controls.map((c) => c.name)).toEqual(expect.arrayContaining(['run-button', 'restart-button']));
    for (const c of seen.controls) {
      expect(c.width, c.name).toBeGreaterThanOrEqual(24);
      expect(c.height, c.name).toBeGreaterThanOrEqual(24);
    }
    // The long line scrolls in the editor, the wide outputs in the cell: not the page.
    expect(seen.editorScrolls).toBe(true);
    expect(seen.tableScrolls).toBe(true);
  });
});
