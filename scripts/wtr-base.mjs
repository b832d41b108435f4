// What every engine's test-runner config shares: the files, the routes, the TypeScript plugin.
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';

// Real HTTP routes for tests (status codes, ETag, slow answers): every test/server/*.routes.mjs
// exports a default array of Koa middlewares.
const routesDir = new URL('../test/server/', import.meta.url);
const routeFiles = readdirSync(routesDir).filter((f) => f.endsWith('.routes.mjs'));
const routes = (
  await Promise.all(routeFiles.map((f) => import(new URL(f, routesDir).href).then((m) => m.default)))
).flat();

/** Shared web-test-runner options; each engine's config adds `browsers` and `concurrency`. */
export const baseConfig = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: routes,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  testFramework: { config: { timeout: 10000 } },
};
