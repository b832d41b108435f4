// Reading a 5,000-session synthetic feed with readFeed (src/feed/read.ts): the median of several
// runs after warm-up, in Node and in Chromium. `npm run bench feed` (or `node bench/feed.bench.mjs`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path.mjs';
import { synthesizeFeed } from '../scripts/feed-synth.mjs';

const SESSIONS = 5000;
const RUNS = 25;
const WARMUP = 5;

const dir = mkdtempSync(join(tmpdir(), 'wsis-feed-bench-'));
const outfile = join(dir, 'read.mjs');
await build({ entryPoints: ['src/feed/read.ts'], outfile, bundle: true, format: 'esm', platform: 'neutral', minify: true, logLevel: 'warning' });
const { readFeed } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

const doc = synthesizeFeed({ sessions: SESSIONS, seed: 1 });
const text = JSON.stringify(doc);
const base = 'https://example.org/feeds/wsis.json';

function median(fn) {
  const times = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = performance.now();
    fn();
    if (i >= WARMUP) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const check = readFeed(doc, { baseUrl: base });
if (check.feed.sessions.length !== SESSIONS || check.warnings.length) throw new Error('the synthetic feed did not read cleanly');

const read = median(() => readFeed(doc, { baseUrl: base }));
const parse = median(() => JSON.parse(text));
const both = median(() => readFeed(JSON.parse(text), { baseUrl: base }));
const print = (line) => process.stdout.write(`${line}\n`);
const ms = (n) => `${n.toFixed(2)} ms`.padStart(10);
print(`feed of ${SESSIONS} sessions (${(text.length / 1024 / 1024).toFixed(1)} MB of JSON), median of ${RUNS} runs, Node ${process.versions.node}:`);
print(`  readFeed (parsed object)       ${ms(read)}`);
print(`  JSON.parse alone, for scale    ${ms(parse)}`);
print(`  JSON.parse + readFeed          ${ms(both)}`);

// The same in Chromium (playwright-core with the system browser), as a visitor's page runs it.
const page = await build({
  stdin: {
    contents: `
      import { readFeed } from './src/feed/read.ts';
      import { synthesizeFeed } from './scripts/feed-synth.mjs';
      globalThis.benchFeed = (sessions, runs, warmup) => {
        const doc = synthesizeFeed({ sessions, seed: 1 });
        const text = JSON.stringify(doc);
        const median = (fn) => {
          const times = [];
          for (let i = 0; i < warmup + runs; i++) {
            const start = performance.now();
            fn();
            if (i >= warmup) times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return times[Math.floor(times.length / 2)];
        };
        const base = 'https://example.org/feeds/wsis.json';
        return {
          read: median(() => readFeed(doc, { baseUrl: base })),
          parse: median(() => JSON.parse(text)),
          both: median(() => readFeed(JSON.parse(text), { baseUrl: base })),
        };
      };`,
    resolveDir: process.cwd(),
    loader: 'js',
  },
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
  // (feed-synth.mjs looks at import.meta only in Node, to know whether it runs as a script.)
  logLevel: 'error',
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
try {
  const tab = await browser.newPage();
  await tab.setContent('<!doctype html><title>feed bench</title>');
  await tab.addScriptTag({ content: page.outputFiles[0].text });
  const inChromium = await tab.evaluate(([n, r, w]) => globalThis.benchFeed(n, r, w), [SESSIONS, RUNS, WARMUP]);
  print(`same in Chromium ${(await browser.version())}:`);
  print(`  readFeed (parsed object)       ${ms(inChromium.read)}`);
  print(`  JSON.parse alone, for scale    ${ms(inChromium.parse)}`);
  print(`  JSON.parse + readFeed          ${ms(inChromium.both)}`);
} finally {
  await browser.close();
}
