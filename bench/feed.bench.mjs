// Reading a 5,000-session synthetic feed with readFeed (src/feed/read.ts), in Node: the median of
// several runs after warm-up. `npm run bench feed` (or `node bench/feed.bench.mjs`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
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
