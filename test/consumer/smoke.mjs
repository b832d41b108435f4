// The consumer smoke test (`npm run test:consumer`, after `npm run build`; about a minute):
// packs the package and installs the tarball into a scratch app, then
// - imports every entry in Node (server rendering frameworks do);
// - checks what editors read (custom-elements.json, web-types, html.customData, exports);
// - builds one page per public entry and per README example (bundler, React, Vue) with Vite in
//   production mode, loads each in Chromium and checks that every tag it promises is defined and
//   renders the demo feed, and that an element entry defines no other tag;
// - type-checks consumer files (per-entry tag maps, event details, `feed`, React and Vue types,
//   the README examples) with tsc;
// - prints the JavaScript each page's build gains, alone and on top of an app that already uses Lit.
// Exits 1 on any problem.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPage, scriptBytes } from './app-build.mjs';
import { checkPage, launch, serve } from './browser-check.mjs';
import { entries, extraAttributes, shows } from './entries.mjs';
import { manifestProblems } from './manifest-check.mjs';
import { importProblem } from './node-import.mjs';
import { readmeExamples } from './readme-examples.mjs';
import { scratchApp } from './scratch-app.mjs';
import { isolated, together, typeCheck } from './type-check.mjs';

const started = Date.now();
const problems = [];
const report = (label, found) => {
  console.log(`${found.length ? 'FAIL' : 'ok  '} ${label}`);
  for (const problem of found) console.log(`       ${problem}`);
  problems.push(...found.map((p) => `${label}: ${p}`));
};
const { app } = scratchApp();
console.log(`Scratch app with the packed package: ${app}`);

for (const specifier of [...entries.map((e) => e.specifier), 'wsis-widgets/feed']) {
  const problem = importProblem(app, specifier);
  report(`Node: import('${specifier}')`, problem ? [problem] : []);
}
report('custom-elements.json, web-types, html.customData, exports', manifestProblems(join(app, 'node_modules/wsis-widgets'), Object.keys(shows)));

// An app that already uses Lit (and @lit/task): what an element adds on top of it.
const litApp = `import { LitElement, css, html } from 'lit';
import { Task } from '@lit/task';
class AppShell extends LitElement {
  static styles = css\`:host { display: block; }\`;
  task = new Task(this, { task: async () => 1, args: () => [] });
  render() { return html\`<slot></slot>\${this.task.value}\`; }
}
customElements.define('app-shell', AppShell);
`;
const pages = [];
for (const entry of entries) {
  const body = entry.tags.map((tag) => `<${tag} src="feed.json"${extraAttributes[tag] ?? ''}></${tag}>`).join('');
  const main = `import '${entry.specifier}';\n`;
  await buildPage(app, { name: entry.name, body, main });
  await buildPage(app, { name: `${entry.name}-with-lit`, body, main: `${litApp}${main}` });
  pages.push({ ...entry, label: `import '${entry.specifier}'` });
}
await buildPage(app, { name: 'lit-only', body: '', main: litApp });
const examples = readmeExamples();
for (const example of examples) {
  const [name, ext] = example.file.split('.');
  await buildPage(app, { name, ext, body: '<div id="root"></div><div id="app"></div>', main: example.code });
  pages.push({ name, label: `README example ${example.file}`, tags: [example.tag], others: [] });
}
if (examples.length < 3) report('README examples', [`found ${examples.length} of 3 (bundler, React, Vue)`]);

const server = await serve(join(app, 'out'));
const browser = await launch();
try {
  for (const page of pages) {
    const expected = Object.fromEntries(page.tags.map((tag) => [tag, shows[tag]]));
    report(page.label, await checkPage(browser, `${server.origin}/${page.name}/`, expected, page.others));
  }
} finally {
  await browser.close();
  server.close();
}

for (const [file, code] of Object.entries(isolated)) {
  const errors = typeCheck(app, file.replace(/\.ts$/, ''), { [file]: code });
  report(`tsc ${file}`, errors ? [errors] : []);
}
const readmeFiles = Object.fromEntries(examples.map((e) => [e.file, e.code]));
const errors = typeCheck(app, 'together', { ...together, ...readmeFiles });
report(`tsc ${Object.keys({ ...together, ...readmeFiles }).join(', ')}`, errors ? [errors] : []);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(8);
const lit = scriptBytes(join(app, 'out/lit-only'));
console.log('\nJavaScript an app gains (Vite production build, minified, gzip; all chunks incl. the 5 lazy languages):');
console.log('entry                              alone  with Lit shared');
for (const entry of entries) {
  const alone = scriptBytes(join(app, 'out', entry.name));
  const shared = scriptBytes(join(app, 'out', `${entry.name}-with-lit`));
  console.log(`${entry.specifier.padEnd(32)} ${kb(alone.gzip)} ${kb(shared.gzip - lit.gzip)}`);
}
console.log(`(Lit 3 + @lit/task alone in such an app: ${kb(lit.gzip).trim()})`);

if (problems.length) {
  console.error(`\nConsumer smoke test: ${problems.length} problem(s). The scratch app is kept in ${app}.`);
  process.exit(1);
}
rmSync(app, { recursive: true, force: true });
console.log(`\nConsumer smoke test passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
