// Run by `npm run build` (scripts/build.mjs): bundles the `wsis-widgets` command into dist/cli.js
// and the converters for build pipelines (`wsis-widgets/convert`) into dist/convert.js. Their
// types come from tsc (tsconfig.build.json: dist/types/convert/index.d.ts).
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
// No Node built-ins in the converters: they run in Node, Deno, bundlers and browsers alike.
await build({
  entryPoints: ['src/convert/index.ts'],
  outfile: 'dist/convert.js',
  bundle: true,
  platform: 'neutral',
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});
console.log('Built dist/cli.js and dist/convert.js.');
