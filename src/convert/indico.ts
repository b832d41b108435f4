/**
 * Indico's export API → feed v1: the event export with `detail=sessions` (or `contributions`)
 * and the timetable export (`/export/timetable/<id>.json`). See docs/importing.md.
 */
import type { Person } from '../feed/types.js';
import { instantOf, isoInZone } from '../internal/zone-offset.js';
import { FeedBuilder, type SessionInput } from './builder.js';
import { descriptionText } from './html.js';
import { normalizeColor } from './ids.js';
import { httpUrl, isObject, objects, str, type Json } from './source.js';
import { ConvertError, type ConvertOptions, type ConvertResult } from './types.js';

/** `{date, time, tz}` → the instant, whatever zone the export was asked in (`tz` param). */
export function indicoInstant(value: unknown): number | undefined {
  if (!isObject(value)) return undefined;
  const date = /^(\d{4})-(\d\d)-(\d\d)$/.exec(str(value.date) ?? '');
  const time = /^(\d\d):(\d\d)(?::(\d\d))?/.exec(str(value.time) ?? '');
  const zone = str(value.tz) ?? 'UTC';
  if (!date || !time) return undefined;
  const [year, month, day] = date.slice(1).map(Number);
  try {
    return instantOf({ year, month, day, hour: Number(time[1]), minute: Number(time[2]), second: Number(time[3] ?? 0) }, zone);
  } catch {
    return undefined;
  }
}

/** A block's context handed to its contributions: conveners, its session as track, its room. */
interface Block {
  moderators: Person[];
  track?: { name: string; color?: string };
  location?: string;
}

export function convertIndico(source: unknown, options: ConvertOptions = {}): ConvertResult {
  const results = isObject(source) ? source.results : undefined;
  if (Array.isArray(results)) return fromEvent(objects(results)[0], options);
  if (isObject(results)) return fromTimetable(results, options);
  throw new ConvertError('not an Indico export: no "results" (use /export/event/<id>.json?detail=sessions or /export/timetable/<id>.json)');
}

function person(p: Json): Person | undefined {
  const name = str(p.fullName) ?? str(p.name) ?? [str(p.first_name ?? p.firstName), str(p.last_name ?? p.familyName)].filter(Boolean).join(' ');
  if (!name) return undefined;
  // Name and affiliation only: e-mail, address, phone (sent to managers) are never copied.
  return { name, ...(str(p.affiliation) ? { organization: str(p.affiliation) } : {}) };
}
const people = (value: unknown) => objects(value).map(person).filter((p): p is Person => p !== undefined);

class IndicoReader {
  unscheduled = 0;
  constructor(
    readonly builder: FeedBuilder,
    readonly base?: string,
  ) {}

  contribution(c: Json, block?: Block): void {
    const start = indicoInstant(c.startDate);
    const end = indicoInstant(c.endDate) ?? (start !== undefined && Number(c.duration) > 0 ? start + Number(c.duration) * 60000 : undefined);
    if (start === undefined || end === undefined) {
      this.unscheduled++;
      return;
    }
    const tracks: SessionInput['tracks'] = [];
    if (block?.track) tracks.push(block.track);
    if (str(c.track)) tracks.push({ name: str(c.track)! });
    this.builder.session({
      id: str(c.uniqueId) ?? (str(c.id) ? `c${str(c.id)}` : undefined),
      title: str(c.title) ?? '',
      start,
      end,
      type: str(isObject(c.type) ? c.type.name : c.type) ?? (c._type === 'BreakTimeSchEntry' ? 'Break' : undefined),
      tracks,
      location: str(c.room) ?? block?.location ?? str(c.location),
      description: descriptionText(c.description, this.base) || undefined,
      speakers: people(c.speakers ?? c.presenters),
      moderators: block?.moderators,
      url: httpUrl(c.url, this.base),
    });
  }

  /** A session block (event export) or a linked entry (timetable export) with its contributions. */
  block(b: Json, nested: Json[]): void {
    const session = isObject(b.session) ? b.session : b;
    const title = str(session.title) ?? str(b.title);
    const context: Block = {
      moderators: people(b.conveners ?? b.sessionConveners ?? session.sessionConveners),
      track: title ? { name: title, color: normalizeColor(session.color ?? b.color) } : undefined,
      location: str(b.room) ?? str(session.room),
    };
    if (nested.length) for (const c of nested) this.contribution(c, context);
    else {
      const id = str(b.uniqueId) ?? (str(b.id) ? `b${str(b.id)}` : undefined);
      this.contribution({ ...b, uniqueId: id, title: str(b.slotTitle) ?? str(b.title) ?? title }, context);
    }
  }
}

function fromEvent(event: Json | undefined, options: ConvertOptions): ConvertResult {
  if (!event) throw new ConvertError('the Indico export holds no event');
  const zone = options.tz ?? str(event.timezone) ?? str(isObject(event.startDate) ? event.startDate.tz : undefined);
  if (!zone) throw new ConvertError('the export names no time zone: give --tz <IANA zone>');
  const builder = new FeedBuilder(zone);
  const reader = new IndicoReader(builder, httpUrl(event.url));
  for (const c of objects(event.contributions)) reader.contribution(c);
  for (const block of objects(event.sessions)) reader.block(block, objects(block.contributions));
  return finish(reader, {
    id: options.eventId ?? str(event.id) ?? 'event',
    name: options.eventName ?? str(event.title) ?? 'Event',
    url: httpUrl(event.url),
    description: descriptionText(event.description) || undefined,
    start: dateIn(event.startDate, zone),
    end: dateIn(event.endDate, zone),
  });
}

function fromTimetable(results: Json, options: ConvertOptions): ConvertResult {
  const [eventId, days] = Object.entries(results)[0] ?? [];
  if (!isObject(days)) throw new ConvertError('the Indico timetable export holds no days');
  const entries = Object.values(days).flatMap((day) => (isObject(day) ? Object.values(day).filter(isObject) : []));
  const zone = options.tz ?? str(isObject(entries[0]?.startDate) ? entries[0].startDate.tz : undefined);
  if (!zone) throw new ConvertError('the export names no time zone: give --tz <IANA zone>');
  if (!options.eventName) throw new ConvertError('a timetable export names no event: give --event-name');
  const builder = new FeedBuilder(zone);
  const reader = new IndicoReader(builder);
  for (const entry of entries) {
    if (entry._type === 'LinkedTimeSchEntry' || isObject(entry.entries)) {
      reader.block(entry, isObject(entry.entries) ? Object.values(entry.entries).filter(isObject) : []);
    } else reader.contribution(entry);
  }
  return finish(reader, { id: options.eventId ?? eventId ?? 'event', name: options.eventName });
}

function finish(reader: IndicoReader, event: Parameters<FeedBuilder['build']>[0]): ConvertResult {
  if (reader.unscheduled) {
    reader.builder.note(`${reader.unscheduled} unscheduled contribution${reader.unscheduled === 1 ? '' : 's'} left out`);
  }
  return { feed: reader.builder.build(event), notes: reader.builder.notes };
}

/**
 * The calendar day (`YYYY-MM-DD`) of an Indico date triplet in the event zone. Not a locale's
 * date format: en-CA writes "10/26/2024" with the ICU 72 that WebKitGTK uses on Debian.
 */
function dateIn(value: unknown, zone: string): string | undefined {
  const ms = indicoInstant(value);
  if (ms === undefined) return undefined;
  return isoInZone(ms, zone).slice(0, 10);
}

