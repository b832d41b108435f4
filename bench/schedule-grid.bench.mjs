/* eslint-disable no-console -- a benchmark prints its figures */
// <wsis-schedule view="grid">: first render of one day of 1,000 sessions in 20 rooms (issue 19;
// also in 12 rooms, as measured before; columns by location),
// the same day as the list view for comparison, and the grid of the 5,000-session feed (one day
// of about 40 sessions shown). Run: `npm run bench -- schedule-grid` (or
// `node bench/schedule-grid.bench.mjs [runs]`).
//
// Same harness as schedule.bench.mjs: a production build of a bench page (vite, into a temp
// dir) served over HTTP, driven by playwright-core in Debian's Chromium, a fresh page per run,
// medians. `render`: from setting `.feed` to the grid (or list) laid out and the next frame
// painted; the grid's code is loaded before the clock starts (it is a one-off download, cached
// by the browser afterwards); `settled`: until the columns off screen are rendered and the list
// behind the grid is built (both in idle moments after the first paint); `scroll`: the median
// frame time while the grid scrolls to its end in 30 steps, once settled; `heap`: JS heap
// retained after render (after GC).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBenchPage, launchChromium, median, serveFolder } from './support.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
const RUNS = Number(process.argv[2]) || 5;
const SESSIONS = 1000;

