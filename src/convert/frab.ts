/**
 * frab / pretalx `schedule.json` (the C3VOC schedule format) → feed v1. See docs/importing.md.
 */
import { textFor } from '../feed/text.js';
import type { Link, Person } from '../feed/types.js';
import { instantOf, offsetAt, offsetText } from '../internal/zone-offset.js';
import { FeedBuilder } from './builder.js';
import { descriptionText } from './html.js';
import { normalizeColor } from './ids.js';
import { languageTag } from './languages.js';
import { durationMinutes, httpUrl, instantWithOffset, isObject, localParts, objects, str, textOf, writtenOffset, type Json } from './source.js';
import { ConvertError, type ConvertOptions, type ConvertResult } from './types.js';

/** Link titles that mean a recording (media.ccc.de and friends name them so). */
const RECORDING = /\b(recording|video|media\.ccc\.de)\b/i;

export function convertFrab(source: unknown, options: ConvertOptions = {}): ConvertResult {
  const schedule = isObject(source) && isObject(source.schedule) ? source.schedule : undefined;
  const conference = schedule && isObject(schedule.conference) ? schedule.conference : undefined;
  if (!schedule || !conference) throw new ConvertError('not a frab/pretalx schedule.json: no schedule.conference');
  const zone = options.tz ?? str(conference.time_zone_name);
  if (!zone) throw new ConvertError('the schedule names no time zone (time_zone_name): give --tz <IANA zone>');
  const builder = new FeedBuilder(zone);
  if (options.tz && str(conference.time_zone_name) && options.tz !== str(conference.time_zone_name)) {
    builder.note(`--tz ${options.tz} used instead of the schedule's time_zone_name ${str(conference.time_zone_name)}`);
  }
  const base = httpUrl(schedule.base_url) ?? options.baseUrl;

  // Rooms first, in the source's order (conference.rooms when present, else as the days list them).
  const days = objects(conference.days);
  objects(conference.rooms).forEach((room, i) => {
    const name = textOf(room.name);
    if (name) builder.location(name, i + 1);
  });
  for (const day of days) if (isObject(day.rooms)) for (const name of Object.keys(day.rooms)) builder.location(name);
  for (const track of objects(conference.tracks)) {
    const name = textOf(track.name);
    if (name) builder.track(name, normalizeColor(track.color));
  }

  let disagreeing = 0;
  const dayStarts = new Set<string>();
  for (const day of days) {
    const dayStart = str(day.day_start);
    const dayStartTime = instantWithOffset(dayStart);
    if (dayStartTime !== undefined) dayStarts.add(wallTime(dayStartTime, zone));
    for (const event of Object.values(isObject(day.rooms) ? day.rooms : {}).flatMap(objects)) {
      const start = startOf(event, day, zone, dayStartTime === undefined ? undefined : wallTime(dayStartTime, zone));
      const minutes = durationMinutes(event.duration);
      if (start === undefined || minutes === undefined) {
        builder.note(`talk ${JSON.stringify(str(event.guid) ?? str(event.id) ?? '')} has no readable date or duration; left out`);
        continue;
      }
      const offset = writtenOffset(event.date);
      if (offset && offset !== 'Z' && offset.replace(/(\d\d)(\d\d)$/, '$1:$2') !== offsetText(offsetAt(zone, start))) disagreeing++;
      builder.session(talk(event, start, start + minutes * 60000, base));
    }
  }
  // schedule2 (the hub's format): one flat list of events with start and end, rooms and tracks as objects.
  const trackNames = new Map(objects(conference.tracks).map((t) => [str(t.slug) ?? '', textOf(t.name)]));
  for (const event of objects(schedule.events)) {
    const start = instantWithOffset(event.start);
    const end = instantWithOffset(event.end) ?? (start !== undefined ? start + (durationMinutes(event.duration) ?? NaN) * 60000 : undefined);
    if (start === undefined || end === undefined || Number.isNaN(end)) {
      builder.note(`event ${JSON.stringify(str(event.guid) ?? '')} has no readable start or end; left out`);
      continue;
    }
    builder.session(talk(fromSchedule2(event, trackNames), start, end, base));
  }
  if (disagreeing) {
    builder.note(`${disagreeing} talk${disagreeing === 1 ? '' : 's'} carry offsets that are not ${zone}'s: their instants are kept and written in ${zone}`);
  }
  const dayStart = dayStarts.size === 1 ? [...dayStarts][0] : undefined;
  const feed = builder.build({
    id: options.eventId ?? str(conference.acronym) ?? 'event',
    name: options.eventName ?? textOf(conference.title) ?? str(conference.acronym) ?? 'Event',
    url: httpUrl(conference.url, base),
    description: descriptionText(conference.description, base) || undefined,
    dayStart: dayStart && dayStart < '12:00' ? dayStart : undefined,
    start: str(conference.start)?.slice(0, 10),
    end: str(conference.end)?.slice(0, 10),
  });
  return { feed, notes: builder.notes };
}

