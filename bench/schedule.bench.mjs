/* eslint-disable no-console -- a benchmark prints its figures */
// <wsis-schedule> on the shapes of issue 19 (5,000 sessions over 5, 10 and 125 days, and 20,000
// over 5 days as a stress line), against a plain innerHTML list of the same rows and fields and
// FullCalendar's list view. Run: `npm run bench -- schedule` (or `node bench/schedule.bench.mjs [runs]`;
// `SHAPES=5000x5,20000x5` picks shapes, `VARIANTS=Widget,Plain` the lists).
//
// A production build of a bench page (vite, into a temp dir) is served over HTTP and driven by
// playwright-core in Debian's Chromium. Each run is a fresh page. Figures are medians.
//  - render: from setting `.feed` (or assigning innerHTML) to the list painted (layout forced,
//    then the next frame's paint);
//  - filters: setting a track, type, day or language filter until style and layout are done (the
//    main thread is free), each cleared again before the next;
//  - keystroke: one character typed in the search box, same measure, median over the word;
//  - heap: JS heap retained after render (after GC), minus the heap before (the feed object
//    itself exists before and is not counted).
import { resolve } from 'node:path';
import { buildBenchPage, launchChromium, median, serveFolder } from './support.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
const RUNS = Number(process.argv[2]) || 5;
/** [sessions, days]: the dense congress, two weeks, a season; the last one a stress line. */
const SHAPES = process.env.SHAPES
  ? process.env.SHAPES.split(',').map((shape) => shape.split('x').map(Number))
  : [
      [5000, 5],
      [5000, 10],
      [5000, 125],
      [20000, 5],
    ];
/** `VARIANTS=Widget,Plain` leaves FullCalendar out (a quicker before/after on a busy machine). */
const VARIANTS = process.env.VARIANTS ? process.env.VARIANTS.split(',') : ['Widget', 'Plain', 'FullCalendar'];
const FILTERS = { track: 'track-a', type: 'workshop', day: null, language: 'fr' };
const WORD = 'digital';