const page = String.raw`
import '${repo}/src/define/schedule.ts';
import '${repo}/src/schedule/grid-view.ts';
import '${repo}/src/schedule/plan.ts';
import { synthesizeFeed } from '${repo}/scripts/feed-synth.mjs';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const heap = async () => { gc(); await frame(); gc(); return performance.memory.usedJSHeapSize; };

let el, t0, n, view;
window.setup = async (count, kind, days, rooms) => {
  n = count; view = kind;
  const feed = synthesizeFeed({ sessions: n, days, rooms });
  el = document.createElement('wsis-schedule');
  el.setAttribute('timezone', 'Europe/Zurich');
  el.setAttribute('view', view);
  document.body.append(el);
  // The plan (stars, grid switch) loads when the element connects: wait for it.
  await new Promise((r) => setTimeout(r, 50));
  await frame();
  window.before = await heap();
  window.feed = feed;
};
window.render = async () => {
  t0 = performance.now();
  el.feed = window.feed;
  const selector = view === 'grid' ? '.grid .block' : '.list [part~="session"]';
  while (!el.shadowRoot.querySelector(selector)) { await el.updateComplete; await new Promise((r) => setTimeout(r, 0)); }
  el.shadowRoot.querySelector(view === 'grid' ? '.grid' : '.list').getBoundingClientRect();
  await frame();
  const render = performance.now() - t0;
  const root = el.shadowRoot;
  const rooms = root.querySelectorAll('.grid .column').length;
  // Load-independent: what the first paint had to build (elements in the shadow root).
  return { render, rows: root.querySelectorAll(selector).length, rooms, elements: root.querySelectorAll('*').length };
};
window.finish = async () => {
  // After the first paint the grid renders its columns off screen and the list hidden behind it
  // builds its rows, in idle moments: 'settled' is when both are done (scrolling is measured then).
  const root = el.shadowRoot;
  while (root.querySelector('.grid .column:not(.laid)') || root.querySelectorAll('.list [part~="session"]').length < n) {
    if (performance.now() - t0 > 60000) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const settled = performance.now() - t0;
  const heapAfter = await heap();
  let scroll = 0;
  if (view === 'grid') {
    const box = el.shadowRoot.querySelector('.grid-scroll');
    const times = [];
    for (let i = 1; i <= 30; i++) {
      const t = performance.now();
      box.scrollTop = (box.scrollHeight * i) / 30;
      box.scrollLeft = (box.scrollWidth * i) / 30;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push((performance.now() - t) / 2);
    }
    scroll = median(times);
  }
  return { settled, scroll, heap: heapAfter - window.before };
};
window.benchReady = true;
`;
const served = await serveFolder(await buildBenchPage('schedule-grid', page, { minify: !process.env.PROFILE }));
const url = served.url;
const browser = await launchChromium();
try {
  const results = {};
  // [label, sessions, days (undefined: about 40 a day), view, rooms]
  const cases = [
    ['grid, 20 rooms (issue 19)', SESSIONS, 1, 'grid', 20],
    ['grid, 12 rooms (earlier figures)', SESSIONS, 1, 'grid', 12],
    ['list, 20 rooms', SESSIONS, 1, 'list', 20],
    ['grid, 5,000 sessions over 125 days', 5000, undefined, 'grid', 12],
  ];
  for (const [label, n, days, view, rooms] of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Performance.enable');
      await tab.goto(url);
      await tab.waitForFunction(() => window.benchReady);
      await tab.evaluate(`window.setup(${n}, '${view}', ${days}, ${rooms})`);
      const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const m0 = await metric();
      // TRACE=dir: a Chromium trace of the first run's render per case, to read in DevTools.
      if (process.env.TRACE && i === 0) await browser.startTracing(tab, { path: `${process.env.TRACE}/${view}-${rooms}-${n}.json`, categories: ['devtools.timeline', 'blink', 'v8', 'disabled-by-default-devtools.timeline'] });
      if (process.env.PROFILE && i === 0) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.setSamplingInterval', { interval: 200 })).then(() => cdp.send('Profiler.start'));
      const first = await tab.evaluate('window.render()');
      if (process.env.TRACE && i === 0) await browser.stopTracing();
      if (process.env.PROFILE && i === 0) writeFileSync(`${process.env.PROFILE}/${view}-${rooms}-${n}.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      const m1 = await metric();
      const rest = await tab.evaluate('window.finish()');
      // Layout objects alive at first paint, and the main thread's style and layout time to it
      // (Chromium's own counters; the time ones include a few ms of idle work after the paint).
      first.layoutObjects = m1.LayoutObjects - m0.LayoutObjects;
      first.styleLayout = (m1.RecalcStyleDuration - m0.RecalcStyleDuration + m1.LayoutDuration - m0.LayoutDuration) * 1000;
      // Main-thread CPU time to the first paint: less bent by other processes than wall time.
      first.cpu = (m1.ThreadTime - m0.ThreadTime) * 1000;
      runs.push({ ...first, ...rest });
      await context.close();
    }
    const med = (key) => median(runs.map((r) => r[key]));
    results[label] = { ...Object.fromEntries(['render', 'settled', 'scroll', 'heap', 'layoutObjects', 'styleLayout', 'cpu'].map((k) => [k, med(k)])), rows: runs[0].rows, rooms: runs[0].rooms, elements: runs[0].elements };
  }
  const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
  const mb = (x) => `${(x / 1048576).toFixed(1).padStart(6)} MB`;
  console.log(`<wsis-schedule view="grid", medians of ${RUNS} runs (Chromium ${browser.version()}); grid and list: ${SESSIONS.toLocaleString('en')} sessions in one day`);
  console.log('first render      settled   scroll frame      heap   blocks/rows   view');
  for (const [label, r] of Object.entries(results)) {
    console.log(`${ms(r.render)}    ${ms(r.settled)}      ${r.scroll ? ms(r.scroll) : '       –'}  ${mb(r.heap)}   ${String(r.rows).padStart(11)}   ${label}`);
  }
  console.log('\nto the first paint: elements in the shadow root, layout objects added, style+layout time, main-thread CPU time (Chromium counters)');
  for (const [label, r] of Object.entries(results)) {
    console.log(`${String(r.elements).padStart(8)} el  ${String(Math.round(r.layoutObjects)).padStart(7)} lo  ${ms(r.styleLayout)} style+layout  ${ms(r.cpu)} cpu   ${r.rooms ? `${r.rooms} columns, ` : ''}${label}`);
  }
  console.log('settled: every grid column rendered and the list behind the grid built (idle work after the first paint);');
  console.log('scroll frame: median of (two animation frames)/2 while scrolling to the end in 30 steps, once settled (60 Hz: 16.7 ms is one frame).');
} finally {
  await browser.close();
  served.close();
}
