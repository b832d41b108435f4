/**
 * Sessionize "All data" JSON (`/api/v2/<id>/view/All`: sessions, speakers, categories, rooms) →
 * feed v1. See docs/importing.md.
 */
import type { Person } from '../feed/types.js';
import { instantOf } from '../internal/zone-offset.js';
import { FeedBuilder } from './builder.js';
import { descriptionText } from './html.js';
import { languageTag } from './languages.js';
import { httpUrl, instantWithOffset, isObject, list, localParts, objects, str, type Json } from './source.js';
import { ConvertError, type ConvertOptions, type ConvertResult } from './types.js';

/** Which category titles mean what, unless --map says otherwise. */
export const SESSIONIZE_DEFAULTS = { track: 'Track', type: 'Session format', language: 'Language' } as const;

export function convertSessionize(source: unknown, options: ConvertOptions = {}): ConvertResult {
  if (!isObject(source) || !Array.isArray(source.sessions)) {
    throw new ConvertError('not a Sessionize "All data" export: no sessions list (use the API view "All")');
  }
  if (!options.tz) throw new ConvertError('Sessionize times have no offset: give --tz <IANA zone> (the event’s)');
  if (!options.eventId || !options.eventName) {
    throw new ConvertError('a Sessionize export names no event: give --event-id and --event-name');
  }
  const builder = new FeedBuilder(options.tz);
  const map = { ...SESSIONIZE_DEFAULTS, ...pick(options.map) };

  const rooms = objects(source.rooms)
    .map((room, i) => ({ room, i }))
    .sort((a, b) => (Number(a.room.sort) || 0) - (Number(b.room.sort) || 0) || a.i - b.i);
  const roomNames = new Map<string, string>();
  rooms.forEach(({ room }, i) => {
    const id = str(room.id);
    const name = str(room.name);
    if (id && name) {
      roomNames.set(id, name);
      builder.location(name, i + 1);
    }
  });

  // Category items by id, with the title of their category ("Track", "Session format"…).
  const items = new Map<string, { category: string; name: string }>();
  for (const category of objects(source.categories)) {
    const title = str(category.title) ?? '';
    for (const item of objects(category.items)) {
      const id = str(item.id);
      const name = str(item.name);
      if (id && name) items.set(id, { category: title.toLowerCase(), name });
    }
  }
  const speakers = new Map<string, Person>();
  for (const speaker of objects(source.speakers)) {
    const id = str(speaker.id);
    const name = str(speaker.fullName) ?? [str(speaker.firstName), str(speaker.lastName)].filter(Boolean).join(' ');
    // Name and public tag line only: no e-mail, no questionAnswers, no links of the speaker.
    if (id && name) speakers.set(id, { name, ...(str(speaker.tagLine) ? { role: str(speaker.tagLine) } : {}) });
  }

  let unaccepted = 0;
  let unscheduled = 0;
  for (const session of flatten(source.sessions)) {
    const status = str(session.status);
    if (status && status.toLowerCase() !== 'accepted') {
      unaccepted++;
      continue;
    }
    const start = instant(session.startsAt, options.tz);
    const end = instant(session.endsAt, options.tz);
    if (start === undefined || end === undefined) {
      unscheduled++;
      continue;
    }
    const chosen = list(session.categoryItems)
      .map((id) => items.get(String(id)))
      .filter((item) => item !== undefined);
    const of = (title: string) => chosen.filter((item) => item.category === title.toLowerCase()).map((item) => item.name);
    const languages = of(map.language).map((name) => {
      const tag = languageTag(name);
      if (!tag) builder.note(`language "${name}" is not one Intl knows; left out`);
      return tag;
    });
    const type = of(map.type)[0] ?? (session.isServiceSession === true ? 'Service session' : session.isPlenumSession === true ? 'Plenum session' : undefined);
    builder.session({
      id: str(session.id),
      title: str(session.title) ?? '',
      start,
      end,
      type,
      tracks: of(map.track).map((name) => ({ name })),
      location: roomNames.get(str(session.roomId) ?? '') ?? str(session.room),
      languages: languages.filter((tag): tag is string => tag !== undefined),
      description: descriptionText(session.description) || undefined,
      speakers: list(session.speakers)
        .map((s) => speakers.get(isObject(s) ? (str(s.id) ?? '') : (str(s) ?? '')) ?? (isObject(s) && str(s.name) ? { name: str(s.name)! } : undefined))
        .filter((p): p is Person => p !== undefined),
      streamUrl: httpUrl(session.liveUrl),
      recordingUrl: httpUrl(session.recordingUrl),
    });
  }
  if (unaccepted) builder.note(`${unaccepted} session${unaccepted === 1 ? '' : 's'} not accepted; left out`);
  if (unscheduled) builder.note(`${unscheduled} session${unscheduled === 1 ? '' : 's'} without a time; left out`);
  return { feed: builder.build({ id: options.eventId, name: options.eventName }), notes: builder.notes };
}

/** Sessionize's grouped views nest sessions under `{groupName, sessions}`; "All" lists them flat. */
function flatten(sessions: unknown): Json[] {
  return objects(sessions).flatMap((s) => (Array.isArray(s.sessions) && s.title === undefined ? objects(s.sessions) : [s]));
}

/** A Sessionize time: local (no offset) in the event zone, DST included; with an offset as is. */
function instant(value: unknown, zone: string): number | undefined {
  const withOffset = instantWithOffset(value);
  if (withOffset !== undefined) return withOffset;
  const local = localParts(value);
  return local ? instantOf(local, zone) : undefined;
}

function pick(map: ConvertOptions['map']) {
  const out: { track?: string; type?: string; language?: string } = {};
  for (const key of ['track', 'type', 'language'] as const) if (map?.[key]) out[key] = map[key];
  return out;
}
