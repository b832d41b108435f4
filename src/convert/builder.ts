import { conferenceDay } from '../feed/places.js';
import { textFor } from '../feed/text.js';
import type { Link, Location, Person, Session, SessionType, Text, Track } from '../feed/types.js';
import { isValidTimeZone } from '../internal/time-zone.js';
import { isoInZone } from '../internal/zone-offset.js';
import { colorFor, Ids, slug } from './ids.js';
import { ConvertError, type FeedDocument } from './types.js';

/** A session as a converter hands it over: instants in milliseconds, references by name. */
export interface SessionInput {
  /** The id wanted (a guid, the source's id); made unique, or from the title when absent. */
  id?: string;
  title: Text;
  start: number;
  end: number;
  type?: Text;
  tracks?: { name: Text; color?: string }[];
  location?: Text;
  languages?: string[];
  description?: string;
  speakers?: Person[];
  moderators?: Person[];
  url?: string;
  streamUrl?: string;
  recordingUrl?: string;
  links?: Link[];
  status?: Session['status'];
  format?: Session['format'];
}

export interface EventInput {
  id: string;
  name: Text;
  url?: string;
  description?: string;
  /** `HH:MM`, set when the source's days start after midnight. */
  dayStart?: string;
  /** Dates (YYYY-MM-DD); from the sessions when absent. */
  start?: string;
  end?: string;
}

/** An e-mail address anywhere in a text (they are private in every source: never copied). */
const EMAIL = /[\w.!#$%&'*+=?^`{|}~-]+@[\w-]+(\.[\w-]+)+/g;

const key = (name: Text) => (typeof name === 'string' ? name : textFor(name, 'en')).trim().toLowerCase();

/**
 * Collects what a converter reads and writes a feed v1 document: ids made once per name (slug,
 * collisions numbered), tracks coloured, locations in the source's order, times written in the
 * event zone with their offsets (DST included).
 */
export class FeedBuilder {
  readonly notes: string[] = [];
  private readonly trackIds = new Ids();
  private readonly typeIds = new Ids();
  private readonly locationIds = new Ids();
  private readonly sessionIds = new Ids();
  private readonly tracks = new Map<string, Track>();
  private readonly types = new Map<string, SessionType>();
  private readonly locations = new Map<string, Location>();
  private readonly sessions: Session[] = [];

  constructor(readonly zone: string) {
    if (!isValidTimeZone(zone)) throw new ConvertError(`unknown time zone "${zone}" (give an IANA name such as Europe/Zurich)`);
  }

  note(message: string): void {
    this.notes.push(message);
  }

  /** The id of the track of that name, made on first use. */
  track(name: Text, color?: string): string | undefined {
    const k = key(name);
    if (!k) return undefined;
    let track = this.tracks.get(k);
    if (!track) {
      track = { id: this.trackIds.take(slug(k)), name, color: color ?? colorFor(k) };
      this.tracks.set(k, track);
    } else if (color && !track.color) track.color = color;
    return track.id;
  }

  type(name: Text): string | undefined {
    const k = key(name);
    if (!k) return undefined;
    let type = this.types.get(k);
    if (!type) this.types.set(k, (type = { id: this.typeIds.take(slug(k)), name }));
    return type.id;
  }

  /**
   * The id of the location of that name (duplicate names are one location; ids from names, not
   * from the source's room ids, which some exports repeat). Its order is the first one given, else
   * its position of first use.
   */
  location(name: Text, order?: number): string | undefined {
    const k = key(name);
    if (!k) return undefined;
    let location = this.locations.get(k);
    if (!location) {
      const shown = typeof name === 'string' ? name.trim() : textFor(name, 'en').trim();
      location = { id: this.locationIds.take(shown), name, order: order ?? this.locations.size + 1 };
      this.locations.set(k, location);
    }
    return location.id;
  }

  session(input: SessionInput): void {
    const title = typeof input.title === 'string' ? input.title.trim() : input.title;
    if (!title || !Number.isFinite(input.start) || !Number.isFinite(input.end)) {
      this.note(`a session without a title or a time was left out (${JSON.stringify(input.id ?? title ?? '')})`);
      return;
    }
    if (input.end <= input.start) {
      this.note(`session ${JSON.stringify(input.id ?? title)} has no duration; left out`);
      return;
    }
    const session: Session = {
      id: this.sessionIds.take(input.id?.trim() || slug(`${new Date(input.start).toISOString().slice(0, 16)} ${key(title)}`)),
      title,
      start: isoInZone(input.start, this.zone),
      end: isoInZone(input.end, this.zone),
    };
    const type = input.type === undefined ? undefined : this.type(input.type);
    if (type) session.type = type;
    const tracks = [...new Set((input.tracks ?? []).map((t) => this.track(t.name, t.color)).filter((id) => id !== undefined))];
    if (tracks.length) session.tracks = tracks;
    const location = input.location === undefined ? undefined : this.location(input.location);
    if (location) session.location = location;
    if (input.format) session.format = input.format;
    if (input.languages?.length) session.languages = [...new Set(input.languages)];
    if (input.description) session.description = input.description;
    if (input.speakers?.length) session.speakers = input.speakers;
    if (input.moderators?.length) session.moderators = input.moderators;
    for (const member of ['url', 'streamUrl', 'recordingUrl'] as const) if (input[member]) session[member] = input[member];
    if (input.links?.length) session.links = input.links;
    if (input.status && input.status !== 'scheduled') session.status = input.status;
    this.sessions.push(session);
  }

  /** The document. Sessions sorted by start, then by location order, then title. */
  build(event: EventInput): FeedDocument {
    const order = (s: Session) => (s.location ? (this.locations.get(key(s.location))?.order ?? 0) : 0);
    const sessions = this.sessions
      .map((s, i) => ({ s, i, at: Date.parse(s.start) }))
      .sort((a, b) => a.at - b.at || order(a.s) - order(b.s) || a.i - b.i)
      .map(({ s }) => s);
    const days = sessions.map((s) => dayOf(s.start, event.dayStart));
    const first = days.reduce<string | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
    const last = days.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
    const start = event.start ?? first;
    const end = event.end ?? last;
    if (!start || !end) throw new ConvertError('no scheduled session, and no event dates: nothing to convert');
    const doc: FeedDocument = {
      version: 1,
      event: {
        id: event.id,
        name: event.name,
        timezone: this.zone,
        start: first && first < start ? first : start,
        end: last && last > end ? last : end,
        ...(event.url ? { url: event.url } : {}),
        ...(event.description ? { description: event.description } : {}),
        ...(event.dayStart && event.dayStart !== '00:00' ? { dayStart: event.dayStart } : {}),
      },
    };
    if (this.types.size) doc.sessionTypes = [...this.types.values()];
    if (this.tracks.size) doc.tracks = [...this.tracks.values()];
    if (this.locations.size) doc.locations = [...this.locations.values()].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    doc.sessions = sessions;
    return scrubEmails(doc, this);
  }
}

/** The conference day of a DateTime written in the event zone (its own wall clock). */
function dayOf(iso: string, dayStart?: string): string {
  return conferenceDay(iso.slice(0, 10), Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)), dayStart);
}

/** Every string of the document with e-mail addresses removed (noted once). */
function scrubEmails<T>(doc: T, builder: FeedBuilder): T {
  let found = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const clean = value.replace(EMAIL, () => {
        found++;
        return '[e-mail address removed]';
      });
      return clean;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  const clean = walk(doc) as T;
  if (found) builder.note(`${found} e-mail address${found === 1 ? '' : 'es'} removed from the text (they are private)`);
  return clean;
}
