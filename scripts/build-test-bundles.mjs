// Bundles that tests load but that the test runner cannot make on the fly:
// - test/.bundle/stories.js: every story with the Storybook preview's decorators, built by Vite
//   (which understands the stories' JSON imports and Storybook's CommonJS dependencies);
// - test/.bundle/second-copy.js: the whole library again, as a second copy on the same page.
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { minifyLiterals } from './build/minify-literals.mjs';

execFileSync('node_modules/.bin/cem', ['analyze', '--litelement', '--quiet'], { stdio: 'inherit' });

const bundle = (entry, fileName, emptyOutDir) =>
  build({
    configFile: false,
    // The shipped build shrinks template literals; the test bundles go through the same step.
    plugins: [minifyLiterals()],
    logLevel: 'warn',
    build: {
      outDir: 'test/.bundle',
      emptyOutDir,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => fileName },
    },
    define: { 'process.env.NODE_ENV': '"test"' },
  });

await bundle('test/stories/story-bundle.entry.ts', 'stories.js', true);
await bundle('src/index.ts', 'second-copy.js', false);
