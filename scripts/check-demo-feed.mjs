// Quick self-check of a feed v1 document (docs: /work/shared/feed-v1.md), stricter than a reader:
// every DateTime must carry the offset that the event's time zone really has at that instant.
// Usage: node scripts/check-demo-feed.mjs [feed.json …]   (default: demo/feeds/wsis-forum-2021.json)
// Exits 1 and lists the problems when a document fails. Not part of the library.
import { readFileSync } from 'node:fs';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COLOR = /^#[0-9a-f]{6}$/i;
const COUNTRY = /^[A-Z]{2}$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ACTION_LINE = /^C([1-9]|1[01])$/;

function checkFeed(feed) {
  const errors = [];
  const err = (path, message) => errors.push(`${path}: ${message}`);
  const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const text = (v, path, required = false) => {
    if (v === undefined) return required ? err(path, 'missing') : undefined;
    if (typeof v === 'string') return v.trim() ? undefined : err(path, 'empty text');
    if (!isObj(v) || Object.keys(v).length === 0) return err(path, 'not a Text');
    if (!('en' in v)) err(path, 'no "en" entry');
    for (const [lang, s] of Object.entries(v)) {
      if (!LANG.test(lang)) err(`${path}.${lang}`, 'not a language tag');
      if (typeof s !== 'string' || !s.trim()) err(`${path}.${lang}`, 'not a non-empty string');
    }
  };
  const url = (v, path) => {
    if (v === undefined) return;
    try {
      const u = new URL(v, 'https://feed.example/');
      if (!['https:', 'http:'].includes(u.protocol)) err(path, `scheme ${u.protocol} not allowed`);
    } catch {
      err(path, 'not a URL');
    }
  };
  const oneOf = (v, allowed, path) => {
    if (v !== undefined && !allowed.includes(v)) err(path, `${JSON.stringify(v)} not one of ${allowed}`);
  };
  const country = (v, path) => {
    if (v !== undefined && !(typeof v === 'string' && COUNTRY.test(v))) err(path, 'not an ISO alpha-2 code');
  };
  const ids = (arr, path) => {
    const seen = new Set();
    if (arr === undefined) return seen;
    if (!Array.isArray(arr)) return err(path, 'not an array'), seen;
    arr.forEach((item, i) => {
      if (!isObj(item)) return err(`${path}[${i}]`, 'not an object');
      if (typeof item.id !== 'string' || !item.id) return err(`${path}[${i}].id`, 'missing');
      if (seen.has(item.id)) err(`${path}[${i}].id`, `duplicate id ${item.id}`);
      seen.add(item.id);
    });
    return seen;
  };

  if (feed.version !== 1) err('version', 'not 1');
  const ev = feed.event;
  if (!isObj(ev)) return [...errors, 'event: missing'];
  if (typeof ev.id !== 'string' || !ev.id) err('event.id', 'missing');
  text(ev.name, 'event.name', true);
  text(ev.theme, 'event.theme');
  text(ev.description, 'event.description');
  url(ev.url, 'event.url');
  url(ev.logo, 'event.logo');
  const tz = ev.timezone;
  let offsetFmt;
  try {
    offsetFmt = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
  } catch {
    err('event.timezone', `unknown time zone ${tz}`);
  }
  const dayFmt = offsetFmt && new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
  for (const k of ['start', 'end']) if (!DATE.test(ev[k] ?? '')) err(`event.${k}`, 'not a Date');
  if (ev.start > ev.end) err('event', 'start after end');

  /** Checks a DateTime and its offset against the event's zone; returns epoch ms or NaN. */
  const dateTime = (v, path, required = false) => {
    if (v === undefined) return required ? (err(path, 'missing'), NaN) : NaN;
    const m = typeof v === 'string' && DATE_TIME.exec(v);
    if (!m) return err(path, `not a DateTime with offset: ${v}`), NaN;
    const [, y, mo, d, h, mi, s = '0', off] = m;
    const offMin = off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4)));
    const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - offMin * 60000;
    if (Number.isNaN(ms)) return err(path, 'not a real date'), NaN;
    if (offsetFmt) {
      const zone = offsetFmt.formatToParts(ms).find((p) => p.type === 'timeZoneName').value; // "GMT+02:00" or "GMT"
      const expected = zone === 'GMT' ? '+00:00' : zone.slice(3);
      if (off !== expected) err(path, `offset ${off} but ${tz} is at ${expected} at that instant`);
    }
    return ms;
  };
  dateTime(feed.generated, 'generated');

  const typeIds = ids(feed.sessionTypes, 'sessionTypes');
  (feed.sessionTypes ?? []).forEach((t, i) => text(t.name, `sessionTypes[${i}].name`, true));
  const trackIds = ids(feed.tracks, 'tracks');
  (feed.tracks ?? []).forEach((t, i) => {
    const p = `tracks[${i}]`;
    text(t.name, `${p}.name`, true);
    text(t.description, `${p}.description`);
    url(t.url, `${p}.url`);
    if (t.color !== undefined && !COLOR.test(t.color)) err(`${p}.color`, 'not #rrggbb');
    else if (t.color && contrastWithWhite(t.color) < 4.5) err(`${p}.color`, `contrast with white ${contrastWithWhite(t.color).toFixed(2)} < 4.5`);
    oneOf(t.status, ['new', 'continuing', 'concluded'], `${p}.status`);
    if (t.editions !== undefined && !(Array.isArray(t.editions) && t.editions.every(Number.isInteger))) err(`${p}.editions`, 'not integers');
  });
  const colors = (feed.tracks ?? []).map((t) => t.color?.toLowerCase()).filter(Boolean);
  if (new Set(colors).size !== colors.length) err('tracks', 'colours are not distinct');

  ids(feed.sessions, 'sessions');
  const firstDay = [];
  (feed.sessions ?? []).forEach((s, i) => {
    const p = `sessions[${i}]`;
    text(s.title, `${p}.title`, true);
    const a = dateTime(s.start, `${p}.start`, true);
    const b = dateTime(s.end, `${p}.end`, true);
    if (!(b > a)) err(p, 'end is not later than start');
    if (dayFmt && !Number.isNaN(a)) {
      const day = dayFmt.format(a);
      firstDay.push(day);
      if (day < ev.start || dayFmt.format(b) > ev.end) err(p, `outside the event's dates (${day})`);
    }
    if (s.type !== undefined && !typeIds.has(s.type)) err(`${p}.type`, `unknown type ${s.type}`);
    for (const t of s.tracks ?? []) if (!trackIds.has(t)) err(`${p}.tracks`, `unknown track ${t}`);
    for (const c of s.actionLines ?? []) if (!ACTION_LINE.test(c)) err(`${p}.actionLines`, `bad code ${c}`);
    for (const l of s.languages ?? []) if (!LANG.test(l)) err(`${p}.languages`, `bad tag ${l}`);
    oneOf(s.format, ['online', 'in-person', 'hybrid'], `${p}.format`);
    oneOf(s.status, ['scheduled', 'cancelled', 'postponed'], `${p}.status`);
    text(s.location, `${p}.location`);
    text(s.description, `${p}.description`);
    for (const k of ['url', 'streamUrl', 'recordingUrl']) url(s[k], `${p}.${k}`);
    for (const k of ['speakers', 'moderators'])
      (s[k] ?? []).forEach((person, j) => {
        if (typeof person.name !== 'string' || !person.name.trim()) err(`${p}.${k}[${j}].name`, 'missing');
        text(person.role, `${p}.${k}[${j}].role`);
        text(person.organization, `${p}.${k}[${j}].organization`);
        country(person.country, `${p}.${k}[${j}].country`);
      });
  });
  if (firstDay.length && firstDay.sort()[0] !== ev.start) err('event.start', `earliest session is on ${firstDay[0]}`);

  const tierIds = ids(feed.tiers, 'tiers');
  (feed.tiers ?? []).forEach((t, i) => {
    text(t.name, `tiers[${i}].name`, true);
    if (!(Number.isInteger(t.rank) && t.rank >= 1)) err(`tiers[${i}].rank`, 'not an integer ≥ 1');
  });
  const partnerIds = ids(feed.partners, 'partners');
  // Partner references (feed v1 additions): a list of known partner ids, each named once.
  const partnerRefs = (refs, path) => {
    if (refs === undefined) return;
    if (!Array.isArray(refs)) return err(path, 'not an array');
    if (new Set(refs).size !== refs.length) err(path, 'a partner named twice');
    refs.forEach((ref, j) => partnerIds.has(ref) || err(`${path}[${j}]`, `unknown partner ${ref}`));
  };
  (feed.sessions ?? []).forEach((s, i) => partnerRefs(s.organizers, `sessions[${i}].organizers`));
  (feed.prizes ?? []).forEach((z, i) => partnerRefs(z.sponsors, `prizes[${i}].sponsors`));
  (feed.partners ?? []).forEach((x, i) => {
    text(x.name, `partners[${i}].name`, true);
    if (!tierIds.has(x.tier)) err(`partners[${i}].tier`, `unknown tier ${x.tier}`);
    url(x.url, `partners[${i}].url`);
    url(x.logo, `partners[${i}].logo`);
    country(x.country, `partners[${i}].country`);
  });
  ids(feed.prizes, 'prizes');
  (feed.prizes ?? []).forEach((z, i) => {
    const p = `prizes[${i}]`;
    text(z.name, `${p}.name`, true);
    if (!Number.isInteger(z.year)) err(`${p}.year`, 'not an integer');
    url(z.url, `${p}.url`);
    const cats = ids(z.categories, `${p}.categories`);
    if (!Array.isArray(z.awards)) return err(`${p}.awards`, 'missing');
    ids(z.awards, `${p}.awards`);
    z.awards.forEach((w, j) => {
      if (typeof w.recipient !== 'string' || !w.recipient.trim()) err(`${p}.awards[${j}].recipient`, 'missing');
      oneOf(w.rank, ['winner', 'champion', 'finalist', 'honourable-mention'], `${p}.awards[${j}].rank`);
      if (w.rank === undefined) err(`${p}.awards[${j}].rank`, 'missing');
      if (w.category !== undefined && !cats.has(w.category)) err(`${p}.awards[${j}].category`, `unknown category ${w.category}`);
      country(w.country, `${p}.awards[${j}].country`);
    });
  });
  ids(feed.stats, 'stats');
  (feed.stats ?? []).forEach((s, i) => {
    text(s.label, `stats[${i}].label`, true);
    if (!(typeof s.value === 'number' && Number.isFinite(s.value) && s.value >= 0)) err(`stats[${i}].value`, 'not a finite number ≥ 0');
    oneOf(s.qualifier, ['exact', 'over', 'about'], `stats[${i}].qualifier`);
  });
  return errors;
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
function contrastWithWhite(hex) {
  const lin = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255));
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

const files = process.argv.slice(2);
if (files.length === 0) files.push(new URL('../demo/feeds/wsis-forum-2021.json', import.meta.url).pathname);
let failed = false;
for (const file of files) {
  const feed = JSON.parse(readFileSync(file, 'utf8'));
  const errors = checkFeed(feed);
  const n = (k) => (feed[k] ?? []).length;
  console.log(
    `${file}: ${errors.length ? `${errors.length} problem(s)` : 'ok'} — ${n('sessions')} sessions, ${n('tracks')} tracks, ` +
      `${n('sessionTypes')} types, ${n('tiers')} tiers, ${n('partners')} partners, ${n('prizes')} prizes, ${n('stats')} stats`,
  );
  for (const e of errors.slice(0, 50)) console.log(`  ${e}`);
  if (errors.length > 50) console.log(`  … and ${errors.length - 50} more`);
  failed ||= errors.length > 0;
}
process.exitCode = failed ? 1 : 0;
