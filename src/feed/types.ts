/**
 * The shape of a feed after it has been read (feed-v1.md): every item here passed validation,
 * URLs are absolute and of an allowed scheme, references point at existing ids.
 */

/** A plain string, or a map from a BCP 47 tag to a string. */
export type Text = string | Readonly<Record<string, string>>;

export type SessionFormat = 'online' | 'in-person' | 'hybrid';
export type SessionStatus = 'scheduled' | 'cancelled' | 'postponed';
export type TrackStatus = 'new' | 'continuing' | 'concluded';
export type AwardRank = 'winner' | 'champion' | 'finalist' | 'honourable-mention';
export type StatQualifier = 'exact' | 'over' | 'about';

export interface FeedEvent {
  id: string;
  name: Text;
  theme?: Text;
  timezone: string;
  start: string;
  end: string;
  url?: string;
  logo?: string;
  description?: Text;
}

export interface SessionType {
  id: string;
  name: Text;
}

export interface Track {
  id: string;
  name: Text;
  description?: Text;
  url?: string;
  color?: string;
  status?: TrackStatus;
  editions?: number[];
}

export interface Person {
  name: string;
  role?: Text;
  organization?: Text;
  country?: string;
}

export interface Session {
  id: string;
  title: Text;
  start: string;
  end: string;
  type?: string;
  tracks?: string[];
  actionLines?: string[];
  format?: SessionFormat;
  location?: Text;
  languages?: string[];
  description?: Text;
  speakers?: Person[];
  moderators?: Person[];
  url?: string;
  streamUrl?: string;
  recordingUrl?: string;
  status?: SessionStatus;
}

export interface Tier {
  id: string;
  name: Text;
  rank: number;
}

export interface Partner {
  id: string;
  name: Text;
  tier: string;
  logo?: string;
  url?: string;
  description?: Text;
  country?: string;
}

export interface PrizeCategory {
  id: string;
  name: Text;
}

export interface Award {
  id: string;
  recipient: string;
  rank: AwardRank;
  title?: Text;
  category?: string;
  country?: string;
  url?: string;
  image?: string;
  description?: Text;
}

export interface Prize {
  id: string;
  name: Text;
  year: number;
  description?: Text;
  url?: string;
  categories?: PrizeCategory[];
  awards: Award[];
}

export interface Stat {
  id: string;
  label: Text;
  value: number;
  qualifier?: StatQualifier;
  unit?: Text;
  description?: Text;
}

export interface Feed {
  version: 1;
  generated?: string;
  event: FeedEvent;
  sessionTypes: SessionType[];
  tracks: Track[];
  sessions: Session[];
  tiers: Tier[];
  partners: Partner[];
  prizes: Prize[];
  stats: Stat[];
}

/** A dropped item or field: `sessions[41].start: not a date-time with offset`. */
export interface FeedWarning {
  path: string;
  message: string;
}

export type FeedErrorKind = 'network' | 'http' | 'parse' | 'schema' | 'version';
