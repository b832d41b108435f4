import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { localNumber, setReducedMotion } from '../support/engine.js';
import '../../src/define/stats-counter.js';
import type { WsisStatsCounter } from '../../src/stats-counter/stats-counter.js';
import { part, parts, spokenOf, statsFeed, valueOf } from './stats-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

const NNBSP = '\u202f';

/** A counter on the test feed, figures shown at once (no motion) unless told otherwise. */
async function counter(template = html`<wsis-stats-counter motion="reduce"></wsis-stats-counter>`) {
  const el = await fixture<WsisStatsCounter>(template);
  el.feed = asFeed(statsFeed());
  await waitUntil(() => part(el, 'stat'), 'no figure rendered');
  await el.updateComplete;
  return el;
}

/** Samples the shown text of `id` on every animation frame until it settles on `final`. */
async function sampleUntil(el: WsisStatsCounter, id: string, final: string, timeout = 5000) {
  const seen: string[] = [];
  const widths = new Set<string>();
  const selector = `[part~="stat"][data-id="${id}"]`;
  await waitUntil(() => el.shadowRoot!.querySelector(selector), `no figure ${id}`);
  const stat = el.shadowRoot!.querySelector(selector)!;
  const started = performance.now();
  while (performance.now() - started < timeout) {
    await new Promise(requestAnimationFrame);
    const text = valueOf(el, id);
    if (seen.at(-1) !== text) seen.push(text);
    // The box of the figure and the position of the label under it.
    const box = stat.querySelector('[part~="stat-value"]')!.parentElement!.getBoundingClientRect();
    const label = stat.querySelector('[part~="stat-label"]')!.getBoundingClientRect();
    widths.add(`${box.width.toFixed(2)}×${box.height.toFixed(2)} @${label.left.toFixed(2)},${label.top.toFixed(2)}`);
    if (text === final) return { seen, widths };
  }
  throw new Error(`${id} never settled on ${final}; saw ${seen.join(' | ')}`);
}

const numberIn = (text: string) => Number(text.replace(/[^\d.]/g, ''));