/** `HH:MM` of an instant on the zone's clock. */
function wallTime(ms: number, zone: string): string {
  return new Date(ms + offsetAt(zone, ms) * 60000).toISOString().slice(11, 16);
}

/**
 * The talk's start: its `date` with offset; else its `date` as local time in the zone; else the
 * day's date and `start` (`HH:MM`), on the next calendar day when before the day's start.
 */
function startOf(event: Json, day: Json, zone: string, dayStart?: string): number | undefined {
  const withOffset = instantWithOffset(event.date);
  if (withOffset !== undefined) return withOffset;
  const local = localParts(event.date);
  if (local) return instantOf(local, zone);
  const date = /^(\d{4})-(\d\d)-(\d\d)/.exec(str(day.date) ?? '');
  const time = /^(\d\d?):(\d\d)$/.exec(str(event.start) ?? '');
  if (!date || !time) return undefined;
  const [year, month, dayOfMonth] = date.slice(1).map(Number);
  const afterMidnight = dayStart !== undefined && str(event.start)!.padStart(5, '0') < dayStart;
  const wall = { year, month, day: dayOfMonth + (afterMidnight ? 1 : 0), hour: Number(time[1]), minute: Number(time[2]) };
  return instantOf(wall, zone);
}

function talk(event: Json, start: number, end: number, base?: string) {
  const links: Link[] = [];
  let recordingUrl: string | undefined;
  for (const link of [...objects(event.links), ...objects(event.attachments)]) {
    const url = httpUrl(link.url ?? link.href, base);
    if (!url) continue;
    const title = textOf(link.title) ?? url;
    if (!recordingUrl && event.do_not_record !== true && RECORDING.test(`${textFor(title, 'en')} ${url}`)) recordingUrl = url;
    else links.push({ title, url });
  }
  const subtitle = str(event.subtitle);
  const description = [
    subtitle ? `*${subtitle}*` : '',
    descriptionText(event.abstract, base),
    descriptionText(event.description, base),
  ]
    .filter(Boolean)
    .join('\n\n');
  const language = str(event.language);
  const tag = language ? languageTag(language) : undefined;
  return {
    id: str(event.guid) ?? str(event.id),
    title: textOf(event.title) ?? '',
    start,
    end,
    type: textOf(event.type),
    tracks: textOf(event.track) ? [{ name: textOf(event.track)! }] : [],
    location: textOf(event.room),
    languages: tag ? [tag] : [],
    description: description || undefined,
    speakers: objects(event.persons).map(person).filter((p): p is Person => p !== undefined),
    url: httpUrl(event.url, base),
    recordingUrl,
    links,
  };
}

/** A person by public name only: biographies, answers, e-mail addresses are never copied. */
function person(p: Json): Person | undefined {
  const name = str(p.public_name) ?? str(p.full_public_name) ?? str(p.name);
  return name ? { name } : undefined;
}

/** A schedule2 event in the shape of a frab talk. */
function fromSchedule2(event: Json, tracks: Map<string, ReturnType<typeof textOf>>): Json {
  const track = isObject(event.track) ? (textOf(event.track.name) ?? tracks.get(str(event.track.slug) ?? '') ?? str(event.track.slug)) : textOf(event.track);
  const titled = (links: unknown) => objects(links).map((l) => ({ url: l.url, title: l.title ?? (str(l.type)?.toLowerCase() === 'slides' ? 'Slides' : l.type) }));
  return {
    ...event,
    room: isObject(event.room) ? event.room.name : event.room,
    track,
    persons: objects(event.participants).filter((p) => !p.role || /speaker/i.test(String(p.role))),
    links: titled(event.links).filter((l) => !/^(origin|feedback)$/i.test(String(l.title))),
    attachments: titled(event.attachments),
  };
}
