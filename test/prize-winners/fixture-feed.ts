/**
 * A feed for the prize-winners tests: several prizes, years, categories and ranks, given in a
 * scrambled order so that the widget's ordering is what the tests see.
 */
export function prizeFeed(options: { imageBase?: string } = {}) {
  const base = options.imageBase ?? new URL('/test-api/prize-image/', location.href).href;
  return {
    version: 1,
    event: {
      id: 'test-event',
      name: 'Test Forum',
      timezone: 'Europe/Zurich',
      start: '2022-05-30',
      end: '2022-06-03',
    },
    prizes: [
      {
        id: 'prizes-2022',
        name: { en: 'Test Prizes 2022', fr: 'Prix de test 2022', ar: 'جوائز الاختبار 2022' },
        year: 2022,
        description: 'The test prizes of 2022.',
        url: 'https://example.org/prizes-2022',
        categories: [
          { id: 'c1', name: { en: 'Governance', fr: 'Gouvernance', ar: 'الحوكمة' } },
          { id: 'c2', name: { en: 'Infrastructure', fr: 'Infrastructure', ar: 'البنية التحتية' } },
          { id: 'c3', name: { en: 'Access', fr: 'Accès', ar: 'النفاذ' } },
        ],
        awards: [
          { id: 'c2-finalist', recipient: 'Fibre Group', rank: 'finalist', category: 'c2', country: 'KE' },
          { id: 'c1-finalist', recipient: 'Early Finalist', rank: 'finalist', category: 'c1', country: 'CA' },
          { id: 'loose-champion', recipient: 'Open Team', rank: 'champion' },
          {
            id: 'c1-mention',
            recipient: 'Civic Lab',
            rank: 'honourable-mention',
            category: 'c1',
            country: 'BR',
          },
          {
            id: 'c1-champion-a',
            recipient: 'Data Commons',
            rank: 'champion',
            category: 'c1',
            title: { en: 'Open budgets', fr: 'Budgets ouverts', ar: 'ميزانيات مفتوحة' },
            country: 'FR',
            image: `${base}missing.png`,
            url: 'https://example.org/open-budgets',
          },
          {
            id: 'c1-winner',
            recipient: 'E-Gov Agency',
            rank: 'winner',
            category: 'c1',
            title: 'Digital ID for all',
            country: 'EE',
            image: `${base}ok.png`,
            url: 'javascript:alert(1)',
            description:
              'A long description that goes on. '.repeat(10) +
              '\n\nIt has a second paragraph after a blank line.',
          },
          { id: 'c2-winner', recipient: 'Rural Net', rank: 'winner', category: 'c2', country: 'IN', description: 'Short.' },
          { id: 'c1-champion-b', recipient: 'Second Champion', rank: 'champion', category: 'c1', country: 'JP' },
          { id: 'loose-winner', recipient: 'Lone Winner', rank: 'winner' },
        ],
      },
      {
        id: 'prizes-2021',
        name: 'Test Prizes 2021',
        year: 2021,
        description: 'Winners were announced; none are listed here.',
        categories: [
          { id: 'c1', name: 'Governance' },
          { id: 'c9', name: 'Ethics' },
        ],
        awards: [],
      },
      {
        id: 'contest-2022',
        name: 'Photo Contest 2022',
        year: 2022,
        awards: [
          { id: 'photo-2', recipient: 'Ana Lima', rank: 'finalist', country: 'PT' },
          { id: 'photo-1', recipient: 'Omar Haddad', rank: 'winner', country: 'JO' },
        ],
      },
    ],
  };
}
