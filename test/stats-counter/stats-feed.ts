import { minimalFeed } from '../fixtures/minimal-feed.js';

/** A small feed with figures of every kind: over, exact, about, a unit, a description. */
export function statsFeed() {
  return {
    ...minimalFeed(),
    stats: [
      {
        id: 'attendees',
        label: { en: 'Attendees', fr: 'Participants', es: 'Asistentes', ru: 'Участники', zh: '参会者', ar: 'الحضور' },
        value: 50000,
        qualifier: 'over',
        description: { en: 'Across Zoom, YouTube and Facebook Live.', fr: 'Sur Zoom, YouTube et Facebook Live.' },
      },
      { id: 'countries', label: { en: 'Countries', fr: 'Pays', ar: 'البلدان' }, value: 185, qualifier: 'exact' },
      { id: 'hlps', label: 'High-Level Policy Session participants', value: 1550, qualifier: 'over' },
      { id: 'ministers', label: 'Ministers', value: 40, qualifier: 'about' },
      { id: 'online', label: 'Online share', value: 4.5, unit: '%' },
    ],
  };
}

/** A key no other test uses, for the live routes of test/server/stats.routes.mjs. */
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** Sets what the live routes answer for `key`. */
export async function setLive(key: string, answer: { doc?: unknown; status?: number }): Promise<void> {
  const params = new URLSearchParams({ key });
  if (answer.doc !== undefined) params.set('doc', JSON.stringify(answer.doc));
  if (answer.status !== undefined) params.set('status', String(answer.status));
  await fetch(`/test-api/stats/set?${params}`);
}

export interface LiveLog {
  requests: { at: number; ifNoneMatch?: string; status: number }[];
  open: number;
  opened: number;
}

export async function liveLog(key: string): Promise<LiveLog> {
  return (await fetch(`/test-api/stats/log?key=${encodeURIComponent(key)}`)).json() as Promise<LiveLog>;
}

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** The settled figure a screen reader hears for stat `id`. */
export const spokenOf = (el: Element, id: string) =>
  el.shadowRoot!.querySelector(`[part~="stat"][data-id="${id}"] .figure .visually-hidden`)?.textContent ?? '';
export const valueOf = (el: Element, id: string) =>
  el.shadowRoot!.querySelector(`[part~="stat"][data-id="${id}"] [part~="stat-value"]`)?.textContent ?? '';
