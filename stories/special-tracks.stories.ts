import '../src/define/special-tracks.js';
import '../src/define/schedule.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoFeed from '../demo/feeds/wsis-forum-2021.json';
import { errorSources } from './support/states.js';

/** The story arguments: the element's own attributes (see custom-elements.json). */
interface Args {
  track?: string;
  status?: string;
  sessions: boolean;
  timezone: string;
  now?: string;
  schedule?: string;
  lang?: string;
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  src?: string;
  useFeed: boolean;
}

/**
 * `<wsis-special-tracks>`: the special tracks of the WSIS Forum 2021 demo feed, as cards, with
 * their sessions on demand. The demo feed also announces the 2022 editions and the new
 * "ICTs and Indigenous Peoples" track.
 */
export default {
  title: 'Elements/wsis-special-tracks',
  component: 'wsis-special-tracks',
  // A docs page per element from custom-elements.json (attributes, properties, events, parts, tokens).
  tags: ['autodocs'],
  args: {
    sessions: false,
    timezone: 'event',
    theme: 'light',
    headingLevel: 2,
    useFeed: true,
  } satisfies Partial<Args>,
  argTypes: {
    track: { control: 'select', options: [undefined, ...demoFeed.tracks.map((t) => t.id)] },
    status: { control: 'select', options: [undefined, 'new', 'continuing', 'concluded', 'new,continuing'] },
    sessions: { control: 'boolean' },
    timezone: { control: 'text', description: '`event`, `local` or an IANA name' },
    now: { control: 'text', description: 'A DateTime that stands for the current time' },
    lang: { control: 'select', options: [undefined, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    useFeed: { control: false, table: { disable: true } },
  },
  render: (args: Args) =>
    html`<wsis-special-tracks
      .feed=${args.useFeed ? demoFeed : undefined}
      src=${ifDefined(args.src)}
      track=${ifDefined(args.track)}
      status=${ifDefined(args.status)}
      ?sessions=${args.sessions}
      timezone=${args.timezone}
      now=${ifDefined(args.now)}
      schedule=${ifDefined(args.schedule)}
      lang=${ifDefined(args.lang)}
      theme=${args.theme}
      heading-level=${args.headingLevel}
    ></wsis-special-tracks>`,
};

/** Every track of the demo feed, in feed order. */
export const Default = {};

/** Each track's sessions: upcoming ones as of 1 March 2021, then the past ones behind a disclosure. */
export const WithSessions = { args: { sessions: true, now: '2021-03-01T09:00:00+01:00' } };

/** The same sessions in Auckland time: days and times move (a Geneva afternoon is the next night there). */
export const SessionsInAuckland = {
  args: { sessions: true, now: '2021-03-01T09:00:00+01:00', timezone: 'Pacific/Auckland' },
};

/** After the Forum: every session is past, behind the disclosure. */
export const AfterTheForum = { args: { sessions: true, now: '2021-06-01T00:00:00+02:00' } };

/** `track="cybersecurity"`: one track. */
export const OneTrack = { args: { track: 'cybersecurity', sessions: true, now: '2021-03-01T09:00:00+01:00' } };

/** `status="new"`: the track announced for 2022, ICTs and Indigenous Peoples. */
export const NewTracks = { args: { status: 'new' } };

/** `status="concluded"`: no demo track has concluded, so the empty state offers to show all. */
export const Empty = { args: { status: 'concluded' } };

/** The loading state: an element with neither `src` nor `.feed` waits for data. */
export const Loading = { args: { useFeed: false } };

/** The error state: the feed's URL answers 404; the alert offers to try again. */
export const ErrorState = { name: 'Error', args: { useFeed: false, src: errorSources.http } };

/** The dark theme. */
export const Dark = {
  args: { theme: 'dark', sessions: true, now: '2021-03-01T09:00:00+01:00' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** Arabic: right to left, Arabic words, plurals and names. */
export const Arabic = { args: { lang: 'ar', sessions: true, now: '2021-03-01T09:00:00+01:00' } };

/** French. */
export const French = { args: { lang: 'fr', sessions: true, now: '2021-03-01T09:00:00+01:00' } };

/** `heading-level="4"`: the track headings are h4, to fit a page whose section is an h3. */
export const HeadingLevel = { args: { headingLevel: 4 } };

/**
 * `schedule="programme"`: "See in the programme" filters the `<wsis-schedule id="programme">`
 * below to that track and scrolls to it (smoothly, unless reduced motion is preferred).
 */
export const LinkedToSchedule = {
  render: (args: Args) =>
    html`<wsis-special-tracks .feed=${demoFeed} schedule="programme" theme=${args.theme}></wsis-special-tracks>
      <wsis-schedule id="programme" .feed=${demoFeed} theme=${args.theme}></wsis-schedule>`,
};
