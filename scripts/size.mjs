// `npm run size`: the bytes a visitor downloads for each entry of both builds, counting every
// chunk it imports statically (lazily loaded language files are listed apart). The CDN build
// (dist/) has Lit inside; the npm build (dist/lib/) leaves Lit to the app, so its figures are what
// an element adds on top of an app's own Lit. Fails above the budget (CDN all-in-one bundle).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { printModuleTable } from './size-modules.mjs';

/**
 * The all-in-one bundle's first download, gzip, in bytes (35 KB at first, then 33). Raised to 34
 * KB on purpose: the reader moved out (-3.4 KB), but the partner filters, organizers, locations
 * and day start, the focus rule, zone names and timer limits came in (33.8 KB). The way back down
 * is the schedule's view behind LazyModule (about 8 KB, issue 19). 34.5 KB: the badge's lighter
 * entry (issue 22) splits the shared base from the feed loader, one more chunk boundary in this
 * bundle (+0.3 KB of import/export lists).
 */
const BUDGET_GZIP = 34.5 * 1024;
/**
 * The partner badge's entry with everything it loads to render (English), gzip: 20.3 KB before
 * its lighter reader, 17.5 KB after. Issue 22 asks for 12 KB, which is not reached (Lit and the
 * shared styles alone are 7.9 KB: docs/partner-badge.md, "Bytes"); this holds what was reached.
 */
const BADGE_BUDGET_GZIP = 18 * 1024;
const dist = 'dist';
if (!existsSync(join(dist, 'wsis-widgets.js'))) {
  console.error('No dist/wsis-widgets.js: run `npm run build` first.');
  process.exit(1);
}

const staticImport = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']|export\s*[\w*{}\s,$]+from\s*["']([^"']+)["']/g;
const dynamicImport = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(staticImport)) {
    const spec = match[1] ?? match[2];
    if (spec.startsWith('.')) closure(resolve(dirname(file), spec), seen);
  }
  return seen;
}

function lazyFiles(files) {
  const lazy = new Set();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(dynamicImport)) {
      if (match[1].startsWith('.')) lazy.add(resolve(dirname(file), match[1]));
    }
  }
  return lazy;
}

function measure(files) {
  const code = Buffer.concat([...files].map((f) => readFileSync(f)));
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

/** One row per entry of a build folder; returns the all-in-one entry's size. */
function entryTable(folder, title) {
  // cli.js is the Node validator, never sent to a browser.
  const entries = readdirSync(folder).filter((f) => f.endsWith('.js') && f !== 'cli.js');
  console.log(`${title.padEnd(36)}  minified     gzip   brotli`);
  let allInOne;
  for (const entry of entries.sort()) {
    const size = measure(closure(resolve(folder, entry)));
    if (entry === 'wsis-widgets.js') allInOne = size;
    console.log(`${entry.padEnd(36)} ${kb(size.min)} ${kb(size.gzip)} ${kb(size.brotli)}`);
  }
  return allInOne;
}

const total = entryTable(dist, 'CDN build, dist/ (Lit inside)');
if (existsSync(join(dist, 'lib', 'wsis-widgets.js'))) {
  console.log('');
  entryTable(join(dist, 'lib'), 'npm build, dist/lib/ (Lit not counted)');
} else {
  console.error('No dist/lib/: the npm build is missing (run `npm run build`).');
  process.exit(1);
}
// What the all-in-one bundle fetches later: each element's rendering code when the first such
// element connects (and what that imports), and the strings of a language other than English.
const initial = closure(resolve(dist, 'wsis-widgets.js'));
const isLanguage = (file) => /\/(ar|es|fr|ru|zh)-[\w-]+\.js$/.test(file);
const onDemand = new Set();
const languages = new Set();
const pending = [...lazyFiles(initial)];
while (pending.length) {
  const file = pending.pop();
  if (initial.has(file) || onDemand.has(file) || languages.has(file)) continue;
  if (isLanguage(file)) {
    languages.add(file);
    continue;
  }
  for (const needed of closure(file)) {
    if (initial.has(needed) || onDemand.has(needed)) continue;
    onDemand.add(needed);
    pending.push(...lazyFiles([needed]));
  }
}
const row = (label, files) => {
  const size = measure(files);
  console.log(`${label.padEnd(36)} ${kb(size.min)} ${kb(size.gzip)} ${kb(size.brotli)}`);
};
console.log('\ndist/wsis-widgets.js (CDN), step by step:');
row('  first download (budgeted)', initial);
row('  rendering code, all five elements', onDemand);
row('  a page showing all five (English)', new Set([...initial, ...onDemand]));
row(`  other languages (${languages.size} files, all)`, languages);
printModuleTable('first download', initial);
printModuleTable('rendering code, all five elements', onDemand);

// The badge's entry, the lightest thing we ship (issue 22): all it needs to render in English,
// that is the entry, every chunk it imports and every chunk it loads on first use (its feed
// reader), other languages apart. The entry's row above counts static imports only.
const badgeFiles = closure(resolve(dist, 'partner-badge.js'));
for (const file of badgeFiles) {
  for (const lazy of lazyFiles([file])) if (!isLanguage(lazy)) closure(lazy, badgeFiles);
}
const badge = measure(badgeFiles);
console.log('');
row('partner-badge.js, all it loads', badgeFiles);
printModuleTable('partner-badge.js, all it loads to render', badgeFiles, { min: 150 });

console.log(`\nBudget for wsis-widgets.js: ${kb(BUDGET_GZIP).trim()} gzip; now ${kb(total.gzip).trim()}.`);
console.log(`Budget for partner-badge.js (all it loads): ${kb(BADGE_BUDGET_GZIP).trim()} gzip; now ${kb(badge.gzip).trim()}.`);
if (total.gzip > BUDGET_GZIP || badge.gzip > BADGE_BUDGET_GZIP) {
  console.error('Over budget.');
  process.exit(1);
}