const page = String.raw`
import '${repo}/src/define/schedule.ts';
import { synthesizeFeed } from '${repo}/scripts/feed-synth.mjs';
import { Calendar } from '@fullcalendar/core';
import listPlugin from '@fullcalendar/list';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const heap = async () => { gc(); await frame(); gc(); return performance.memory.usedJSHeapSize; };

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const text = (t, lang = 'en') => (t == null ? '' : typeof t === 'string' ? t : t[lang] ?? t.en ?? Object.values(t)[0] ?? '');

/** The same rows and fields as the widget, as one HTML string (what a web team would write). */
function plainList(feed, sessions) {
  const zone = feed.event.timezone;
  const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const dayLabel = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: zone });
  const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' });
  const langs = new Intl.DisplayNames(['en'], { type: 'language' });
  const types = new Map(feed.sessionTypes.map((t) => [t.id, text(t.name)]));
  const tracks = new Map(feed.tracks.map((t) => [t.id, t]));
  let out = '';
  let day = '';
  for (const s of sessions) {
    const start = Date.parse(s.start);
    const key = dayKey.format(start);
    if (key !== day) {
      out += (day ? '</ul></section>' : '') + '<section data-day="' + key + '"><h3>' + esc(dayLabel.format(start)) + '</h3><ul>';
      day = key;
    }
    out += '<li data-id="' + esc(s.id) + '"><p>' + esc(time.formatRange(start, Date.parse(s.end))) +
      (s.status && s.status !== 'scheduled' ? ' <strong>' + esc(s.status) + '</strong>' : '') + '</p>' +
      '<button type="button">' + esc(text(s.title)) + '</button><p>' + esc(types.get(s.type) ?? '') +
      (s.tracks ?? []).map((id) => ' <span style="--c:' + tracks.get(id).color + '">' + esc(text(tracks.get(id).name)) + '</span>').join('') +
      ' ' + esc(s.format ?? '') + ' · ' + esc(text(s.location)) + ' ' + esc((s.languages ?? []).map((l) => langs.of(l)).join(', ')) + '</p>' +
      ((s.speakers ?? []).length ? '<p>' + esc(s.speakers.map((p) => p.name).join(', ')) + '</p>' : '') + '</li>';
  }
  return out + (day ? '</ul></section>' : '');
}

/** The middle day of the feed, as the day filter's value. */
const middleDay = (feed) => {
  const days = [...new Set(feed.sessions.map((s) => s.start.slice(0, 10)))].sort();
  return days[days.length >> 1];
};

window.benchWidget = async (n, days) => {
  const feed = synthesizeFeed({ sessions: n, days });
  const el = document.createElement('wsis-schedule');
  el.setAttribute('timezone', 'Europe/Zurich');
  document.body.append(el);
  await frame();
  const before = await heap();
  const t0 = performance.now();
  const loaded = new Promise((r) => el.addEventListener('wsis-load', r, { once: true }));
  el.feed = feed;
  await loaded;
  const tLoaded = performance.now() - t0;
  await el.updateComplete;
  const tUpdated = performance.now() - t0;
  el.shadowRoot.querySelector('.list').getBoundingClientRect();
  const tLayout = performance.now() - t0;
  await frame();
  const render = performance.now() - t0;
  window.phases = { tLoaded, tUpdated, tLayout, render };
  // The synthetic feed's last day holds its highest ids: poll (cheaply) for the last one.
  const last = 's-' + String(n).padStart(5, '0');
  while (!el.shadowRoot.querySelector('[data-id="' + last + '"]')) await new Promise((r) => setTimeout(r, 16));
  const complete = performance.now() - t0;
  const heapAfter = await heap();
  const list = el.shadowRoot.querySelector('.list');
  const filters = {};
  for (const [name, value] of Object.entries(${JSON.stringify(FILTERS)})) {
    let t = performance.now();
    if (window.profileFilter) console.profile('filter');
    el[name] = value ?? middleDay(feed);
    await el.updateComplete;
    if (window.profileFilter) console.profileEnd('filter');
    list.getBoundingClientRect();
    filters[name] = performance.now() - t;
    el[name] = undefined;
    await el.updateComplete;
    await frame();
  }
  let t;
  const input = el.shadowRoot.querySelector('input[type="search"]');
  const keys = [];
  for (let i = 1; i <= ${JSON.stringify(WORD)}.length; i++) {
    input.value = ${JSON.stringify(WORD)}.slice(0, i);
    t = performance.now();
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    list.getBoundingClientRect();
    keys.push(performance.now() - t);
    await frame();
  }
  const rows = el.shadowRoot.querySelectorAll('[part~="session"]').length;
  return { render, complete, ...filters, keystroke: median(keys), heap: heapAfter - before, rows };
};

/** The sessions a filter leaves, for the lists that re-render on a filter. */
const filtered = (feed, name) =>
  feed.sessions.filter((s) =>
    name === 'track' ? (s.tracks ?? []).includes('track-a') : name === 'type' ? s.type === 'workshop' : name === 'language' ? (s.languages ?? []).includes('fr') : s.start.slice(0, 10) === middleDay(feed),
  );

window.benchPlain = async (n, days) => {
  const feed = synthesizeFeed({ sessions: n, days });
  const host = document.createElement('div');
  document.body.append(host);
  await frame();
  const before = await heap();
  const t0 = performance.now();
  host.innerHTML = plainList(feed, feed.sessions);
  host.getBoundingClientRect();
  await frame();
  const render = performance.now() - t0;
  const rows = host.querySelectorAll('li').length;
  const heapAfter = await heap();
  const filters = {};
  let t;
  for (const name of Object.keys(${JSON.stringify(FILTERS)})) {
    t = performance.now();
    host.innerHTML = plainList(feed, filtered(feed, name));
    host.getBoundingClientRect();
    filters[name] = performance.now() - t;
    host.innerHTML = plainList(feed, feed.sessions);
    await frame();
  }
  const keys = [];
  for (let i = 1; i <= ${JSON.stringify(WORD)}.length; i++) {
    const q = ${JSON.stringify(WORD)}.slice(0, i);
    t = performance.now();
    host.innerHTML = plainList(feed, feed.sessions.filter((s) => text(s.title).toLowerCase().includes(q)));
    host.getBoundingClientRect();
    keys.push(performance.now() - t);
    await frame();
  }
  return { render, complete: render, ...filters, keystroke: median(keys), heap: heapAfter - before, rows };
};
/** The fields of a row as HTML, for FullCalendar's eventContent (same fields as the widget's row). */
function rowFields(feed, s, types, tracks, langs) {
  return '<div><button type="button">' + esc(text(s.title)) + '</button>' +
    (s.status && s.status !== 'scheduled' ? ' <strong>' + esc(s.status) + '</strong>' : '') +
    '<p>' + esc(types.get(s.type) ?? '') +
    (s.tracks ?? []).map((id) => ' <span>' + esc(text(tracks.get(id).name)) + '</span>').join('') +
    ' ' + esc(s.format ?? '') + ' · ' + esc(text(s.location)) + ' ' + esc((s.languages ?? []).map((l) => langs.of(l)).join(', ')) + '</p>' +
    ((s.speakers ?? []).length ? '<p>' + esc(s.speakers.map((p) => p.name).join(', ')) + '</p>' : '') + '</div>';
}

window.benchFullCalendar = async (n, days) => {
  const feed = synthesizeFeed({ sessions: n, days });
  const types = new Map(feed.sessionTypes.map((t) => [t.id, text(t.name)]));
  const tracks = new Map(feed.tracks.map((t) => [t.id, t]));
  const langs = new Intl.DisplayNames(['en'], { type: 'language' });
  const toEvents = (sessions) => sessions.map((s) => ({ id: s.id, title: text(s.title), start: s.start, end: s.end, extendedProps: { s } }));
  const host = document.createElement('div');
  document.body.append(host);
  await frame();
  const before = await heap();
  const end = new Date(Date.parse(feed.event.end) + 86400000).toISOString().slice(0, 10);
  const t0 = performance.now();
  const calendar = new Calendar(host, {
    plugins: [listPlugin],
    initialView: 'listAll',
    views: { listAll: { type: 'list', visibleRange: { start: feed.event.start, end } } },
    headerToolbar: false,
    height: 'auto',
    events: toEvents(feed.sessions),
    eventContent: (arg) => ({ html: rowFields(feed, arg.event.extendedProps.s, types, tracks, langs) }),
  });
  calendar.render();
  host.getBoundingClientRect();
  await frame();
  const render = performance.now() - t0;
  const rows = host.querySelectorAll('.fc-list-event').length;
  const heapAfter = await heap();
  const filters = {};
  let t;
  for (const name of Object.keys(${JSON.stringify(FILTERS)})) {
    t = performance.now();
    calendar.setOption('events', toEvents(filtered(feed, name)));
    host.getBoundingClientRect();
    filters[name] = performance.now() - t;
    calendar.setOption('events', toEvents(feed.sessions));
    await frame();
  }
  const keys = [];
  for (let i = 1; i <= ${JSON.stringify(WORD)}.length; i++) {
    const q = ${JSON.stringify(WORD)}.slice(0, i);
    t = performance.now();
    calendar.setOption('events', toEvents(feed.sessions.filter((s) => text(s.title).toLowerCase().includes(q))));
    host.getBoundingClientRect();
    keys.push(performance.now() - t);
    await frame();
  }
  return { render, complete: render, ...filters, keystroke: median(keys), heap: heapAfter - before, rows };
};
window.benchReady = true;
`;

