import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, name, theme, lang] of [[1024, 'wide'], [320, 'narrow'], [800, 'dark', 'dark'], [800, 'ar', 'light', 'ar']]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await p.goto('http://localhost:5199/shot.tmp.html');
  await p.waitForFunction(() => document.querySelector('wsis-schedule')?.shadowRoot?.querySelector('[part~=day]'));
  if (theme) await p.evaluate((t) => document.querySelector('wsis-schedule').setAttribute('theme', t), theme);
  if (lang) await p.evaluate((l) => document.querySelector('wsis-schedule').setAttribute('lang', l), lang);
  await p.waitForTimeout(500);
  await p.screenshot({ path: `/tmp/shot-${name}.png` });
  if (name === 'wide') {
    await p.evaluate(() => document.querySelector('wsis-schedule').shadowRoot.querySelector('[data-id] button.open').click());
    await p.waitForTimeout(300);
    await p.screenshot({ path: `/tmp/shot-details.png` });
  }
}
await b.close();
