/**
 * One day in two rooms for the grid, favourites and conflict tests (Europe/Zurich, 30-minute
 * boundaries): `long` is 90 minutes; `side` overlaps it in the same room; `after` starts when
 * `long` ends; `b1`/`b2` are back to back in Room B; `tomorrow` is on the next day.
 */
export function gridFeed(options: { without?: string[]; halls?: number } = {}) {
  const at = (time: string) => `2021-03-22T${time}:00+01:00`;
  const sessions = [
    { id: 'long', title: 'Ninety Minutes', start: at('09:00'), end: at('10:30'), location: 'Room A', tracks: ['youth'] },
    { id: 'side', title: 'Side by Side', start: at('09:00'), end: at('10:00'), location: 'Room A', tracks: ['cyber'] },
    { id: 'after', title: 'Right After', start: at('10:30'), end: at('11:00'), location: 'Room A', tracks: ['youth'] },
    { id: 'b1', title: 'Room B First', start: at('09:00'), end: at('09:30'), location: 'Room B', tracks: ['cyber'] },
    { id: 'b2', title: 'Room B Second', start: at('09:30'), end: at('10:00'), location: 'Room B' },
    {
      id: 'tomorrow',
      title: 'Tomorrow Morning',
      start: '2021-03-23T09:00:00+01:00',
      end: '2021-03-23T10:00:00+01:00',
      location: 'Room B',
    },
    // A wide day: `halls` more columns ("Hall 00" …, sorted before Room A), a 9:00 session each.
    ...Array.from({ length: options.halls ?? 0 }, (_, i) => ({
      id: `hall-${i}`,
      title: `Hall ${i} talk`,
      start: at('09:00'),
      end: at('09:30'),
      location: `Hall ${String(i).padStart(2, '0')}`,
      tracks: ['cyber'],
    })),
  ].filter((s) => !options.without?.includes(s.id));
  return {
    version: 1,
    event: { id: 'grid-test', name: 'Grid Test Forum', timezone: 'Europe/Zurich', start: '2021-03-22', end: '2021-03-23' },
    sessionTypes: [{ id: 'workshop', name: { en: 'Workshop', ar: 'حلقة عمل' } }],
    tracks: [
      { id: 'youth', name: { en: 'Youth', ar: 'الشباب' }, color: '#0f7038' },
      { id: 'cyber', name: { en: 'Cybersecurity', ar: 'الأمن السيبراني' }, color: '#b3261e' },
    ],
    sessions: sessions.map((s) => ({ type: 'workshop', format: 'in-person', languages: ['en'], ...s })),
  };
}
