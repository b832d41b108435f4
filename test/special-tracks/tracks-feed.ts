/**
 * A small feed for <wsis-special-tracks>: four tracks (each status, one without), sessions at
 * known instants, one of them at 23:30 in Geneva (the next day in Auckland).
 */
export function tracksFeed() {
  return {
    version: 1,
    event: {
      id: 'test-forum',
      name: 'Test Forum',
      timezone: 'Europe/Zurich',
      start: '2021-03-20',
      end: '2021-03-26',
    },
    tracks: [
      {
        id: 'ageing',
        name: { en: 'ICTs and Older Persons', ar: 'تكنولوجيا المعلومات والاتصالات وكبار السن', ru: 'ИКТ и пожилые люди' },
        description: 'First paragraph.\n\nSecond paragraph.',
        url: 'https://example.org/tracks/ageing',
        color: '#9a4a00',
        status: 'continuing',
        editions: [2022, 2021],
      },
      {
        id: 'indigenous',
        name: 'ICTs and Indigenous Peoples',
        description: 'Announced for 2022.',
        color: '#66590a',
        status: 'new',
        editions: [2022],
      },
      {
        id: 'security',
        name: 'Cybersecurity',
        color: 'red',
        status: 'concluded',
        editions: [2019, 2020, 2021],
      },
      { id: 'plain', name: 'Plain track' },
    ],
    sessions: [
      {
        id: 'late-night',
        title: 'Late-night session',
        tracks: ['ageing'],
        start: '2021-03-22T23:30:00+01:00',
        end: '2021-03-23T00:30:00+01:00',
      },
      {
        id: 'early',
        title: 'Early session',
        tracks: ['ageing', 'security'],
        start: '2021-03-20T09:00:00+01:00',
        end: '2021-03-20T10:00:00+01:00',
      },
      {
        id: 'later',
        title: { en: 'Later session', ar: 'جلسة لاحقة' },
        tracks: ['ageing'],
        url: 'https://example.org/sessions/later',
        start: '2021-03-24T10:00:00+01:00',
        end: '2021-03-24T11:00:00+01:00',
      },
      {
        id: 'dropped',
        title: 'Cancelled session',
        tracks: ['security'],
        status: 'cancelled',
        start: '2021-03-25T10:00:00+01:00',
        end: '2021-03-25T11:00:00+01:00',
      },
      {
        id: 'untracked',
        title: 'A session of no track',
        start: '2021-03-21T10:00:00+01:00',
        end: '2021-03-21T11:00:00+01:00',
      },
    ],
  };
}
