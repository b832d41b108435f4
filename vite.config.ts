import { defineConfig, type UserConfig } from 'vite';
import { liveStats } from './demo/live-stats.js';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';

// One entry per element (each defines only its tag), the all-in-one bundle, and the feed reader
// alone. Shared code (the base, the feed loader) lands in hashed chunks that the entries import.
// Every `customElements.define` call sits in an entry module itself (src/index.ts,
// src/define/*.ts), never in a chunk: bundlers keep an entry that `sideEffects` lists, and drop
// a chunk that nothing imports a value from.
const entries: Record<string, string> = {
  'wsis-widgets': 'src/index.ts',
  schedule: 'src/define/schedule.ts',
  'partner-wall': 'src/define/partner-wall.ts',
  'prize-winners': 'src/define/prize-winners.ts',
  'special-tracks': 'src/define/special-tracks.ts',
  'stats-counter': 'src/define/stats-counter.ts',
  'partner-badge': 'src/define/partner-badge.ts',
  feed: 'src/feed/index.ts',
};

/** A bare import of Lit or @lit/task: left to the app's bundler in the npm build. */
const isLit = (id: string) => /^(lit|lit-html|lit-element|@lit\/[\w-]+)(\/|$)/.test(id);

/**
 * Two builds, as the field uses them:
 * - `vite build` (the CDN build, dist/): Lit inside, for `<script type="module" src=…>` on any
 *   page, plus the iframe embed's script;
 * - `vite build --mode npm` (dist/lib/, what `import 'wsis-widgets'` resolves to): `lit` and
 *   `@lit/task` stay bare imports, so an app that uses Lit ships one copy and Node resolves Lit's
 *   server build.
 */
export default defineConfig(({ mode }): UserConfig => {
  const npm = mode === 'npm';
  return {
    plugins: [liveStats(), minifyLiterals()],
    build: {
      target: ['chrome120', 'edge120', 'firefox121', 'safari17'],
      outDir: npm ? 'dist/lib' : 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: true,
      lib: {
        // The script of dist/embed.html, the iframe page for CMSs that strip scripts (CDN only).
        entry: npm ? entries : { ...entries, embed: 'src/embed/main.ts' },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: {
        external: npm ? isLit : [],
        // Vite keeps whitespace in ES library builds; the embed is shipped as is, so minify fully.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
