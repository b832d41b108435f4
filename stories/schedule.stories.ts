import '../src/define/schedule.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoFeed from '../demo/feeds/wsis-forum-2021.json';
// @ts-expect-error: a plain JavaScript module without types
import { synthesizeFeed } from '../scripts/feed-synth.mjs';
import { errorSources } from './support/states.js';

/** The story arguments: the element's own attributes (see custom-elements.json). */
interface Args {
  timezone: string;
  track?: string;
  type?: string;
  day?: string;
  location?: string;
  language?: string;
  query?: string;
  now?: string;
  lang?: string;
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  src?: string;
  /** Which feed object to hand over as `.feed` (none: use `src`). */
  feed: 'demo' | 'synthetic-1000' | 'synthetic-5000' | 'no-sessions' | 'with-cancelled' | 'none';
}

/** Synthetic programmes, built on first use only. */
const synthetic = new Map<number, unknown>();
const syntheticFeed = (sessions: number) => () => {
  if (!synthetic.has(sessions)) synthetic.set(sessions, (synthesizeFeed as (o: { sessions: number }) => unknown)({ sessions }));
  return synthetic.get(sessions);
};

const withCancelled = {
  ...demoFeed,
  sessions: demoFeed.sessions.map((session, index) =>
    index === 9 ? { ...session, status: 'cancelled' } : index === 10 ? { ...session, status: 'postponed' } : session,
  ),
};

const feeds: Record<Args['feed'], () => unknown> = {
  demo: () => demoFeed,
  'synthetic-1000': syntheticFeed(1000),
  'synthetic-5000': syntheticFeed(5000),
  'no-sessions': () => ({ ...demoFeed, sessions: [] }),
  'with-cancelled': () => withCancelled,
  none: () => undefined,
};

/**
 * `<wsis-schedule>`: the WSIS Forum 2021 programme (17 weeks, 38 demo sessions) grouped by day in
 * the shown time zone, with search, filters, a week and day strip, details with "Add to
 * calendar", deep links (`#session=<id>`) and "Live now".
 */
export default {
  title: 'Elements/wsis-schedule',
  component: 'wsis-schedule',
  // A docs page per element from custom-elements.json (attributes, properties, events, parts, tokens).
  tags: ['autodocs'],
  args: { timezone: 'event', theme: 'light', headingLevel: 2, feed: 'demo' } satisfies Partial<Args>,
  argTypes: {
    timezone: { control: 'text', description: '`event`, `local` or an IANA name' },
    track: { control: 'select', options: [undefined, ...demoFeed.tracks.map((t) => t.id)] },
    type: { control: 'select', options: [undefined, ...demoFeed.sessionTypes.map((t) => t.id)] },
    day: { control: 'text', description: '`YYYY-MM-DD` in the shown zone' },
    location: { control: 'text' },
    language: { control: 'text', description: 'A BCP 47 tag, `fr`' },
    query: { control: 'text' },
    now: { control: 'text', description: 'A DateTime that stands for the current time' },
    lang: { control: 'select', options: [undefined, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    feed: { control: 'select', options: Object.keys(feeds) },
  },
  render: (args: Args) =>
    html`<wsis-schedule
      .feed=${feeds[args.feed]()}
      src=${ifDefined(args.src)}
      timezone=${args.timezone}
      track=${ifDefined(args.track)}
      type=${ifDefined(args.type)}
      day=${ifDefined(args.day)}
      location=${ifDefined(args.location)}
      language=${ifDefined(args.language)}
      query=${ifDefined(args.query)}
      now=${ifDefined(args.now)}
      lang=${ifDefined(args.lang)}
      theme=${args.theme}
      heading-level=${args.headingLevel}
    ></wsis-schedule>`,
};

/** The demo programme in the event's zone (Geneva time, CET then CEST from 28 March 2021). */
export const Default = {};

/** During the High-Level Policy Sessions: "Live now" with the stream link, and "Jump to now". */
export const LiveNow = { args: { now: '2021-03-22T14:20:00+01:00' } };

/** In Auckland time: an evening in Geneva is the next morning there. */
export const InAuckland = { args: { timezone: 'Pacific/Auckland' } };

/** In Lima time: a Geneva afternoon is a Lima morning of the same day. */
export const InLima = { args: { timezone: 'America/Lima' } };

/** `track="youth"`: one track, shown as a removable chip. */
export const TrackFilter = { args: { track: 'youth' } };

/** `type="high-level-policy"` and `day="2021-03-23"` combined. */
export const CombinedFilters = { args: { type: 'high-level-policy', day: '2021-03-23' } };

/** `query="cybersecurite"`: search ignores case and accents. */
export const Search = { args: { query: 'cybersecurite' } };

/** A session cancelled and one postponed: marked in words, not only struck through. */
export const CancelledAndPostponed = { args: { feed: 'with-cancelled' } };

/** Nothing matches: the empty part with "Clear all filters". */
export const NoMatch = { args: { query: 'no such session anywhere' } };

/** A feed without sessions. */
export const NoSessions = { args: { feed: 'no-sessions' } };

/** 1,000 synthetic sessions over 25 days, in weeks: the first days paint at once, the rest follow. */
export const ThousandSessions = { args: { feed: 'synthetic-1000' } };

/** 5,000 sessions (a synthetic feed): every matching session stays in the page; off-screen days skip layout. */
export const FiveThousandSessions = { args: { feed: 'synthetic-5000' } };

/** The loading state: an element with neither `src` nor `.feed` waits for data. */
export const Loading = { args: { feed: 'none' } };

/** The error state: the feed's URL answers 404; the alert offers to try again. */
export const ErrorState = { name: 'Error', args: { feed: 'none', src: errorSources.http } };

/** The dark theme. */
export const Dark = {
  args: { theme: 'dark', now: '2021-03-22T14:20:00+01:00' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** Arabic: right to left, Arabic words and dates. */
export const Arabic = { args: { lang: 'ar' } };

/** French. */
export const French = { args: { lang: 'fr' } };

/** `heading-level="4"`: the programme heading is an h4, day headings h5. */
export const HeadingLevel = { args: { headingLevel: 4 } };

/** 320 px wide, as in a sidebar. */
export const Narrow = {
  render: (args: Args) =>
    html`<div class="narrow-frame">
      <wsis-schedule .feed=${demoFeed} theme=${args.theme} now="2021-03-22T14:20:00+01:00"></wsis-schedule>
    </div>`,
  decorators: [
    (story: () => unknown) => html`<style>
        .narrow-frame {
          inline-size: 320px;
        }
      </style>
      ${story()}`,
  ],
};
