// SPDX-License-Identifier: BSD-3-Clause
// Jupyter widgets (ipywidgets 8.1.9 on ipykernel 7.4.0, the `python3-widgets` kernel of
// scripts/widget-kernel.sh) on a real Jupyter server and through the test BinderHub, drawn by
// the real @jupyter-widgets libraries. What a reader does (drag, click) and what they see.
// One page and one kernel serve the Jupyter tests, in order, as a reader works down a page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cell,
  clickRun,
  connectBrowser,
  closeBrowser,
  expectNoAxeViolations,
  messageText,
  openPage,
  outputText,
  outsideRequests,
  type Context,
  type Page,
  seenText,
  waitForSeenText,
  dragSlider,
} from './helpers.js';
import { startBinderHub } from '../servers/binderhub/index.mjs';
import { WIDGET_KERNEL } from '../servers/widget-kernel.mjs';
import { startDemo } from '../../demo/serve.mjs';

const K = `kernel="${WIDGET_KERNEL}"`;

/** Computed styles of the page's own elements: widget CSS must change none of them. */
function styleProbe(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['#probe-p', '#probe-button', '#probe-input', '#probe-div', 'body'].map((sel) => {
      const s = getComputedStyle(document.querySelector(sel)!);
      return `${sel} ${s.font} ${s.color} ${s.backgroundColor} ${s.margin} ${s.padding} ${s.border} ${s.display} ${s.boxSizing} ${s.lineHeight}`;
    }),
  );
}

const PROBE = `<p id="probe-p">A paragraph of the page.</p><button id="probe-button" type="button">A page button</button>
<input id="probe-input" aria-label="A page input" value="x"><div id="probe-div" class="widget-slider jupyter-widgets widget-inline-hbox">A div with widget class names</div>`;

let context: Context;
let page: Page;
let probeBefore: string[];

beforeAll(async () => {
  context = await (await connectBrowser()).newContext();
  page = await openPage(
    context,
    `<main><h1>Widgets</h1>${PROBE}
<exec-cell id="slider" ${K}>import ipywidgets as w
s = w.IntSlider(value=2, min=0, max=10, description="n")
s</exec-cell>
<exec-cell id="again" ${K}>s</exec-cell>
<exec-cell id="read" ${K}>print("kernel reads", s.value)</exec-cell>
<exec-cell id="slow" ${K}>import time, ipywidgets as w
slow = w.IntSlider(value=2, min=0, max=10, description="slow")
slow.observe(lambda change: time.sleep(2.5), "value")
slow</exec-cell>
<exec-cell id="read-slow" ${K}>print("kernel reads", slow.value)</exec-cell>
<exec-cell id="interact" ${K}>from ipywidgets import interact
@interact(x=(0, 10))
def square(x=3):
    print(f"{x} squared is {x * x}")</exec-cell>
<exec-cell id="button" ${K}>out = w.Output()
b = w.Button(description="Check")
def check(_):
    with out:
        print("clicked! the answer is right")
b.on_click(check)
w.VBox([b, out])</exec-cell>
<exec-cell id="html" ${K}>w.HTML('&lt;b id="bold"&gt;bold&lt;/b&gt;&lt;img src="x" alt="a picture" onerror="window.__pwned = 1"&gt;&lt;script&gt;window.__pwned = 2&lt;/script&gt;')</exec-cell>
<exec-cell id="progress" ${K}>import time
p = w.IntProgress(value=0, max=4, description="Loading")
display(p)
for i in range(4):
    time.sleep(0.05)
    p.value = i + 1</exec-cell>
<exec-cell id="unknown" ${K}>from ipywidgets import DOMWidget
from traitlets import Unicode
class Figure(DOMWidget):
    _model_name = Unicode("FigureModel").tag(sync=True)
    _model_module = Unicode("bqplot").tag(sync=True)
    _model_module_version = Unicode("^0.6.0").tag(sync=True)
    _view_name = Unicode("Figure").tag(sync=True)
    _view_module = Unicode("bqplot").tag(sync=True)
    _view_module_version = Unicode("^0.6.0").tag(sync=True)
    def __repr__(self):
        return "Figure(a bqplot chart)"
Figure()</exec-cell></main>`,
  );
  probeBefore = await styleProbe(page);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await closeBrowser();
});

