import '../src/define/prize-winners.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoFeed from '../demo/feeds/wsis-forum-2021.json';

interface Args {
  feed?: unknown;
  src?: string;
  partner?: string;
  prize?: string;
  year?: string;
  category?: string;
  rank?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  headingLevel?: number;
}

// A small picture as a data: URL (allowed for award images), so stories need no server.
const picture = (hue: number) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="hsl(${hue} 60% 45%)"/><circle cx="160" cy="90" r="50" fill="hsl(${hue} 70% 80%)"/></svg>`,
  )}`;

/** A fictional feed (not WSIS data): several years, categories and every rank. */
const sampleFeed = {
  version: 1,
  event: { id: 'example', name: 'Example Forum', timezone: 'Europe/Zurich', start: '2022-05-30', end: '2022-06-03' },
  prizes: [
    {
      id: 'example-prizes-2022',
      name: { en: 'Example Prizes 2022', fr: 'Prix d’exemple 2022', ar: 'جوائز المثال 2022' },
      year: 2022,
      description: 'A fictional prize, to show every part of the widget.',
      url: 'https://example.org/prizes-2022',
      categories: [
        { id: 'governance', name: { en: 'Governance', fr: 'Gouvernance', ar: 'الحوكمة' } },
        { id: 'infrastructure', name: { en: 'Infrastructure', fr: 'Infrastructure', ar: 'البنية التحتية' } },
      ],
      awards: [
        {
          id: 'open-budgets',
          recipient: 'Example Agency A',
          rank: 'winner',
          category: 'governance',
          title: { en: 'Open budgets', fr: 'Budgets ouverts', ar: 'ميزانيات مفتوحة' },
          country: 'EE',
          image: picture(210),
          url: 'https://example.org/open-budgets',
          description:
            'A fictional entry whose description is long enough to sit behind a disclosure: it explains the project, its partners, the people it serves and what changed for them over two years of work in twelve municipalities.',
        },
        {
          id: 'civic-data',
          recipient: 'Example Lab B',
          rank: 'champion',
          category: 'governance',
          country: 'BR',
          image: picture(140),
          description: 'A short description.',
        },
        {
          id: 'broken-image',
          recipient: 'Example Team C',
          rank: 'honourable-mention',
          category: 'governance',
          country: 'JP',
          image: new URL('/no-such-image.png', location.href).href,
        },
        { id: 'rural-net', recipient: 'Example Network D', rank: 'winner', category: 'infrastructure', country: 'KE' },
        { id: 'fibre', recipient: 'Example Group E', rank: 'finalist', category: 'infrastructure', country: 'IN' },
        { id: 'special', recipient: 'Example Person F', rank: 'champion', country: 'CH' },
      ],
    },
    {
      id: 'example-prizes-2021',
      name: { en: 'Example Prizes 2021', fr: 'Prix d’exemple 2021', ar: 'جوائز المثال 2021' },
      year: 2021,
      description: 'Winners were announced but are not listed in this feed.',
      categories: [
        { id: 'governance', name: { en: 'Governance', fr: 'Gouvernance', ar: 'الحوكمة' } },
        { id: 'ethics', name: { en: 'Ethics', fr: 'Éthique', ar: 'الأخلاقيات' } },
      ],
      awards: [],
    },
  ],
};

export default {
  title: 'Elements/wsis-prize-winners',
  component: 'wsis-prize-winners',
  // A docs page per element from custom-elements.json (attributes, properties, events, parts, tokens).
  tags: ['autodocs'],
  argTypes: {
    prize: { control: 'text', description: 'Comma-separated prize ids' },
    year: { control: 'text', description: 'Comma-separated years' },
    category: { control: 'text', description: 'Comma-separated category ids' },
    partner: { control: 'text', description: 'Comma-separated partner ids: only the prizes they sponsor, e.g. `gcoa`' },
    rank: { control: 'text', description: 'Comma-separated ranks: winner, champion, finalist, honourable-mention' },
    lang: { control: 'select', options: ['en', 'ar', 'es', 'fr', 'ru', 'zh'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  args: { feed: demoFeed, headingLevel: 2, theme: 'light' },
  render: (args: Args) =>
    html`<wsis-prize-winners
      .feed=${args.feed ?? nothing}
      src=${ifDefined(args.src)}
      partner=${ifDefined(args.partner || undefined)}
      prize=${ifDefined(args.prize || undefined)}
      year=${ifDefined(args.year || undefined)}
      category=${ifDefined(args.category || undefined)}
      rank=${ifDefined(args.rank || undefined)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      heading-level=${ifDefined(args.headingLevel)}
    ></wsis-prize-winners>`,
};

/** The WSIS Forum 2021 demo feed: the Healthy Ageing winner, the hackathon's challenge areas. */
export const Default = {};

/** Categories, every rank, images (one that fails and falls back), a long description. */
export const CategoriesAndRanks = { args: { feed: sampleFeed } };

/** `rank="winner"`: only winners, so no rank select. */
export const WinnersOnly = { args: { feed: sampleFeed, rank: 'winner' } };

/** `prize="…"`: one prize; the selects show only what varies inside it. */
export const OnePrize = { args: { feed: sampleFeed, prize: 'example-prizes-2022' } };

/** `category="governance"`: that category's awards, and the prize that lists it without awards. */
export const OneCategory = { args: { feed: sampleFeed, category: 'governance' } };

/** `year="2021"`: a prize whose winners the feed does not list. */
export const NotListed = { args: { feed: sampleFeed, year: '2021' } };

/** While the first document loads: neither `src` nor `.feed` yet (a page that sets `.feed` later). */
export const Loading = { args: { feed: undefined, src: undefined } };

/** When the feed cannot be read: an alert with a retry button. */
export const ErrorState = { name: 'Error', args: { feed: undefined, src: '/no-such-feed.json' } };

/** When the filters leave nothing. */
export const Empty = { args: { feed: sampleFeed, year: '1999' } };

export const Dark = {
  args: { feed: sampleFeed, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** Arabic: right-to-left, Arabic ranks and country names. */
export const Arabic = { args: { feed: sampleFeed, lang: 'ar' } };

/** French: « Lauréat », « Finaliste », « Mention honorable ». */
export const French = { args: { feed: sampleFeed, lang: 'fr' } };

/** `partner="gcoa"`: only the prizes GCOA sponsors (the demo's reading of the seed; see the prizes' descriptions). */
export const SponsoredByPartner = { args: { partner: 'gcoa' } };
