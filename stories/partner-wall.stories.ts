import '../src/define/partner-wall.js';
import '../src/define/schedule.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoFeed from '../demo/feeds/wsis-forum-2021.json';

/** The story arguments: the element's own attributes (see custom-elements.json). */
interface Args {
  tier?: string;
  partner?: string;
  /** The id of the schedule the card's sessions button filters (the story adds that schedule). */
  schedule?: string;
  layout: 'grid' | 'row';
  lang?: string;
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  src?: string;
  /** Which feed object to hand over as `.feed` (none: use `src`). */
  feed: 'demo' | 'logos' | 'broken-logos' | 'no-partners' | 'none';
  /** Put the wall in a 320 px wide frame. */
  narrow?: boolean;
}

/** A stand-in logo for a demo partner: an SVG data URL with its initials (the demo feed has no logos). */
function logoFor(name: string, hue: number): string {
  const initials = name
    .replace(/\(.*?\)/g, '')
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .slice(0, 3)
    .map((word) => word[0])
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" rx="12" fill="hsl(${hue} 60% 35%)"/><text x="100" y="64" font-family="sans-serif" font-size="44" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const withLogos = {
  ...demoFeed,
  partners: demoFeed.partners.map((partner, index) => ({ ...partner, logo: logoFor(partner.name, index * 30) })),
};

/** Every other logo points at an address that answers 404: those partners show their name. */
const withBrokenLogos = {
  ...demoFeed,
  partners: demoFeed.partners.map((partner, index) => ({
    ...partner,
    logo: index % 2 === 0 ? logoFor(partner.name, index * 30) : `${location.origin}/demo/no-such-logo-${partner.id}.png`,
  })),
};

const feeds: Record<Args['feed'], unknown> = {
  demo: demoFeed,
  logos: withLogos,
  'broken-logos': withBrokenLogos,
  'no-partners': { ...demoFeed, partners: [] },
  none: undefined,
};

/**
 * `<wsis-partner-wall>`: the WSIS Forum 2021's twelve strategic partners in their six tiers, the
 * highest tier first with the largest logos. The demo feed carries no logos, so its partners show
 * as name tiles; the "With logos" stories add stand-in logos.
 */
export default {
  title: 'Elements/wsis-partner-wall',
  component: 'wsis-partner-wall',
  // A docs page per element from custom-elements.json (attributes, properties, events, parts, tokens).
  tags: ['autodocs'],
  args: { layout: 'grid', theme: 'light', headingLevel: 2, feed: 'demo' } satisfies Partial<Args>,
  argTypes: {
    tier: { control: 'text', description: 'Comma-separated tier ids, e.g. `platinum,gold-plus`' },
    partner: { control: 'text', description: 'Comma-separated partner ids; one id shows a card, e.g. `gcoa`' },
    layout: { control: 'inline-radio', options: ['grid', 'row'] },
    lang: { control: 'select', options: [undefined, 'en', 'fr', 'es', 'ar', 'ru', 'zh'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    feed: { control: 'select', options: Object.keys(feeds) },
    narrow: { control: 'boolean' },
  },
  render: (args: Args) =>
    html`<div class=${args.narrow ? 'narrow' : ''}>
      <style>
        .narrow {
          max-width: 320px;
        }
      </style>
      <wsis-partner-wall
        .feed=${feeds[args.feed]}
        src=${ifDefined(args.src)}
        tier=${ifDefined(args.tier)}
        partner=${ifDefined(args.partner)}
        schedule=${ifDefined(args.schedule)}
        layout=${args.layout}
        lang=${ifDefined(args.lang)}
        theme=${args.theme}
        heading-level=${args.headingLevel}
      ></wsis-partner-wall>
      ${args.schedule
        ? html`<wsis-schedule id=${args.schedule} .feed=${feeds[args.feed]} lang=${ifDefined(args.lang)} theme=${args.theme}></wsis-schedule>`
        : ''}
    </div>`,
};

/** The demo feed in the default grid: six tiers by rank, name tiles (the feed has no logos). */
export const Default = {};

/** Stand-in logos: higher tiers get larger logo boxes. */
export const WithLogos = { args: { feed: 'logos' } };

/** `layout="row"`: one row that scrolls sideways; focus it (Tab) and use the arrow keys. */
export const Row = { args: { layout: 'row', feed: 'logos' } };

/** The row in Arabic: right to left, it starts at the right-hand edge. */
export const RowArabic = { args: { layout: 'row', feed: 'logos', lang: 'ar' } };

/** Logos that answer 404 fall back to a tile with the partner's name. */
export const BrokenLogos = { args: { feed: 'broken-logos' } };

/** `tier="platinum,gold-plus,gold"`: the three highest tiers only. */
export const TierFilter = { args: { tier: 'platinum,gold-plus,gold', feed: 'logos' } };

/** `tier="diamond"`: no such tier, so the empty state. */
export const EmptyFilter = { args: { tier: 'diamond' } };

/** A feed without partners: the empty state. */
export const NoPartners = { args: { feed: 'no-partners' } };

/** The loading state: neither `src` nor `.feed` yet (as when a page sets `.feed` from its own script later). */
export const Loading = { args: { feed: 'none' } };

/** The error state: the feed's URL answers 404. */
export const ErrorState = { name: 'Error', args: { feed: 'none', src: '/demo/feeds/no-such-feed.json' } };

/** The dark theme: logos keep a white box so that dark logos stay visible. */
export const Dark = { args: { theme: 'dark', feed: 'logos' }, parameters: { backgrounds: { default: 'dark' } } };

/** Arabic: right to left, tier names from the feed, country names from the browser (Intl). */
export const Arabic = { args: { lang: 'ar' } };

/** French. */
export const French = { args: { lang: 'fr', feed: 'logos' } };

/** At 320 px the grid wraps to one or two logos a line. */
export const Narrow = { args: { narrow: true, feed: 'logos' } };

/** `heading-level="4"`: the tier headings are h4, to fit a page whose section is an h3. */
export const HeadingLevel = { args: { headingLevel: 4 } };

/** `partner="gcoa"`: one partner's card — its tier in words, the event, what it organized and sponsored. */
export const PartnerCard = { args: { partner: 'gcoa' } };

/**
 * "Our sessions": the card with `schedule="programme"`; its "3 sessions in the programme" button
 * sets the schedule's `partner` attribute and scrolls to it; the schedule then shows only the
 * sessions the partner organizes, with a removable "Organized by GCOA" chip.
 */
export const OurSessions = { args: { partner: 'gcoa', schedule: 'programme' } };

/** `partner="uae,qatar,gcoa"`: a few partners, still grouped by tier. */
export const SomePartners = { args: { partner: 'uae,qatar,gcoa', feed: 'logos' } };

/** One partner's card in the dark theme. */
export const PartnerCardDark = {
  args: { partner: 'gcoa', theme: 'dark', feed: 'logos' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** One partner's card in Arabic: right to left, plural forms from Intl.PluralRules. */
export const PartnerCardArabic = { args: { partner: 'gcoa', lang: 'ar' } };