/** The output area: its text includes the widgets' own (shadow) content. */
const OUT = '[part="output"]';

const readout = (id: string, nth = 0) => cell(page, id).locator('.widget-readout').nth(nth);

describe('Jupyter widgets on a Jupyter server', () => {
  test('a slider appears; dragged, the kernel reads its new value, and a second view of it follows', async () => {
    expect((await clickRun(page, 'slider')).status).toBe('ok');
    await readout('slider').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await readout('slider').innerText()).toBe('2');
    expect(await cell(page, 'slider').locator('.widget-label').first().innerText()).toBe('n');
    expect((await clickRun(page, 'again')).status).toBe('ok');
    await readout('again').waitFor({ state: 'visible' });

    await dragSlider(page, 'slider', 'end');
    await waitForSeenText(page, 'slider', '.widget-readout', /^10$/);
    // The other view of the same widget, in another cell, moved with it.
    await waitForSeenText(page, 'again', '.widget-readout', /^10$/);
    await clickRun(page, 'read');
    expect(await outputText(page, 'read')).toBe('kernel reads 10\n');

    await dragSlider(page, 'again', 'start');
    await waitForSeenText(page, 'slider', '.widget-readout', /^0$/);
    await clickRun(page, 'read');
    expect(await outputText(page, 'read')).toBe('kernel reads 0\n');
  });

  test("Run at once after a drag, with an observer slower than 2 s: the run sees the slider's last value", async () => {
    // The widgets' throttle sends one update and holds the rest until the kernel has handled
    // it, here 2.5 s later. A run must not overtake what the throttle still holds.
    expect((await clickRun(page, 'slow')).status).toBe('ok');
    await readout('slow').waitFor({ state: 'visible', timeout: 30_000 });
    await dragSlider(page, 'slow', 'end');
    await waitForSeenText(page, 'slow', '.widget-readout', /^10$/);
    await clickRun(page, 'read-slow');
    expect(await outputText(page, 'read-slow')).toBe('kernel reads 10\n');
  });

  test('interact: the function draws its output, and draws it again when the slider moves', async () => {
    await clickRun(page, 'interact');
    await waitForSeenText(page, 'interact', OUT, /3 squared is 9/);
    await dragSlider(page, 'interact', 'end');
    await waitForSeenText(page, 'interact', OUT, /10 squared is 100/);
    expect(await seenText(page, 'interact', OUT)).not.toContain('3 squared is 9');
    await dragSlider(page, 'interact', 'start');
    await waitForSeenText(page, 'interact', OUT, /0 squared is 0/);
  });

  test("a button's on_click prints into an Output widget", async () => {
    await clickRun(page, 'button');
    const button = cell(page, 'button').getByRole('button', { name: 'Check' });
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await seenText(page, 'button', OUT)).not.toContain('clicked!');
    await button.click();
    await waitForSeenText(page, 'button', OUT, /clicked! the answer is right/);
  });

  test("an HTML widget's value is sanitised: markup stays, scripts and handlers do not", async () => {
    await clickRun(page, 'html');
    await waitForSeenText(page, 'html', '.widget-html-content', /bold/);
    const markup = await cell(page, 'html').locator('.widget-html-content').evaluate((el: HTMLElement) => el.innerHTML);
    expect(markup).toContain('<b id="bold">bold</b>');
    expect(markup).toContain('<img src="x" alt="a picture">');
    expect(markup).not.toMatch(/onerror|script/i);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0)).toBe(0);
  });

  test('a progress bar advances as the kernel loop updates it', async () => {
    expect((await clickRun(page, 'progress')).status).toBe('ok');
    const bar = cell(page, 'progress').locator('.progress-bar');
    await bar.waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => {
        const root = document.getElementById('progress')!.shadowRoot!;
        const host = root.querySelector('.widget') as HTMLElement | null;
        const b = host?.shadowRoot?.querySelector('.progress-bar') as HTMLElement | null;
        return b?.style.width === '100%';
      },
      undefined,
      { timeout: 10_000 },
    );
  });

  test('a widget of a library the page does not have: its text and a message naming the library, nothing fetched', async () => {
    const since = Date.now();
    await clickRun(page, 'unknown');
    await waitForSeenText(page, 'unknown', OUT, /bqplot/);
    const text = await seenText(page, 'unknown', OUT);
    expect(text).toContain('This widget comes from the library bqplot ^0.6.0, which this page does not have');
    expect(text).toContain('Figure(a bqplot chart)');
    expect(await outsideRequests(since)).toEqual([]);
    const paths = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(paths.filter((p) => /bqplot|unpkg|jsdelivr|cdn/i.test(p))).toEqual([]);
  });

  test("widget CSS stays in the widgets: the page's own elements look the same as before", async () => {
    expect(await styleProbe(page)).toEqual(probeBefore);
    // ...and the widgets got theirs (a slider's track is drawn by the library's CSS).
    const track = await cell(page, 'slider').locator('.noUi-target').first().boundingBox();
    expect(track.width).toBeGreaterThan(100);
  });

  test('axe finds no violation on a page of widgets, light and dark', async () => {
    await expectNoAxeViolations(page);
  });

  test('Restart removes the live widgets and says why', async () => {
    await cell(page, 'slider').locator('[part="restart-button"]').click();
    await waitForSeenText(page, 'slider', OUT, /The kernel restarted: these widgets no longer work/);
    expect(await cell(page, 'slider').locator('.noUi-handle').count()).toBe(0);
    // The text of the widget stays, so the reader still sees what was there.
    expect(await seenText(page, 'slider', OUT)).toContain('IntSlider(');
    expect(await messageText(page, 'slider')).toBe('');
  });
});

