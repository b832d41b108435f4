/**
 * A small feed v1 document with one or two items of every kind, valid as it is: each rule test
 * breaks one thing in a fresh copy. Plain data (also used by the Node-side agreement test).
 */
export function smallFeed() {
  return {
    version: 1,
    generated: '2021-03-01T12:00:00Z',
    event: {
      id: 'forum',
      name: { en: 'Test Forum', fr: 'Forum de test' },
      theme: 'Testing',
      timezone: 'Europe/Zurich',
      start: '2021-03-22',
      end: '2021-03-26',
      url: 'https://example.org/forum',
      logo: 'logo.svg',
      description: 'A small feed for tests.',
    } as Record<string, unknown>,
    sessionTypes: [{ id: 'talk', name: 'Talk' }],
    tracks: [
      { id: 'youth', name: { en: 'Youth' }, color: '#0057b8', status: 'new', editions: [2021, 2022] } as Record<string, unknown>,
      { id: 'ageing', name: 'Ageing' },
    ],
    sessions: [
      {
        id: 's1',
        title: 'Opening',
        start: '2021-03-22T09:00:00+01:00',
        end: '2021-03-22T10:00:00+01:00',
        type: 'talk',
        tracks: ['youth'],
        actionLines: ['C1'],
        format: 'hybrid',
        location: 'Room A',
        languages: ['en', 'fr'],
        speakers: [{ name: 'Speaker One', role: 'Minister', organization: 'Org', country: 'CH' }],
        url: 'https://example.org/s1',
        organizers: ['p2'],
      } as Record<string, unknown>,
      {
        id: 's2',
        title: 'Policy session',
        start: '2021-03-23T14:00:00+01:00',
        end: '2021-03-23T15:30:00+01:00',
        status: 'cancelled',
      } as Record<string, unknown>,
    ],
    tiers: [
      { id: 'gold', name: 'Gold', rank: 1 },
      { id: 'silver', name: 'Silver', rank: 2 },
    ],
    partners: [
      { id: 'p1', name: 'Partner one', tier: 'gold', url: 'https://example.org/p1', country: 'FR' } as Record<string, unknown>,
      { id: 'p2', name: 'Partner two', tier: 'silver' } as Record<string, unknown>,
    ],
    prizes: [
      {
        id: 'prize',
        name: 'Test Prize',
        year: 2021,
        categories: [{ id: 'c1', name: 'Category one' }],
        sponsors: ['p2'] as unknown[],
        awards: [
          { id: 'a1', recipient: 'Team A', rank: 'winner', category: 'c1', title: 'Entry A' } as Record<string, unknown>,
          { id: 'a2', recipient: 'Team B', rank: 'finalist' } as Record<string, unknown>,
        ],
      },
    ],
    stats: [{ id: 'attendees', label: 'Attendees', value: 50000, qualifier: 'over' } as Record<string, unknown>],
  };
}