describe('<wsis-stats-counter>', () => {
  it('shows each figure with its value, label, unit and description, in feed order', async () => {
    const el = await counter();
    expect(parts(el, 'stat').map((stat) => stat.dataset.id)).to.deep.equal([
      'attendees',
      'countries',
      'hlps',
      'ministers',
      'online',
    ]);
    expect(parts(el, 'stat-value').map((value) => value.textContent)).to.deep.equal([
      '50,000+',
      '185',
      '1,550+',
      'about 40',
      '4.5',
    ]);
    expect(parts(el, 'stat-label').map((label) => label.textContent)).to.deep.equal([
      'Attendees',
      'Countries',
      'High-Level Policy Session participants',
      'Ministers',
      'Online share',
    ]);
    expect(part(el, 'stat-unit')!.textContent).to.equal('%');
    await expect(el).to.be.accessible();
  });

  it('gives the description as the figure’s accessible description and hides moving digits from screen readers', async () => {
    const el = await counter();
    const group = el.shadowRoot!.querySelector('[data-id="attendees"] [role="group"]')!;
    const describedBy = group.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(describedBy)!.textContent!.trim()).to.equal(
      'Across Zoom, YouTube and Facebook Live.',
    );
    const labelledBy = group.getAttribute('aria-labelledby')!;
    expect(el.shadowRoot!.getElementById(labelledBy)!.textContent).to.equal('Attendees');
    expect(part(el, 'stat-value')!.closest('[aria-hidden="true"]')).to.exist;
    expect(spokenOf(el, 'attendees')).to.equal('more than 50,000');
    expect(spokenOf(el, 'online')).to.equal('4.5 %');
    // A figure without description has no aria-describedby.
    expect(el.shadowRoot!.querySelector('[data-id="countries"] [role="group"]')!.hasAttribute('aria-describedby')).to
      .be.false;
  });

  it('shows descriptions on screen with show-descriptions', async () => {
    const el = await counter(html`<wsis-stats-counter motion="reduce" show-descriptions></wsis-stats-counter>`);
    const description = part(el, 'stat-description')!;
    expect(description.classList.contains('visually-hidden')).to.be.false;
    expect(description.getBoundingClientRect().height).to.be.greaterThan(10);
  });

  it('shows only the figures named in stats, in that order, ignoring unknown ids', async () => {
    const el = await counter(
      html`<wsis-stats-counter motion="reduce" stats="ministers, attendees,nope,ministers"></wsis-stats-counter>`,
    );
    expect(parts(el, 'stat').map((stat) => stat.dataset.id)).to.deep.equal(['ministers', 'attendees']);
  });

  it('shows the empty state when no named figure exists', async () => {
    const el = await fixture<WsisStatsCounter>(html`<wsis-stats-counter stats="nope"></wsis-stats-counter>`);
    el.feed = asFeed(statsFeed());
    await waitUntil(() => part(el, 'empty'));
    expect(part(el, 'stat')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading and in the error state', async () => {
    const loading = await fixture<WsisStatsCounter>(
      html`<wsis-stats-counter src="/test-api/slow-never"></wsis-stats-counter>`,
    );
    expect(part(loading, 'loading')).to.exist;
    await expect(loading).to.be.accessible();
    const failing = document.createElement('wsis-stats-counter');
    const failed = oneEvent(failing, 'wsis-error');
    failing.src = '/test-api/status/500';
    document.body.append(failing);
    await failed;
    await failing.updateComplete;
    expect(part(failing, 'error')!.getAttribute('role')).to.equal('alert');
    await expect(failing).to.be.accessible();
    failing.remove();
  });

  it('reads its feed from src', async () => {
    const el = await fixture<WsisStatsCounter>(
      html`<wsis-stats-counter motion="reduce" src="/demo/feeds/wsis-forum-2021.json" stats="attendees,weeks"></wsis-stats-counter>`,
    );
    await waitUntil(() => parts(el, 'stat').length === 2, 'demo feed not shown');
    expect(parts(el, 'stat-value').map((value) => value.textContent)).to.deep.equal(['50,000+', '17']);
  });

  describe('languages', () => {
    const expected: Record<string, [string, string, string]> = {
      fr: [`plus de 50${NNBSP}000`, 'Participants', 'environ 40'],
      es: ['más de 50.000', 'Asistentes', 'alrededor de 40'],
      ru: ['более 50\u00a0000', 'Участники', 'около 40'],
      zh: ['超过50,000', '参会者', '约40'],
      // Plain 'ar' digits differ by engine's locale data: Latin (Chromium, Firefox), Arabic-Indic (WebKitGTK).
      ar: [`أكثر من ${localNumber('ar', 50000)}`, 'الحضور', `حوالي ${localNumber('ar', 40)}`],
    };
    for (const [lang, [value, label, about]] of Object.entries(expected)) {
      it(`writes figures and qualifiers in ${lang}`, async () => {
        const el = await counter(html`<wsis-stats-counter motion="reduce" lang=${lang}></wsis-stats-counter>`);
        await waitUntil(() => valueOf(el, 'attendees') === value, `attendees shows ${valueOf(el, 'attendees')}`, {
          timeout: 4000,
        });
        expect(part(el, 'stat-label')!.textContent).to.equal(label);
        expect(valueOf(el, 'ministers')).to.equal(about);
        expect(spokenOf(el, 'attendees')).to.equal(value);
        // The qualifier's words are set apart (smaller) from the number.
        const words = part(el, 'stat-value')!.querySelector('.qualifier')!.textContent!;
        expect(value.startsWith(words) || value.endsWith(words), words).to.be.true;
        expect(words).to.match(/\p{L}/u);
      });
    }

    it('lays out right to left in Arabic and stays accessible, in dark theme too', async () => {
      const el = await counter(html`<wsis-stats-counter motion="reduce" lang="ar" theme="dark"></wsis-stats-counter>`);
      await waitUntil(() => valueOf(el, 'attendees') === `أكثر من ${localNumber('ar', 50000)}`);
      const root = part(el, 'root')!;
      expect(getComputedStyle(root).direction).to.equal('rtl');
      expect(root.getAttribute('lang')).to.equal('ar');
      const list = part(el, 'stats')!;
      expect(list.getAttribute('aria-label')).to.equal('أرقام رئيسية');
      await expect(el).to.be.accessible();
    });

    it('follows the page language when it has none of its own', async () => {
      const wrapper = await fixture(
        html`<div lang="fr"><wsis-stats-counter motion="reduce" notation="compact"></wsis-stats-counter></div>`,
      );
      const el = wrapper.querySelector('wsis-stats-counter')!;
      el.feed = asFeed(statsFeed());
      await waitUntil(() => valueOf(el, 'attendees') === 'plus de 50\u00a0k', `got ${valueOf(el, 'attendees')}`);
    });
  });

  it('writes compact figures with notation="compact", spoken in full words', async () => {
    const el = await counter(html`<wsis-stats-counter motion="reduce" notation="compact"></wsis-stats-counter>`);
    expect(valueOf(el, 'attendees')).to.equal('50K+');
    expect(valueOf(el, 'hlps')).to.equal('1.5K+');
    expect(spokenOf(el, 'attendees')).to.equal('more than 50 thousand');
    const zh = await counter(html`<wsis-stats-counter motion="reduce" notation="compact" lang="zh"></wsis-stats-counter>`);
    await waitUntil(() => valueOf(zh, 'attendees') === '超过5万', `got ${valueOf(zh, 'attendees')}`);
  });

  describe('motion', () => {
    afterEach(async () => {
      await setReducedMotion('no-preference');
    });

    it('counts up with easing to the exact figure, without shifting the layout', async () => {
      const el = await fixture<WsisStatsCounter>(html`<wsis-stats-counter duration="600"></wsis-stats-counter>`);
      el.feed = asFeed(statsFeed());
      const { seen, widths } = await sampleUntil(el, 'attendees', '50,000+');
      expect(seen.length, seen.join(' | ')).to.be.greaterThan(4);
      const numbers = seen.map(numberIn);
      for (let i = 1; i < numbers.length; i++) expect(numbers[i]).to.be.at.least(numbers[i - 1]);
      expect(numbers.at(-1)).to.equal(50000);
      // Ease-out: past half-way early on.
      expect(numbers[Math.floor(numbers.length / 2)]).to.be.greaterThan(25000);
      expect([...widths], 'figure width changed while counting').to.have.length(1);
      // Screen readers hear the settled figure all along.
      expect(spokenOf(el, 'attendees')).to.equal('more than 50,000');
      expect(valueOf(el, 'online')).to.equal('4.5');
      await expect(el).to.be.accessible();
    });

    it('stays at 0 below the fold and counts once scrolled into view', async () => {
      const wrapper = await fixture(html`<div>
        <div class="spacer"></div>
        <wsis-stats-counter duration="300"></wsis-stats-counter>
      </div>`);
      (wrapper.querySelector('.spacer') as HTMLElement).style.blockSize = '3000px';
      const el = wrapper.querySelector('wsis-stats-counter')!;
      el.feed = asFeed(statsFeed());
      await waitUntil(() => part(el, 'stat'));
      await aTimeout(500);
      expect(valueOf(el, 'attendees')).to.equal('0+');
      expect(valueOf(el, 'countries')).to.equal('0');
      expect(spokenOf(el, 'attendees')).to.equal('more than 50,000');
      el.scrollIntoView();
      const { seen } = await sampleUntil(el, 'attendees', '50,000+');
      expect(seen.length).to.be.greaterThan(2);
      window.scrollTo(0, 0);
    });

    it('shows the final figure at once with motion="reduce" (the overridable preference)', async () => {
      const el = await fixture<WsisStatsCounter>(
        html`<wsis-stats-counter motion="reduce" duration="5000"></wsis-stats-counter>`,
      );
      el.feed = asFeed(statsFeed());
      await waitUntil(() => part(el, 'stat'));
      expect(valueOf(el, 'attendees')).to.equal('50,000+');
    });

    it('shows the final figure at once under prefers-reduced-motion: reduce', async () => {
      await setReducedMotion('reduce');
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
      const el = await fixture<WsisStatsCounter>(html`<wsis-stats-counter duration="5000"></wsis-stats-counter>`);
      el.feed = asFeed(statsFeed());
      await waitUntil(() => part(el, 'stat'));
      expect(valueOf(el, 'attendees')).to.equal('50,000+');
      expect(valueOf(el, 'hlps')).to.equal('1,550+');
    });

    it('settles at once when the visitor turns on reduced motion mid-count', async () => {
      const el = await fixture<WsisStatsCounter>(html`<wsis-stats-counter duration="20000"></wsis-stats-counter>`);
      el.feed = asFeed(statsFeed());
      await waitUntil(() => valueOf(el, 'attendees') !== '' && valueOf(el, 'attendees') !== '0+');
      expect(valueOf(el, 'attendees')).not.to.equal('50,000+');
      await setReducedMotion('reduce');
      await waitUntil(() => valueOf(el, 'attendees') === '50,000+', 'did not settle');
    });

    it('leaves no animation frame or observer running once removed', async () => {
      const NativeObserver = window.IntersectionObserver;
      const observing = new Set<IntersectionObserver>();
      window.IntersectionObserver = class extends NativeObserver {
        override observe(target: Element) {
          observing.add(this);
          super.observe(target);
        }
        override disconnect() {
          observing.delete(this);
          super.disconnect();
        }
      };
      const nativeFrame = window.requestAnimationFrame;
      try {
        const wrapper = await fixture(html`<div>
          <wsis-stats-counter class="seen" duration="20000"></wsis-stats-counter>
          <div class="spacer"></div>
          <wsis-stats-counter class="unseen"></wsis-stats-counter>
        </div>`);
        (wrapper.querySelector('.spacer') as HTMLElement).style.blockSize = '3000px';
        const seen = wrapper.querySelector<WsisStatsCounter>('.seen')!;
        const unseen = wrapper.querySelector<WsisStatsCounter>('.unseen')!;
        seen.feed = asFeed(statsFeed());
        unseen.feed = asFeed(statsFeed());
        await waitUntil(() => valueOf(seen, 'attendees') !== '0+' && valueOf(seen, 'attendees') !== '');
        expect(observing.size, 'the unseen counter observes').to.equal(1);
        let frames = 0;
        window.requestAnimationFrame = (callback) => {
          frames += 1;
          return nativeFrame.call(window, callback);
        };
        wrapper.remove();
        expect(observing.size, 'observer left after removal').to.equal(0);
        await aTimeout(200);
        expect(frames, 'animation frames requested after removal').to.equal(0);
        // Back on the page, it shows the settled figure.
        window.requestAnimationFrame = nativeFrame;
        document.body.append(seen);
        await seen.updateComplete;
        expect(valueOf(seen, 'attendees')).to.equal('50,000+');
        seen.remove();
      } finally {
        window.IntersectionObserver = NativeObserver;
        window.requestAnimationFrame = nativeFrame;
      }
    });
  });
});