const served = await serveFolder(await buildBenchPage('schedule', page, { minify: !process.env.PROFILE }));
const url = served.url;
const browser = await launchChromium();
const results = [];
if (process.env.PROFILE) {
  // PROFILE=<sessions> node bench/schedule.bench.mjs: the functions that take the most time.
  const tab = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => window.benchReady);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (!process.env.NOPROF && !process.env.FILTER) await cdp.send('Profiler.start');
  let filterProfile;
  if (process.env.FILTER) {
    await tab.evaluate('window.profileFilter = true');
    cdp.on('Profiler.consoleProfileFinished', (e) => (filterProfile = e.profile));
  }
  console.log(await tab.evaluate(`window.benchWidget(${Number(process.env.PROFILE)})`));
  console.log(await tab.evaluate('window.phases'));
  const profile = process.env.FILTER ? filterProfile : process.env.NOPROF ? { nodes: [], samples: [], timeDeltas: [] } : (await cdp.send('Profiler.stop')).profile;
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
  await browser.close();
  served.close();
  process.exit(0);
}
try {
  for (const [n, days] of SHAPES) {
    for (const variant of VARIANTS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const tab = await context.newPage();
        await tab.goto(url);
        await tab.waitForFunction(() => window.benchReady);
        runs.push(await tab.evaluate(`window.bench${variant}(${n}, ${days})`));
        await context.close();
      }
      const pick = (key) => median(runs.map((r) => r[key]));
      results.push({ n, days, variant, render: pick('render'), complete: pick('complete'), ...Object.fromEntries(Object.keys(FILTERS).map((k) => [k, pick(k)])), keystroke: pick('keystroke'), heap: pick('heap'), rows: runs[0].rows });
    }
  }
} finally {
  await browser.close();
  served.close();
}

const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1048576).toFixed(1)} MB`;
const label = { Widget: 'wsis-schedule', Plain: 'plain innerHTML', FullCalendar: 'FullCalendar 6 list' };
console.log(`<wsis-schedule> vs a plain innerHTML list and FullCalendar's list view, medians of ${RUNS} runs`);
console.log('| sessions × days | list | render to paint | all rows in DOM | track | type | day | language | search keystroke | JS heap after render | rows in DOM |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.n} × ${r.days} | ${label[r.variant]} | ${ms(r.render)} | ${ms(r.complete)} | ${ms(r.track)} | ${ms(r.type)} | ${ms(r.day)} | ${ms(r.language)} | ${ms(r.keystroke)} | ${mb(r.heap)} | ${r.rows} |`);
}
console.log('\nRatios wsis-schedule / plain innerHTML and / FullCalendar (below 1 = wsis-schedule is faster):');
for (const [n, days] of SHAPES) {
  const w = results.find((r) => r.n === n && r.days === days && r.variant === 'Widget');
  for (const other of VARIANTS.filter((v) => v !== 'Widget')) {
    const o = results.find((r) => r.n === n && r.days === days && r.variant === other);
    console.log(
      `  ${n} × ${days} days vs ${label[other]}: first paint ${(w.render / o.render).toFixed(2)}, track filter ${(w.track / o.track).toFixed(2)}, keystroke ${(w.keystroke / o.keystroke).toFixed(2)}`,
    );
  }
}
console.log('Targets (issue 19): first paint ≤ 0.5× plain innerHTML; each filter and a keystroke ≤ 16 ms; heap ≤ 10 MB at 5,000.');
console.log('JS heap counts JavaScript objects only: the DOM of an innerHTML list is not in it.');
