import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/partner-badge.js';
import type { WsisPartnerBadge } from '../../src/partner-badge/partner-badge.js';

const demoSrc = '/demo/feeds/wsis-forum-2021.json';
const part = (el: WsisPartnerBadge, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`) ?? undefined;
const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The event's dates (2021-01-26 to 2021-05-21) as this browser's locale data writes the range:
 * engines ship different CLDR data (zh: Chromium "2021/1/26 – 2021/5/21", Firefox
 * "2021年1月26日 – 5月21日"), so the expected string comes from Intl here, not from one engine's output.
 */
const localRange = (lang: string) =>
  new Intl.DateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })
    .formatRange(Date.UTC(2021, 0, 26, 12), Date.UTC(2021, 4, 21, 12))
    .replace(/\s+/g, ' ')
    .trim();

/** What each language shows: the tier from the feed, the dates' prefix, the empty state from the catalogue. */
const expected: Record<string, { tier: string; event: string; datesPrefix: string; empty: string; loading: string }> = {
  en: { tier: 'Platinum Partner', event: 'WSIS Forum 2021', datesPrefix: 'Dates: ', empty: 'This partner is not in the feed.', loading: 'Loading…' },
  fr: { tier: 'Partenaire Platine', event: 'Forum du SMSI 2021', datesPrefix: 'Dates : ', empty: 'Ce partenaire ne figure pas dans le flux.', loading: 'Chargement…' },
  es: { tier: 'Socio Platino', event: 'Foro de la CMSI 2021', datesPrefix: 'Fechas: ', empty: 'Este socio no figura en el feed.', loading: 'Cargando…' },
  ru: { tier: 'Платиновый партнер', event: 'Форум ВВУИО 2021', datesPrefix: 'Даты: ', empty: 'Этого партнера нет в данных.', loading: 'Загрузка…' },
  ar: { tier: 'شريك بلاتيني', event: 'منتدى القمة العالمية لمجتمع المعلومات 2021', datesPrefix: 'التواريخ: ', empty: 'هذا الشريك غير موجود في البيانات.', loading: 'جارٍ التحميل…' },
  zh: { tier: '白金合作伙伴', event: '2021年信息社会世界峰会论坛', datesPrefix: '日期：', empty: '数据中没有此合作伙伴。', loading: '正在加载…' },
};

describe('<wsis-partner-badge> in every state and language', () => {
  for (const [lang, want] of Object.entries(expected)) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    describe(lang, () => {
      it(`the badge: tier, event and dates in ${lang}, ${dir}, accessible in light and dark`, async () => {
        const el = await fixture<WsisPartnerBadge>(
          html`<wsis-partner-badge src=${demoSrc} partner="uae" lang=${lang}></wsis-partner-badge>`,
        );
        await waitUntil(() => text(part(el, 'tier')) === want.tier, `${lang}: ${text(part(el, 'tier'))}`, { timeout: 5000 });
        const dates = `${want.datesPrefix}${localRange(lang)}`;
        await waitUntil(() => text(el.shadowRoot!.querySelector('.dates')!) === dates, `${lang}: ${text(el.shadowRoot!.querySelector('.dates')!)} is not ${dates}`, { timeout: 5000 });
        expect(text(part(el, 'event'))).to.equal(want.event);
        expect(part(el, 'root')!.getAttribute('dir')).to.equal(dir);
        await expect(el).to.be.accessible();
        el.theme = 'dark';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`empty (unknown partner): the catalogue's words in ${lang}, role=status, accessible`, async () => {
        const el = await fixture<WsisPartnerBadge>(
          html`<wsis-partner-badge src=${demoSrc} partner="nobody" lang=${lang}></wsis-partner-badge>`,
        );
        await waitUntil(() => text(part(el, 'empty')) === want.empty, `${lang}: ${text(part(el, 'empty'))}`, { timeout: 5000 });
        expect(part(el, 'empty')!.getAttribute('role')).to.equal('status');
        expect(part(el, 'badge')).to.equal(undefined);
        await expect(el).to.be.accessible();
      });

      it(`loading in ${lang}, accessible`, async () => {
        const el = await fixture<WsisPartnerBadge>(
          html`<wsis-partner-badge src="/test-api/slow-never" partner="uae" lang=${lang}></wsis-partner-badge>`,
        );
        await waitUntil(() => text(part(el, 'loading')) === want.loading, `${lang}: ${text(part(el, 'loading'))}`);
        await expect(el).to.be.accessible();
      });

      it(`error in ${lang}: role=alert with a retry button, accessible`, async () => {
        const el = await fixture<WsisPartnerBadge>(
          html`<wsis-partner-badge src="/test-api/status/500" partner="uae" lang=${lang} theme="dark"></wsis-partner-badge>`,
        );
        await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 5000 });
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        expect(part(el, 'retry')!.localName).to.equal('button');
        if (lang !== 'en') await waitUntil(() => !/Try again/.test(text(part(el, 'retry'))));
        await expect(el).to.be.accessible();
      });
    });
  }

  it('empty without a partner attribute', async () => {
    const el = await fixture<WsisPartnerBadge>(html`<wsis-partner-badge src=${demoSrc}></wsis-partner-badge>`);
    await waitUntil(() => part(el, 'empty'), 'no empty state', { timeout: 5000 });
    expect(text(part(el, 'empty'))).to.equal('This partner is not in the feed.');
  });
});
