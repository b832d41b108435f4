import '../src/define/schedule.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoFeed from '../demo/feeds/wsis-forum-2021.json';
// @ts-expect-error: a plain JavaScript module without types
import { synthesizeFeed } from '../scripts/feed-synth.mjs';

interface Args {
  view: 'grid' | 'list';
  gridColumns: 'location' | 'track';
  day?: string;
  lang?: string;
  theme: 'light' | 'dark' | 'auto';
  /** Width of the box around the element (the grid falls back to the list below 640px). */
  width: number;
  feed: 'demo' | 'synthetic-1000-one-day';
  /** Session ids starred before the story renders (localStorage of the demo event). */
  starred?: string[];
}

let synthetic: unknown;
const oneDay = () => (synthetic ??= (synthesizeFeed as (o: { sessions: number; days: number }) => unknown)({ sessions: 1000, days: 1 }));
const feeds: Record<Args['feed'], () => unknown> = { demo: () => demoFeed, 'synthetic-1000-one-day': oneDay };

/** Puts stars in localStorage for the demo event before rendering (as a returning visitor has). */
function star(ids: string[] | undefined): void {
  try {
    if (ids) localStorage.setItem(`wsis-widgets:favorites:${demoFeed.event.id}`, JSON.stringify(ids));
  } catch {
    // Storage refused: the story shows no stars.
  }
}

/**
 * `<wsis-schedule view="grid">`: one day at a time, columns by location (or track), rows by
 * time; the star on every session, "My schedule", calendar exports and overlap notes. See
 * docs/schedule-grid.md.
 */
export default {
  title: 'Elements/wsis-schedule/Grid and my schedule',
  component: 'wsis-schedule',
  args: { view: 'grid', gridColumns: 'location', theme: 'light', width: 1100, feed: 'demo' } satisfies Partial<Args>,
  argTypes: {
    view: { control: 'inline-radio', options: ['grid', 'list'] },
    gridColumns: { control: 'inline-radio', options: ['location', 'track'] },
    day: { control: 'text', description: '`YYYY-MM-DD` in the shown zone' },
    lang: { control: 'select', options: [undefined, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 320, max: 1600, step: 20 } },
    feed: { control: 'select', options: Object.keys(feeds) },
  },
  render: (args: Args) => {
    star(args.starred);
    return html`<div class="story-box" data-width=${args.width}>
      <wsis-schedule
        .feed=${feeds[args.feed]()}
        view=${args.view}
        grid-columns=${args.gridColumns}
        day=${ifDefined(args.day)}
        lang=${ifDefined(args.lang)}
        theme=${args.theme}
      ></wsis-schedule>
    </div>`;
  },
  decorators: [
    (story: () => unknown, context: { args: Args }) => {
      // The box's width through CSSOM (no style attribute), so the narrow fallback can be tried.
      requestAnimationFrame(() => {
        for (const box of document.querySelectorAll<HTMLElement>('.story-box')) {
          box.style.setProperty('inline-size', `${context.args.width}px`);
          box.style.setProperty('max-inline-size', '100%');
        }
      });
      return story();
    },
  ],
};

/** The grid of the first day with sessions, columns by location. */
export const Grid = {};

/** Columns by track (`grid-columns="track"`). */
export const ByTrack = { args: { gridColumns: 'track' } };

/** The High-Level Policy Sessions day (`day="2021-03-22"`) with two starred sessions. */
export const WithStars = { args: { day: '2021-03-22', starred: demoFeed.sessions.slice(0, 2).map((s) => s.id) } };

/** Starred sessions that overlap: "Overlaps with …" on each. */
export const Overlaps = {
  args: {
    view: 'list',
    starred: demoFeed.sessions
      .filter((s, i, all) => all.some((o, j) => j !== i && o.start < s.end && s.start < o.end))
      .slice(0, 3)
      .map((s) => s.id),
  },
};

/** Too narrow for a grid (480px): the list shows instead, automatically. */
export const NarrowFallback = { args: { width: 480 } };

/** Dark theme. */
export const Dark = { args: { theme: 'dark' } };

/** Arabic: right to left, the time axis on the right. */
export const Arabic = { args: { lang: 'ar' } };

/** 1,000 synthetic sessions in one day: scroll both ways, headers stay. */
export const ThousandInADay = { args: { feed: 'synthetic-1000-one-day', width: 1400 } };
