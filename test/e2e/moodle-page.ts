// SPDX-License-Identifier: BSD-3-Clause
// Driving Moodle's own pages in the browser tests.
import type { Page } from './helpers.js';

/**
 * Wait until a Moodle page's JavaScript has no work pending (`M.util.pending_js` empty), as
 * Moodle's own Behat steps do before they act. Acting sooner races the page's own requests:
 * signing in while the login page's `service.php` call (videojs' language) is still out made
 * that call's answer, for the session the login had just replaced, set a new guest session
 * cookie, so the next page came as a guest (seen in web.log and Moodle's log); and choosing
 * in a menu before its submit handler existed did nothing.
 */
export async function moodleSettled(page: Page): Promise<void> {
  const idle = () =>
    page.waitForFunction(() => (window as unknown as { M?: { util?: { pending_js?: unknown[] } } }).M?.util?.pending_js?.length === 0, undefined, {
      timeout: 60_000,
    });
  // Twice, a moment apart: a module that starts its request a little after the others would
  // find the first check already passed (jQuery's requests count while out: core/first.js).
  await idle();
  await page.waitForTimeout(300);
  await idle();
}
