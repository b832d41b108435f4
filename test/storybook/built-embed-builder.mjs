// After `npm run build-storybook` (.ci/run runs it next): the Embed builder works in the BUILT
// Storybook (storybook-static/), not only under the dev server. A production build drops modules
// imported only for their side effects, which once left this page blank. Checks, in Chromium:
// - the builder renders, with a select for each enumerated attribute (values from
//   custom-elements.json) and the manifest's description next to it;
// - choosing a value changes the live preview element, which is defined and shows the demo feed;
// - the iframe snippet names the frame and carries the height listener;
// - every element's autodocs page is in the built index.
// Exits 1 on any problem.
import { readFileSync } from 'node:fs';
import { launch, serve } from '../consumer/browser-check.mjs';
import { shows } from '../consumer/entries.mjs';

const problems = [];
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
for (const tag of Object.keys(shows)) {
  const docs = Object.values(index.entries).some((e) => e.type === 'docs' && e.title === `Elements/${tag}` && e.tags?.includes('autodocs'));
  if (!docs) problems.push(`no autodocs page for ${tag}`);
}

const server = await serve('storybook-static');
const browser = await launch();
try {
  const url = `${server.origin}/iframe.html?id=embed-builder--builder&viewMode=story`;
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  // The live preview: <wsis-schedule> defined and showing the demo feed.
  await page
    .waitForFunction((text) => {
      const el = document.querySelector('wsis-embed-builder')?.shadowRoot?.querySelector('.preview wsis-schedule');
      return customElements.get('wsis-schedule') && el?.shadowRoot?.textContent?.includes(text);
    }, shows['wsis-schedule'], { timeout: 15000 })
    .catch(() => problems.push('the Embed builder shows no schedule with the demo feed'));
  const builder = page.locator('wsis-embed-builder');
  await builder.locator('select[name="view"]').waitFor({ timeout: 15000 });
  const options = (name) => builder.locator(`select[name="${name}"] option`).allTextContents();
  const expectEqual = (label, actual, expected) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${label}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  expectEqual('schedule view options', await options('view'), ['(default)', 'list', 'grid']);
  expectEqual('theme options', await options('theme'), ['(default)', 'light', 'dark', 'auto']);
  const help = await builder.locator('#help-view').textContent();
  if (!help?.includes('`list` (default) or `grid`')) problems.push(`view's description from the manifest missing: ${help}`);
  if ((await builder.locator('input[name="view"]').count()) !== 0) problems.push('view is still a text field');

  await builder.locator('select[name="view"]').selectOption('grid');
  const preview = builder.locator('.preview wsis-schedule');
  await page.waitForFunction(() => {
    const el = document.querySelector('wsis-embed-builder')?.shadowRoot?.querySelector('.preview wsis-schedule');
    return el?.getAttribute('view') === 'grid' && el.shadowRoot?.querySelector('[part~="grid"]');
  }, null, { timeout: 15000 }).catch(() => problems.push('choosing view=grid did not show the grid in the preview'));
  if ((await preview.getAttribute('view')) !== 'grid') problems.push('the preview has no view="grid"');
  const frameSnippet = await builder.locator('textarea').nth(1).inputValue();
  for (const part of ['id="wsis-schedule-frame"', 'frame=wsis-schedule-frame', 'view=grid', "'wsis-embed-height'"]) {
    if (!frameSnippet.includes(part)) problems.push(`iframe snippet lacks ${part}`);
  }

  await builder.locator('select').first().selectOption('stats-counter');
  await builder.locator('select[name="notation"]').waitFor({ timeout: 5000 }).catch(() => {});
  expectEqual('stats-counter notation options', await options('notation'), ['(default)', 'standard', 'compact']);
  await page.close();
} catch (error) {
  // A control that never appears (a blank builder) ends the check here.
  problems.push(`the Embed builder did not work: ${error.message.split('\n')[0]}`);
} finally {
  await browser.close();
  server.close();
}

for (const problem of problems) console.log(`FAIL ${problem}`);
if (problems.length) process.exit(1);
console.log('The built Storybook: Embed builder and autodocs pages ok.');
