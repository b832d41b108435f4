import { defineConfig, type UserConfig } from 'vite';
import { liveStats } from './demo/live-stats.js';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';

// One entry per element (each defines only its tag), the all-in-one bundle, and the feed reader
// alone. Shared code (the base, the feed loader) lands in hashed chunks that the entries import.
// In the CDN build the all-in-one bundle is built apart (`--mode all`, see below).
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
 * How the CDN's all-in-one bundle is cut (`--mode all`): everything it imports statically in one
 * chunk (`core`: Lit, the base, the five classes, the feed loader), the feed reader in another
 * (`read`: fetched beside the feed), then one chunk per element view as Rolldown splits them.
 * Left to Rolldown, the same code came in 17 files for the first download and 27 for a page with
 * a partner wall, and the `import`/`export` lines between them cost 1.7 KB gzip on that page
 * (docs/benchmarks.md, "Issue 19: the download targets").
 */
const allInOneChunks = {
  groups: [
    { name: 'core', tags: ['$initial' as const], priority: 10 },
    { name: 'read', test: /src[\\/]feed[\\/](read|read-document|schema|feed-schema|partner-feed-schema)\.ts$|time-zone\.ts$/, priority: 5 },
  ],
};

/**
 * Three builds, as the field uses them:
 * - `vite build --mode all` (dist/wsis-widgets.js and its chunks): the all-in-one bundle alone,
 *   Lit inside, so that its chunks are cut for it alone, not shared with the entries below (a
 *   page that loads both gets a second copy of the shared code, which the library supports);
 * - `vite build` (the CDN build, dist/): the per-element entries, Lit inside, for
 *   `<script type="module" src=…>` on any page, plus the iframe embed's script;
 * - `vite build --mode npm` (dist/lib/, what `import 'wsis-widgets'` resolves to): `lit` and
 *   `@lit/task` stay bare imports, so an app that uses Lit ships one copy and Node resolves Lit's
 *   server build.
 */
export default defineConfig(({ mode }): UserConfig => {
  const npm = mode === 'npm';
  const all = mode === 'all';
  const { 'wsis-widgets': allInOne, ...elements } = entries;
  return {
    plugins: [liveStats(), minifyLiterals()],
    build: {
      target: ['chrome120', 'edge120', 'firefox121', 'safari17'],
      outDir: npm ? 'dist/lib' : 'dist',
      // The all-in-one build comes second, next to the CDN build's files.
      emptyOutDir: !all,
      sourcemap: true,
      minify: true,
      lib: {
        // The script of dist/embed.html, the iframe page for CMSs that strip scripts (CDN only).
        entry: npm ? entries : all ? { 'wsis-widgets': allInOne } : { ...elements, embed: 'src/embed/main.ts' },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: {
        external: npm ? isLit : [],
        // Vite keeps whitespace in ES library builds; the embed is shipped as is, so minify fully.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, ...(all ? { codeSplitting: allInOneChunks } : {}) },
      },
    },
  };
});
