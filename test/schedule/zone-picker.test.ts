import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { scheduleFeed } from './schedule-feed.js';
import { engine } from '../support/engine.js';
import { probeResponsiveness } from '../hostile/extreme-probe.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(lang = 'en'): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  el.setAttribute('lang', lang);
  el.feed = asFeed(scheduleFeed());
  await fixture(el);
  await waitUntil(() => $(el, '[part~="day"]'), 'rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Opens the picker, types an entry as a visitor does (input events), and presses Enter. */
async function enter(el: WsisSchedule, entry: string, keys = false): Promise<HTMLInputElement> {
  const details = $(el, '.zone-picker') as HTMLDetailsElement;
  if (!details.open) {
    $(el, '.zone-picker summary')!.click();
    await waitUntil(() => details.open, 'the picker opened');
    await el.updateComplete;
    // The list of zones renders after the picker opens: wait for it before typing, as a visitor
    // does (WebKit takes seconds to name 455 zones, and keys sent meanwhile wait in the driver).
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.zone-picker datalist option').length > 100, 'the zones listed', {
      timeout: 20000,
    });
  }
  const input = $(el, '.zone-form input') as HTMLInputElement;
  input.focus();
  input.select();
  if (keys) {
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: entry });
  } else {
    input.value = entry;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  // Submitting runs the browser's validation, as Enter does (the old lock: a refused entry stayed invalid).
  (input.form as HTMLFormElement).requestSubmit();
  await el.updateComplete;
  await el.updateComplete;
  return input;
}

const chosen = () => localStorage.getItem('wsis-schedule.timezone.schedule-test');

describe('<wsis-schedule> time-zone picker', function () {
  // Naming every zone takes a formatter per zone (about 455) the first time per language: in
  // WebKitGTK that measured 4 s per language on a loaded 2-core machine (Chromium: well under 1 s).
  this.timeout(engine === 'webkit' ? 90000 : 30000);
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  it('never locks itself: after a refused entry, a good one is accepted', async () => {
    const el = await mount();
    const input = await enter(el, 'Mars/Olympus', true);
    expect(input.validity.valid).to.be.false;
    expect(chosen()).to.equal(null);
    await enter(el, 'America/New_York', true);
    expect(input.validity.valid).to.be.true;
    expect(chosen()).to.equal('America/New_York');
  });

  it('accepts a city of an IANA id and localized zone names (whole or a part naming one zone)', async () => {
    const cases: [string, string, string][] = [
      ['en', 'Tokyo', 'Asia/Tokyo'],
      ['en', 'new york', 'America/New_York'],
      ['es', 'hora estándar de Japón', 'Asia/Tokyo'],
      ['es', 'Japón', 'Asia/Tokyo'],
      ['fr', 'heure normale du Japon', 'Asia/Tokyo'],
      ['zh', '日本标准时间', 'Asia/Tokyo'],
      ['ru', 'Япония', 'Asia/Tokyo'],
      ['ar', 'توقيت اليابان الرسمي', 'Asia/Tokyo'],
    ];
    for (const [lang, entry, zone] of cases) {
      localStorage.clear();
      const el = await mount(lang);
      const input = await enter(el, entry);
      expect(input.validity.valid, `${lang} ${entry}`).to.be.true;
      expect(chosen(), `${lang} ${entry}`).to.equal(zone);
      fixtureCleanup();
    }
  });

  it('keeps the page answering while it names every zone, then lists them all', async () => {
    // Mexican Spanish: no other test in this file names zones in it, so none is named yet.
    const el = await mount('es-MX');
    // The work that follows a first render (the stars' code, the language's strings) done first.
    await waitUntil(() => $(el, '[part~="session"] .star'), 'the stars', { timeout: 5000 });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // WebKit names a zone in 2-5 ms (two formatters): all at once froze the page 1.9 s at load 12;
    // in slices the longest turn measured 40-440 ms. One second is the suite's "frozen" line.
    const probe = probeResponsiveness();
    $(el, '.zone-picker summary')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#zones option').length > 300, 'the zone list', { timeout: 20000 });
    const longest = await probe.stop();
    const options = el.shadowRoot!.querySelectorAll('#zones option');
    expect(options.length).to.equal(Intl.supportedValuesOf('timeZone').length + (Intl.supportedValuesOf('timeZone').includes('UTC') ? 0 : 1));
    expect(longest, 'ms without answering while the zones were named').to.be.below(1000);
  });

  it('refuses a part that names several zones ("Time") instead of guessing', async () => {
    const el = await mount();
    const input = await enter(el, 'Time');
    expect(input.validity.valid).to.be.false;
    expect(chosen()).to.equal(null);
  });

  it('shows localized names in its summary, field and list, not IANA ids', async () => {
    const el = await mount('fr');
    const summary = $(el, '.zone-picker summary')!;
    expect(text(summary)).to.match(/heure d’Europe centrale \(Zurich\)/);
    expect(text(summary)).to.not.contain('Europe/Zurich');
    $(el, '.zone-picker summary')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#zones option').length > 300, 'the zone list');
    const values = [...el.shadowRoot!.querySelectorAll('#zones option')].map((o) => o.getAttribute('value')!);
    expect(values).to.include('heure normale du Japon (Tokyo)');
    expect(values.filter((v) => /^[A-Za-z]+\/[A-Za-z_/-]+$/.test(v))).to.deep.equal([]);
    expect(($(el, '.zone-form input') as HTMLInputElement).value).to.equal(text($(el, '.zone-id')));
    // The label itself, picked from the list, is accepted.
    await enter(el, 'heure normale du Japon (Tokyo)');
    expect(chosen()).to.equal('Asia/Tokyo');
  });
});
