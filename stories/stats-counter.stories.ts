import '../src/define/stats-counter.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import demoFeed from '../demo/feeds/wsis-forum-2021.json';

interface Args {
  feed?: unknown;
  src?: string;
  stats?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  notation?: 'standard' | 'compact';
  duration?: number;
  motion?: 'auto' | 'reduce';
  liveSrc?: string;
  liveMode?: 'auto' | 'poll' | 'stream';
  interval?: number;
  showUpdated?: boolean;
  showDescriptions?: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/wsis-stats-counter',
  component: 'wsis-stats-counter',
  // A docs page per element from custom-elements.json (attributes, properties, events, parts, tokens).
  tags: ['autodocs'],
  args: { feed: demoFeed, duration: 1500, notation: 'standard', theme: 'light', motion: 'auto' },
  argTypes: {
    feed: { control: false },
    notation: { control: 'inline-radio', options: ['standard', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    motion: { control: 'inline-radio', options: ['auto', 'reduce'] },
    liveMode: { control: 'inline-radio', options: ['auto', 'poll', 'stream'] },
    lang: { control: 'select', options: ['en', 'fr', 'es', 'ru', 'zh', 'ar'] },
  },
  render: (args) =>
    html`<wsis-stats-counter
      .feed=${args.feed}
      src=${args.src ?? nothing}
      stats=${args.stats ?? nothing}
      lang=${args.lang ?? nothing}
      theme=${args.theme ?? nothing}
      notation=${args.notation ?? nothing}
      duration=${args.duration ?? nothing}
      motion=${args.motion ?? nothing}
      live-src=${args.liveSrc ?? nothing}
      live-mode=${args.liveMode ?? nothing}
      interval=${args.interval ?? nothing}
      ?show-updated=${args.showUpdated}
      ?show-descriptions=${args.showDescriptions}
    ></wsis-stats-counter>`,
  parameters: {
    docs: {
      description: {
        component:
          'Headline figures that count up when they first scroll into view, formatted for the language, and kept live from `live-src`. See docs/stats-counter.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The demo feed's ten figures. */
export const Default: Story = {};

/** Four figures, in the order given by `stats`. */
export const ChosenFigures: Story = { args: { stats: 'attendees,countries,sessions,weeks' } };

/** `notation="compact"`: "50K+", said "more than 50 thousand". */
export const Compact: Story = { args: { notation: 'compact' } };

/** With each figure's description shown under it (it is always its accessible description). */
export const WithDescriptions: Story = {
  args: { stats: 'attendees,countries,high-level-participants,hlps-participants', showDescriptions: true },
};

/** `motion="reduce"` (as under `prefers-reduced-motion: reduce`): the final figures at once. */
export const ReducedMotion: Story = { args: { motion: 'reduce' } };

/** A slow count-up, to watch the easing and the steady layout. */
export const SlowCount: Story = { args: { duration: 6000 } };

export const Dark: Story = { args: { theme: 'dark' } };

export const French: Story = { args: { lang: 'fr' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const Russian: Story = { args: { lang: 'ru' } };
export const Chinese: Story = { args: { lang: 'zh', notation: 'compact' } };

/** Right to left, with the qualifiers in Arabic words. */
export const Arabic: Story = { args: { lang: 'ar' } };

/**
 * Live: polls the demo route `/demo/live/stats.json` (served by `demo/live-stats.ts` under
 * `npm start` and `npm run storybook`) every 5 s; the figures grow and count from old to new.
 * In a static Storybook build the route is absent: the feed's figures stay.
 */
export const Live: Story = {
  args: { liveSrc: '/demo/live/stats.json', interval: 5, showUpdated: true },
};

/** Live from the demo event stream `/demo/live/stats-stream`. */
export const LiveStream: Story = {
  args: { liveSrc: '/demo/live/stats-stream', liveMode: 'stream', showUpdated: true, notation: 'compact' },
};

/** While the feed loads. */
export const Loading: Story = { args: { feed: undefined, src: '/demo/live/never' } };

/** When the feed cannot be read: an alert and a retry button. */
export const ErrorState: Story = { args: { feed: undefined, src: '/demo/feeds/missing.json' } };

/** No figure left by `stats`. */
export const Empty: Story = { args: { stats: 'no-such-figure' } };
