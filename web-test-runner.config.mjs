// Chromium (`npm test`). Firefox and WebKit: web-test-runner.firefox.config.mjs and
// web-test-runner.webkit.config.mjs, run one after the other by `npm run test:browsers`.
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';
import { baseConfig } from './scripts/wtr-base.mjs';

export default {
  ...baseConfig,
  concurrency: 2,
  plugins: [...baseConfig.plugins, a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
      // Each test file in its own browser context, so no tab is a hidden background tab whose
      // animation frames are paused.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
