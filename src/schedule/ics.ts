/**
 * iCalendar (RFC 5545) for sessions: times in the event's IANA zone (`DTSTART;TZID=Europe/Zurich:…`)
 * with a VTIMEZONE that describes that zone's offsets over the year of the session, so a
 * calendar that does not know the IANA name still places the session right.
 */
import { EARLIEST_INSTANT, LATEST_INSTANT } from '../feed/schema.js';
import { offsetMinutes, zonedParts } from '../sessions/time.js';

export interface IcsSession {
  /** Stable across feed updates: re-importing updates rather than duplicates. */
  uid: string;
  start: number;
  end: number;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'scheduled' | 'cancelled' | 'postponed';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20210322T140000`: the wall clock of `ms` in `zone`. */
function localStamp(ms: number, zone: string): string {
  const p = zonedParts(ms, zone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}00`;
}

/** `20210322T130000Z` (the reader keeps years within 0001–9999, which this writes in four digits). */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

// Control characters RFC 5545 forbids in a value (all of C0 but TAB, and DEL), and C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/**
 * Escapes a TEXT value (RFC 5545 3.3.11). Any line break (CR LF, LF, a bare CR, U+2028/2029)
 * becomes `\n`; other control characters are removed, so no value can start a line of its own
 * (a bare CR read as a break by a lenient parser would inject `BEGIN:VALARM`).
 */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** The instants in [from, to) at which `zone` changes its offset (found to the minute). */
function transitions(zone: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  const step = 86400000;
  let previous = offsetMinutes(from, zone);
  for (let t = from + step; t < to + step; t += step) {
    const current = offsetMinutes(t, zone);
    if (current !== previous) {
      let low = t - step;
      let high = t;
      while (high - low > 60000) {
        const mid = low + Math.floor((high - low) / 120000) * 60000;
        if (offsetMinutes(mid, zone) === previous) low = mid;
        else high = mid;
      }
      found.push({ at: high, from: previous, to: current });
      previous = current;
    }
  }
  return found;
}

/** A VTIMEZONE for `zone` valid over the year around the sessions. */
function vtimezone(zone: string, first: number, last: number): string[] {
  // A year each side, but within the years a stamp can write (the feed's range, 0001–9999).
  const from = Math.max(EARLIEST_INSTANT, first - 366 * 86400000);
  const to = Math.min(LATEST_INSTANT, last + 366 * 86400000);
  const changes = transitions(zone, from, to);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const initial = offsetMinutes(from, zone);
  if (changes.length === 0) {
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${localStamp(from, zone)}`,
      `TZOFFSETFROM:${icsOffset(initial)}`,
      `TZOFFSETTO:${icsOffset(initial)}`,
      'END:STANDARD',
    );
  } else {
    const standard = changes.reduce((least, change) => Math.min(least, change.to), initial);
    // The observance in force before the first change, then one per change.
    const observances: Transition[] = [{ at: from, from: initial, to: initial }, ...changes];
    for (const change of observances) {
      const kind = change.to > standard ? 'DAYLIGHT' : 'STANDARD';
      // DTSTART of an observance is the local time before the change (RFC 5545 3.6.5).
      const localStart = new Date(change.at + change.from * 60000).toISOString();
      const stamp = localStart.slice(0, 19).replace(/[-:]/g, '');
      lines.push(
        `BEGIN:${kind}`,
        `DTSTART:${stamp}`,
        `TZOFFSETFROM:${icsOffset(change.from)}`,
        `TZOFFSETTO:${icsOffset(change.to)}`,
        `END:${kind}`,
      );
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * The longest span of sessions written in the event's zone: the VTIMEZONE is found by looking at
 * the zone's offset on every day of the span (plus a year each side), so its cost grows with the
 * span. A wider export (a session from 0001 to 9999 would take forty seconds) writes its times in
 * UTC instead (`DTSTART:…Z`), which every calendar reads and places right, with no VTIMEZONE.
 */
export const MAX_ZONED_SPAN_MS = 10 * 366 * 86400000;

/**
 * An iCalendar document with one VEVENT per session, times in `zone` (an IANA name), or in UTC
 * when the sessions span more than ten years (MAX_ZONED_SPAN_MS). `stamp` is the DTSTAMP (now,
 * by default). Linear in the sessions; no list is spread into a call, so any number is fine.
 */
export function buildIcs(sessions: readonly IcsSession[], zone: string, stamp = Date.now()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//wsis-widgets//schedule//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  let first = Infinity;
  let last = -Infinity;
  for (const session of sessions) {
    if (session.start < first) first = session.start;
    if (session.end > last) last = session.end;
  }
  const zoned = sessions.length > 0 && last - first <= MAX_ZONED_SPAN_MS;
  if (zoned) for (const line of vtimezone(zone, first, last)) lines.push(line);
  const time = (name: string, ms: number) =>
    zoned ? `${name};TZID=${zone}:${localStamp(ms, zone)}` : `${name}:${utcStamp(ms)}`;
  const dtstamp = `DTSTAMP:${utcStamp(stamp)}`;
  for (const session of sessions) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(session.uid)}`,
      dtstamp,
      time('DTSTART', session.start),
      time('DTEND', session.end),
      `SUMMARY:${escapeText(session.summary)}`,
    );
    if (session.description) lines.push(`DESCRIPTION:${escapeText(session.description)}`);
    if (session.location) lines.push(`LOCATION:${escapeText(session.location)}`);
    if (session.url) lines.push(`URL:${session.url}`);
    lines.push(`STATUS:${session.status === 'cancelled' ? 'CANCELLED' : session.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  let text = '';
  for (const line of lines) text += `${foldLine(line)}\r\n`;
  return text;
}

/** Offers `text` as a file download through a Blob URL (no data: URL, CSP-safe). */
export function downloadText(text: string, filename: string, type = 'text/calendar;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
