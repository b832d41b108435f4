// Firefox ESR (Debian's firefox-esr) driven by puppeteer over WebDriver BiDi: no geckodriver, no
// browser download. Run by scripts/test-browsers.mjs.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { baseConfig } from './scripts/wtr-base.mjs';

export default {
  ...baseConfig,
  concurrency: 2,
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
      // Each test file in its own window: a background tab is throttled to a few frames a second.
      createPage: async ({ browser }) =>
        (await browser.createBrowserContext()).newPage({ type: 'window' }),
    }),
  ],
};
