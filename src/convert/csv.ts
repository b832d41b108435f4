/**
 * A programme spreadsheet (docs/programme-template.csv) → feed v1. Columns by header, in any
 * order: date, start, end or duration, title, type, track, location, languages, speakers,
 * description, url, id. See docs/importing.md.
 */
import type { Person } from '../feed/types.js';
import { instantOf } from '../internal/zone-offset.js';
import { FeedBuilder } from './builder.js';
import { descriptionText } from './html.js';
import { slug } from './ids.js';
import { languageTag } from './languages.js';
import { parseCsv } from './csv-parse.js';
import { httpUrl } from './source.js';
import { ConvertError, type ConvertOptions, type ConvertResult } from './types.js';

export const CSV_COLUMNS = ['date', 'start', 'end', 'duration', 'title', 'type', 'track', 'location', 'languages', 'speakers', 'description', 'url', 'id'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** `Name (Organization, CC); Name` → persons; the country only when it is two letters. */
export function parseSpeakers(value: string): Person[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s*\((.*)\)\s*$/.exec(part);
      if (!m) return { name: part };
      const inner = m[2].split(',').map((x) => x.trim());
      const country = inner.length > 1 && /^[A-Za-z]{2}$/.test(inner[inner.length - 1]) ? inner.pop()!.toUpperCase() : undefined;
      const organization = inner.join(', ');
      return { name: m[1], ...(organization ? { organization } : {}), ...(country ? { country } : {}) };
    });
}

export function convertCsv(text: string, options: ConvertOptions = {}): ConvertResult {
  if (!options.tz) throw new ConvertError('CSV times are wall-clock times: give --tz <IANA zone>');
  if (!options.eventId || !options.eventName) throw new ConvertError('a spreadsheet names no event: give --event-id and --event-name');
  const rows = parseCsv(text);
  const header = rows.shift();
  if (!header) throw new ConvertError('the CSV file is empty');
  const renames = Object.fromEntries(Object.entries(options.map?.columns ?? {}).map(([from, to]) => [from.trim().toLowerCase(), to]));
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const wanted = (renames[name.trim().toLowerCase()] ?? name).trim().toLowerCase();
    if ((CSV_COLUMNS as readonly string[]).includes(wanted) && !index.has(wanted as Column)) index.set(wanted as Column, i);
  });
  const missing = (['date', 'start', 'title'] as const).filter((c) => !index.has(c));
  if (!index.has('end') && !index.has('duration')) missing.push('end or duration' as never);
  if (missing.length) throw new ConvertError(`the header row lacks ${missing.join(', ')} (columns: ${CSV_COLUMNS.join(', ')})`);

  const builder = new FeedBuilder(options.tz);
  rows.forEach((row, r) => {
    const line = r + 2;
    const get = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? '' : (row[i] ?? '').trim();
    };
    const date = /^(\d{4})-(\d\d)-(\d\d)$/.exec(get('date'));
    const start = /^(\d\d?):(\d\d)$/.exec(get('start'));
    if (!date || !start) {
      builder.note(`row ${line}: no date (YYYY-MM-DD) or start (HH:MM); left out`);
      return;
    }
    const [year, month, day] = date.slice(1).map(Number);
    const startMs = instantOf({ year, month, day, hour: Number(start[1]), minute: Number(start[2]) }, options.tz!);
    let endMs: number | undefined;
    const end = /^(\d\d?):(\d\d)$/.exec(get('end'));
    if (end) {
      const endsBefore = Number(end[1]) * 60 + Number(end[2]) <= Number(start[1]) * 60 + Number(start[2]);
      // An end before (or at) the start is on the next day.
      endMs = instantOf({ year, month, day: day + (endsBefore ? 1 : 0), hour: Number(end[1]), minute: Number(end[2]) }, options.tz!);
    } else if (/^\d+$/.test(get('duration'))) endMs = startMs + Number(get('duration')) * 60000;
    if (endMs === undefined) {
      builder.note(`row ${line}: no end (HH:MM) or duration (minutes); left out`);
      return;
    }
    const languages = get('languages')
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((name) => {
        const tag = languageTag(name);
        if (!tag) builder.note(`row ${line}: language "${name}" is not one Intl knows; left out`);
        return tag;
      })
      .filter((tag): tag is string => tag !== undefined);
    const title = get('title');
    builder.session({
      id: get('id') || slug(`${get('date')} ${start[0]} ${title}`),
      title,
      start: startMs,
      end: endMs,
      type: get('type') || undefined,
      tracks: get('track')
        .split(';')
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => ({ name })),
      location: get('location') || undefined,
      languages,
      description: descriptionText(get('description')) || undefined,
      speakers: parseSpeakers(get('speakers')),
      url: httpUrl(get('url'), options.baseUrl),
    });
    if (get('url') && !httpUrl(get('url'), options.baseUrl)) builder.note(`row ${line}: url "${get('url')}" is not an http(s) URL; left out`);
  });
  return { feed: builder.build({ id: options.eventId, name: options.eventName }), notes: builder.notes };
}
