// SPDX-License-Identifier: BSD-3-Clause
// The Binder demo page, served as `npm run demo` serves it (with the test BinderHub it starts):
// it builds, launches, runs, and has no accessibility violations.
import { describe, expect, test } from 'vitest';
import { clickRun, expectNoAxeViolations, outputText, useBrowser } from './helpers.js';
import { startDemo } from '../../demo/serve.mjs';

const { context } = useBrowser();

describe('the Binder demo', () => {
  test('demo/binder.html launches on the test BinderHub and runs its cells, with no accessibility violations', async () => {
    const demo = await startDemo({ port: 0 });
    try {
      const page = await context().newPage();
      await page.goto(demo.binderUrl);
      await page.waitForFunction(() => customElements.get('exec-cell'));
      await clickRun(page, 'hello');
      expect(await outputText(page, 'hello')).toMatch(/^Python 3\.\d+\.\d+ in \/tmp\/exec-cell-binder-\w+\nLaunched by exec-cell's test BinderHub for https:\/\/github.com\/exec-cell\/binder-demo\n/);
      await clickRun(page, 'define');
      await clickRun(page, 'use');
      expect(await outputText(page, 'use')).toBe('[1, 1, 2, 3, 4, 5, 6, 9] 3.875\n');
      await clickRun(page, 'plot');
      expect(await page.locator('exec-cell#plot').locator('[part="output"] img').count()).toBe(1);

      await expectNoAxeViolations(page);
    } finally {
      await demo.stop();
    }
  });
});
