// Frameworks that render on the server (Next, Nuxt, Astro, SvelteKit) import the package in Node
// without guards. Each public entry must import there without throwing, and each element entry
// registers its tag in Lit's server-side registry (Lit's Node build provides `customElements`).
// Each import runs in its own Node process, as a server would load only what a page needs.
// test/consumer/smoke.mjs does the same against the packed package.
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';

const run = promisify(execFile);
const entries = [
  ['src/index.ts', ['wsis-schedule', 'wsis-partner-wall', 'wsis-prize-winners', 'wsis-special-tracks', 'wsis-stats-counter', 'wsis-partner-badge']],
  ['src/define/schedule.ts', ['wsis-schedule']],
  ['src/define/partner-wall.ts', ['wsis-partner-wall']],
  ['src/define/prize-winners.ts', ['wsis-prize-winners']],
  ['src/define/special-tracks.ts', ['wsis-special-tracks']],
  ['src/define/stats-counter.ts', ['wsis-stats-counter']],
  ['src/define/partner-badge.ts', ['wsis-partner-badge']],
  ['src/feed/index.ts', []],
];

/** Imports `file` in a new Node process; returns the tags then defined, or throws with its stderr. */
async function importInNode(file) {
  const script = `await import(${JSON.stringify(`./${file}`)});
    const tags = ['wsis-schedule', 'wsis-partner-wall', 'wsis-prize-winners', 'wsis-special-tracks', 'wsis-stats-counter', 'wsis-partner-badge'];
    console.log(JSON.stringify(tags.filter((tag) => globalThis.customElements?.get(tag))));`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

for (const [file, tags] of entries) {
  test(`importing ${file} in Node does not throw and defines ${tags.join(', ') || 'no tag'}`, async () => {
    assert.deepEqual(await importInNode(file), tags);
  });
}
