// The consumer smoke test (`npm run test:consumer`, after `npm run build`): packs the package,
// installs the tarball into a scratch app, builds one page per public entry with Vite in
// production mode, loads each in Chromium and checks that every tag the entry promises is defined
// and renders the demo feed, and that no other tag is; imports each entry in Node too.
// Exits 1 on any problem.
import { rmSync } from 'node:fs';
import { buildPage, scriptBytes } from './app-build.mjs';
import { checkPage, launch, serve } from './browser-check.mjs';
import { entries, shows } from './entries.mjs';
import { importProblem } from './node-import.mjs';
import { scratchApp } from './scratch-app.mjs';

const started = Date.now();
const problems = [];
const { app } = scratchApp();
console.log(`Scratch app with the packed package: ${app}`);

// Server rendering frameworks import the package in Node: no entry may throw there.
for (const specifier of [...entries.map((e) => e.specifier), 'wsis-widgets/feed']) {
  const problem = importProblem(app, specifier);
  console.log(`${problem ? 'FAIL' : 'ok  '} Node: import('${specifier}')`);
  if (problem) problems.push(problem);
}

const pages = [];
for (const entry of entries) {
  const body = entry.tags.map((tag) => `<${tag} src="feed.json"></${tag}>`).join('');
  await buildPage(app, { name: entry.name, body, main: `import '${entry.specifier}';\n` });
  pages.push({ ...entry, expected: Object.fromEntries(entry.tags.map((tag) => [tag, shows[tag]])) });
}

const server = await serve(`${app}/out`);
const browser = await launch();
try {
  for (const page of pages) {
    const found = await checkPage(browser, `${server.origin}/${page.name}/`, page.expected, page.others);
    const bytes = scriptBytes(`${app}/out/${page.name}`);
    console.log(
      `${found.length ? 'FAIL' : 'ok  '} import '${page.specifier}'  (app JS ${(bytes.gzip / 1024).toFixed(1)} KB gzip)`,
    );
    for (const problem of found) console.log(`       ${problem}`);
    problems.push(...found.map((p) => `${page.specifier}: ${p}`));
  }
} finally {
  await browser.close();
  server.close();
}

if (problems.length) {
  console.error(`\nConsumer smoke test: ${problems.length} problem(s). The scratch app is kept in ${app}.`);
  process.exit(1);
}
rmSync(app, { recursive: true, force: true });
console.log(`Consumer smoke test passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