describe('Jupyter widgets on Binder', () => {
  test('a Binder cell shows a live slider the kernel reads', async () => {
    const hub = await startBinderHub({ buildSeconds: 0.2, keepaliveSeconds: 0.3 });
    try {
      const binderPage = await openPage(
        context,
        `<exec-cell id="b" repo="exec-cell/widgets" ${K}>import ipywidgets as w
s = w.IntSlider(value=4, max=10)
s</exec-cell>
<exec-cell id="r" repo="exec-cell/widgets" ${K}>print("binder reads", s.value)</exec-cell>`,
        { config: { 'binder-url': hub.url } },
      );
      expect((await clickRun(binderPage, 'b', 60_000)).status).toBe('ok');
      await cell(binderPage, 'b').locator('.noUi-handle').waitFor({ state: 'visible', timeout: 30_000 });
      // As a reader does: drag to the end, see 10, then run.
      await dragSlider(binderPage, 'b', 'end');
      await waitForSeenText(binderPage, 'b', '.widget-readout', /^10$/);
      await clickRun(binderPage, 'r');
      expect(await outputText(binderPage, 'r')).toBe('binder reads 10\n');
      await binderPage.close();
    } finally {
      await hub.close();
    }
  });
});

describe('the demo', () => {
  test('the Jupyter demo page shows a live interact', async () => {
    const demo = await startDemo({ port: 0 });
    try {
      const demoPage = await context.newPage();
      await demoPage.goto(new URL('jupyter.html', demo.url).href);
      await demoPage.waitForFunction(() => customElements.get('exec-cell'));
      expect((await clickRun(demoPage, 'widgets', 60_000)).status).toBe('ok');
      const handle = cell(demoPage, 'widgets').locator('.noUi-handle');
      await handle.waitFor({ state: 'visible', timeout: 30_000 });
      const shown = () => demoPage.evaluate(() => document.getElementById('widgets')!.shadowRoot!.querySelector('.widget')!.shadowRoot!.textContent);
      expect(await shown()).toContain('■ ■ ■ ■ ■');
      await demoPage.close();
    } finally {
      await demo.stop();
    }
  });
});
