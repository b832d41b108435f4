import type { Feed } from '../feed/types.js';

/** The top-level lists a converter may fill. */
type Lists = 'sessionTypes' | 'tracks' | 'locations' | 'sessions' | 'tiers' | 'partners' | 'prizes' | 'stats';

/** A feed v1 document as written by a converter: the lists it does not fill are absent. */
export type FeedDocument = Omit<Feed, Lists> & Partial<Pick<Feed, Lists>>;

export interface ConvertOptions {
  /** IANA zone: the event's, and the one local (offset-less) times of the source are read in. */
  tz?: string;
  /** Overrides the event id of the source (required for CSV and Sessionize, which carry none). */
  eventId?: string;
  /** Overrides the event name of the source (required for CSV and Sessionize). */
  eventName?: string;
  /**
   * Sessionize: which category title is the track, the type, the language
   * (defaults "Track", "Session format", "Language"). CSV: `columns` renames the source's
   * headers to the template's (`{"Session title": "title"}`).
   */
  map?: ConvertMap;
  /** Base for relative URLs when the source names none (frab's base_url wins). */
  baseUrl?: string;
}

export interface ConvertMap {
  track?: string;
  type?: string;
  language?: string;
  columns?: Record<string, string>;
}

export interface ConvertResult {
  feed: FeedDocument;
  /** What was left out or guessed, one sentence each (sessions not accepted, unscheduled items…). */
  notes: string[];
}

/** The source cannot be converted at all (wrong shape, no time zone…): the command exits 1. */
export class ConvertError extends Error {
  override name = 'ConvertError';
}
