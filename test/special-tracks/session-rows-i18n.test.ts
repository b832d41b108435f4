import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import '../../src/define/special-tracks.js';
import type { WsisSpecialTracks } from '../../src/special-tracks/special-tracks.js';
import { tracksFeed } from './tracks-feed.js';

/**
 * The session rows <wsis-special-tracks sessions> shows speak the element's language: the
 * format, status and "Live now" words, as a reader of each language expects them.
 */
const words: Record<string, { online: string; cancelled: string; live: string }> = {
  en: { online: 'Online', cancelled: 'Cancelled', live: 'Live now' },
  fr: { online: 'En ligne', cancelled: 'Annulée', live: 'En direct' },
  es: { online: 'En línea', cancelled: 'Cancelada', live: 'En directo' },
  ru: { online: 'Онлайн', cancelled: 'Отменена', live: 'Сейчас в эфире' },
  ar: { online: 'عبر الإنترنت', cancelled: 'أُلغيت', live: 'مباشر الآن' },
  zh: { online: '线上', cancelled: '已取消', live: '正在直播' },
};

function feed(): unknown {
  const data = tracksFeed() as { sessions: Record<string, unknown>[] };
  for (const session of data.sessions) {
    if (session.id === 'later') session.format = 'online';
    // Under way at the element's `now` below.
    if (session.id === 'early') Object.assign(session, { start: '2021-03-21T09:00:00+01:00', end: '2021-03-21T18:00:00+01:00' });
  }
  return data;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const row = (el: WsisSpecialTracks, track: string, id: string) =>
  el.shadowRoot!.querySelector(`[part~="track"][data-id="${track}"] [part~="session"][data-id="${id}"]`);

describe('<wsis-special-tracks sessions>: session rows in the element’s language', () => {
  for (const [lang, expected] of Object.entries(words)) {
    it(`says format, status and "live now" in ${lang}`, async () => {
      const el = await fixture<WsisSpecialTracks>(
        html`<wsis-special-tracks lang=${lang} sessions now="2021-03-21T12:00:00+01:00" timezone="Europe/Zurich"></wsis-special-tracks>`,
      );
      el.feed = asFeed(feed());
      // The language's catalogue loads on demand: wait until the rows say its words.
      await waitUntil(
        () => text(row(el, 'ageing', 'later')?.querySelector('.place')) === expected.online,
        `the online session's row should say "${expected.online}", said "${text(row(el, 'ageing', 'later')?.querySelector('.place'))}"`,
        { timeout: 4000 },
      );
      expect(text(row(el, 'security', 'dropped')?.querySelector('.badge.status'))).to.equal(expected.cancelled);
      expect(text(row(el, 'ageing', 'early')?.querySelector('.badge.live'))).to.equal(expected.live);
    });
  }
});
