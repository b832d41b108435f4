// Firefox ESR (Debian's firefox-esr) driven by puppeteer over WebDriver BiDi: no geckodriver, no
// browser download. Run by scripts/test-browsers.mjs.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { baseConfig } from './scripts/wtr-base.mjs';

export default {
  ...baseConfig,
  // One file at a time: with two windows open, only one has focus, and :focus-visible and keyboard
  // tests in the other fail.
  concurrency: 1,
  // The stories file runs every story; one file at a time, it needs more than the default 2 min.
  testsFinishTimeout: 300000,
  // Starting the browser and its first page took over the default 30 s on a loaded 2-core machine.
  browserStartTimeout: 120000,
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
      // Each test file in its own window (a fresh context): a background tab would be throttled to a
      // few frames a second.
      createPage: async ({ browser }) =>
        (await browser.createBrowserContext()).newPage({ type: 'window' }),
    }),
  ],
};
