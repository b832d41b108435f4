import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';

// Real HTTP routes for tests (status codes, ETag, slow answers): every test/server/*.routes.mjs
// exports a default array of Koa middlewares.
const routeFiles = readdirSync(new URL('./test/server/', import.meta.url)).filter((f) =>
  f.endsWith('.routes.mjs'),
);
const routes = (
  await Promise.all(routeFiles.map((f) => import(`./test/server/${f}`).then((m) => m.default)))
).flat();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  middleware: routes,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
      // Each test file in its own browser context, so no tab is a hidden background tab whose
      // animation frames are paused.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
