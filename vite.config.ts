import { defineConfig } from 'vite';
import { liveStats } from './demo/live-stats.js';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';

// One entry per element (each defines only its tag), the all-in-one bundle, and the feed reader
// alone. Shared code (lit, the base, the feed loader) lands in chunks that every entry imports.
const entries: Record<string, string> = {
  'wsis-widgets': 'src/index.ts',
  schedule: 'src/define/schedule.ts',
  'partner-wall': 'src/define/partner-wall.ts',
  'prize-winners': 'src/define/prize-winners.ts',
  'special-tracks': 'src/define/special-tracks.ts',
  'stats-counter': 'src/define/stats-counter.ts',
  'partner-badge': 'src/define/partner-badge.ts',
  feed: 'src/feed/index.ts',
  // The script of dist/embed.html, the iframe page for CMSs that strip scripts.
  embed: 'src/embed/main.ts',
};

export default defineConfig({
  plugins: [liveStats(), minifyLiterals()],
  build: {
    target: ['chrome120', 'edge120', 'firefox121', 'safari17'],
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: entries,
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      // Vite keeps whitespace in ES library builds; the embed is shipped as is, so minify fully.
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
