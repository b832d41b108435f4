import '../src/define/partner-badge.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoFeed from '../demo/feeds/wsis-forum-2021.json';

/** The story arguments: the element's own attributes (see custom-elements.json). */
interface Args {
  partner?: string;
  layout: 'horizontal' | 'vertical';
  lang?: string;
  theme: 'light' | 'dark' | 'auto';
  src?: string;
  /** Which feed object to hand over as `.feed` (none: use `src`). */
  feed: 'demo' | 'logo' | 'none';
  /** The badge's width in px (default 200). */
  width?: number;
}

/** A stand-in event logo (the demo feed has none): an SVG data URL, marked as such in its text. */
const standInLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="14" fill="#0b5cab"/><text x="50" y="62" font-family="sans-serif" font-size="34" font-weight="700" fill="#fff" text-anchor="middle">WSIS</text></svg>',
)}`;

const feeds: Record<Args['feed'], unknown> = {
  demo: demoFeed,
  logo: { ...demoFeed, event: { ...demoFeed.event, logo: standInLogo } },
  none: undefined,
};

/**
 * `<wsis-partner-badge>`: the "proud partner" badge a partner puts in its footer or sidebar — its
 * tier in words (the feed's tier name), the event's name and dates, linked to the event's site.
 * 200 × 100 px by default; set `--wsis-partner-badge-width` (or the element's `width`) to scale it up.
 * The logo in the "with logo" stories is a stand-in: the demo feed has no event logo.
 */
export default {
  title: 'Elements/wsis-partner-badge',
  component: 'wsis-partner-badge',
  // A docs page per element from custom-elements.json (attributes, properties, events, parts, tokens).
  tags: ['autodocs'],
  args: { partner: 'uae', layout: 'horizontal', theme: 'light', feed: 'logo' } satisfies Partial<Args>,
  argTypes: {
    partner: { control: 'select', options: demoFeed.partners.map((partner) => partner.id) },
    layout: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    lang: { control: 'select', options: [undefined, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    feed: { control: 'select', options: Object.keys(feeds) },
    width: { control: { type: 'number', min: 120, max: 800, step: 20 } },
  },
  render: (args: Args) =>
    html`<wsis-partner-badge
      class=${args.width ? `width-${args.width}` : ''}
      .feed=${feeds[args.feed]}
      src=${ifDefined(args.src)}
      partner=${ifDefined(args.partner)}
      layout=${args.layout}
      lang=${ifDefined(args.lang)}
      theme=${args.theme}
    ></wsis-partner-badge>
    <style>
      .width-400 {
        --wsis-partner-badge-width: 400px;
      }
    </style>`,
};

/** The Platinum Partner's badge, logo beside the words (stand-in logo). */
export const Horizontal = {};

/** `layout="vertical"`: the logo above the words, for a narrow column. */
export const Vertical = { args: { layout: 'vertical' } };

/** The demo feed as it is, without an event logo: the words alone. */
export const WithoutLogo = { args: { feed: 'demo', partner: 'gcoa' } };

/** The longest tier name ("Partner for Specific Activities") still fits 200 × 100 px. */
export const LongestTier = { args: { partner: 'ieee' } };

/** Twice as wide: everything scales with the width. */
export const Large = { args: { width: 400 } };

/** The dark theme: the logo keeps a white box. */
export const Dark = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** Arabic: right to left; tier and event names from the feed, dates from Intl. */
export const Arabic = { args: { lang: 'ar' } };

/** Arabic, vertical and dark. */
export const ArabicVerticalDark = {
  args: { lang: 'ar', layout: 'vertical', theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** A partner id the feed does not have: the empty state. */
export const UnknownPartner = { args: { partner: 'nobody' } };

/** The loading state: neither `src` nor `.feed` yet. */
export const Loading = { args: { feed: 'none' } };

/** The error state: the feed's URL answers 404. */
export const ErrorState = { name: 'Error', args: { feed: 'none', src: '/demo/feeds/no-such-feed.json' } };
