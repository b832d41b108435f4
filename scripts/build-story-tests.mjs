// Bundles every story (with the Storybook preview's decorators) so that the test runner can render
// each one in Chromium: see test/stories/stories.test.ts.
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { minifyLiterals } from './build/minify-literals.mjs';

execFileSync('node_modules/.bin/cem', ['analyze', '--litelement', '--quiet'], { stdio: 'inherit' });
await build({
  configFile: false,
  // The shipped build shrinks template literals; the stories run through the same step.
  plugins: [minifyLiterals()],
  logLevel: 'warn',
  build: {
    outDir: 'test/stories/.bundle',
    emptyOutDir: true,
    minify: false,
    target: 'es2022',
    lib: { entry: 'test/stories/story-bundle.entry.ts', formats: ['es'], fileName: () => 'stories.js' },
  },
  define: { 'process.env.NODE_ENV': '"test"' },
});
