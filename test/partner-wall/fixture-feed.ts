import type { Partner, Tier } from '../../src/feed/types.js';

/** A feed for partner wall tests: tiers out of rank order, logos that load, fail or are slow. */
export const logoUrl = (name: string) => new URL(`/test-api/partner-wall/${name}`, location.href).href;

export function partnerFeed(): { version: 1; event: object; tiers: Tier[]; partners: Partner[] } {
  return {
    version: 1,
    event: {
      id: 'test-event',
      name: 'Test Forum',
      timezone: 'Europe/Zurich',
      start: '2021-03-22',
      end: '2021-03-26',
    },
    tiers: [
      { id: 'bronze', name: { en: 'Bronze Partner', ar: 'شريك برونزي' }, rank: 40 },
      { id: 'gold', name: { en: 'Gold Partner', fr: 'Partenaire Or', ar: 'شريك ذهبي' }, rank: 10 },
      { id: 'diamond', name: 'Diamond Partner', rank: 1 },
      { id: 'silver', name: { en: 'Silver Partner', ar: 'شريك فضي' }, rank: 20 },
      { id: 'copper', name: { en: 'Copper Partner', ar: 'شريك نحاسي' }, rank: 50 },
      { id: 'tin', name: { en: 'Tin Partner', ar: 'شريك قصديري' }, rank: 30 },
    ],
    partners: [
      { id: 'zeta', name: 'Zeta Org', tier: 'gold' },
      { id: 'b1', name: 'Bronze One', tier: 'bronze' },
      {
        id: 'acme',
        name: { en: 'Acme Corporation', ar: 'شركة أكمي' },
        tier: 'gold',
        logo: logoUrl('logo.png'),
        url: 'https://acme.example/',
      },
      { id: 'broken', name: 'Broken Logo Ltd', tier: 'silver', logo: logoUrl('missing.png'), url: 'https://broken.example/' },
      {
        id: 'geneva',
        name: { en: 'Geneva Partners', ar: 'شركاء جنيف' },
        tier: 'silver',
        url: 'https://geneva.example/',
        country: 'CH',
        description: { en: 'Hosts the hackathon.', ar: 'تستضيف الهاكاثون.' },
      },
      { id: 'evil', name: 'Evil Link', tier: 'tin', url: 'javascript:alert(1)' },
      { id: 'c1', name: 'Copper One', tier: 'copper', url: 'https://copper.example/' },
    ],
  };
}
