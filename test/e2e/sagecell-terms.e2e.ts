// SPDX-License-Identifier: BSD-3-Clause
// A SageCell server that requires its terms of service (a second instance of the upstream
// server, with SAGECELL_TOS=1): the cell shows the server's own terms with Accept and
// Decline, runs once they are accepted, and remembers that for the server.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cell, clickRun, FETCH_RECORDER, messageText, outputText, pageHtml, recordedFetches, servePage, useBrowser, waitForStatus, type Page } from './helpers.js';
import { startSageCell } from '../servers/sagecell/instances.mjs';

const { context } = useBrowser();
let sage: Awaited<ReturnType<typeof startSageCell>>;

beforeAll(async () => {
  sage = await startSageCell({ tos: true });
}, 20 * 60_000);
afterAll(async () => {
  await sage?.stop();
});

const codeOf = (id: string) => (document.getElementById(id) as HTMLElement & { code: string }).code;

/** The page's kernel requests, as its fetch recorder saw them. */
async function kernelRequests(page: Page): Promise<{ bodies: string[]; failed: number }> {
  const kernel = (await recordedFetches(page)).filter((f) => f.method === 'POST' && new URL(f.url).pathname === '/kernel');
  // `failed`: refused at the network level (a 403 without CORS headers reaches the page as a bare error).
  return { bodies: kernel.map((f) => f.body), failed: kernel.filter((f) => f.failed).length };
}

async function termsPage(body: string, path = `e2e/sagecell-terms-${process.pid}-${Date.now()}.html`): Promise<{ page: Page; url: string }> {
  const url = await servePage(pageHtml(body, { config: { sagecellUrl: sage.url }, head: FETCH_RECORDER }), path);
  const page = await context().newPage();
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
  return { page, url };
}

describe('terms of service', () => {
  test('the server’s terms show in the cell; Accept runs the code and is remembered for this server', async () => {
    const { page, url } = await termsPage(`<exec-cell id="c" backend="sagecell">print(1+1)</exec-cell>`);
    const first = await clickRun(page, 'c');
    expect(first.status).toBe('error');
    const message = await messageText(page, 'c');
    expect(message).toContain(`The SageCell server at ${sage.url} asks you to accept its terms of service before it runs code`);
    // The server's own text (templates/tos_default.html), as text.
    expect(message).toContain('The Sage Cell Server is a non-commercial service that may change or be shut down at any time.');
    expect(message).not.toContain('<p>');
    // Nothing was sent as accepted before the reader accepted.
    expect((await kernelRequests(page)).bodies.some((b) => b.includes('accepted_tos'))).toBe(false);

    await cell(page, 'c').locator('[part="message-action"]', { hasText: 'Accept' }).click();
    await page.waitForFunction(() => document.getElementById('c')!.shadowRoot!.querySelector('[part="output"]')!.textContent === '2\n', undefined, {
      timeout: 30_000,
    });
    expect(await messageText(page, 'c')).toBe('');
    expect((await kernelRequests(page)).bodies.at(-1)).toContain('accepted_tos=true');

    // Remembered: a new page on this site runs at once.
    const again = await context().newPage();
    await again.goto(url);
    await again.waitForFunction(() => customElements.get('exec-cell') !== undefined);
    const result = await clickRun(again, 'c');
    expect(result.status).toBe('ok');
    expect(await outputText(again, 'c')).toBe('2\n');
    expect(await messageText(again, 'c')).toBe('');
  });

  test('terms not accepted: the refused request (a bare network error) is recognised, Decline says what it means', async () => {
    const { page } = await termsPage(`<exec-cell id="c" backend="sagecell">x = 1
print(x)</exec-cell>`);
    await clickRun(page, 'c');
    // The server refused without CORS headers: the browser saw only a failed request ...
    expect((await kernelRequests(page)).failed).toBe(1);
    // ... and the cell asked the terms endpoint why, instead of calling the server unreachable.
    expect(await messageText(page, 'c')).toContain('asks you to accept its terms of service');
    expect(await messageText(page, 'c')).not.toContain('Could not reach');
    await cell(page, 'c').locator('[part="message-action"]', { hasText: 'Decline' }).click();
    await page.waitForFunction(() => /Not run/.test(document.getElementById('c')!.shadowRoot!.querySelector('[part="message"]')?.textContent ?? ''));
    expect(await messageText(page, 'c')).toContain(`Not run: the SageCell server at ${sage.url} runs code only for readers who accept its terms of service.`);
    await waitForStatus(page, 'c', 'error');
    expect(await outputText(page, 'c')).toBe('');
    expect(await page.evaluate(codeOf, 'c')).toBe('x = 1\nprint(x)');
    // Running again asks again.
    await clickRun(page, 'c');
    expect(await messageText(page, 'c')).toContain('asks you to accept its terms of service');
  });
});
