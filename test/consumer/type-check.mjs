// Type-checks consumer files against the installed package with the repository's tsc, as an app
// with `moduleResolution: bundler` and `strict` would. `@ts-expect-error` lines prove what must
// NOT type-check (an entry's types declare only its own tag; `feed` is not `unknown`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './scratch-app.mjs';

/** Files that import one entry only: each is checked in a program of its own. */
export const isolated = {
  'only-partner-wall.ts': `import 'wsis-widgets/partner-wall.js';
import type { Feed } from 'wsis-widgets/feed';

const wall = document.createElement('wsis-partner-wall');
const layout: 'grid' | 'row' = wall.layout;
const feed: Feed | undefined = wall.feed;
wall.addEventListener('wsis-load', (event) => console.log(event.detail.feed.partners.length, layout, feed));
wall.addEventListener('wsis-error', (event) => console.log(event.detail.kind satisfies 'network' | 'http' | 'parse' | 'schema' | 'version' | 'code'));
// @ts-expect-error feed is a Feed, not anything
wall.feed = 42;
// @ts-expect-error only partner-wall.js is imported: <wsis-schedule> is not declared
console.log(document.createElement('wsis-schedule').view);
`,
  'only-schedule.ts': `import 'wsis-widgets/schedule.js';

const schedule = document.querySelector('wsis-schedule')!;
const view: 'list' | 'grid' = schedule.view;
schedule.addEventListener('wsis-session-select', (event) => console.log(event.detail.id.toUpperCase(), view));
schedule.addEventListener('wsis-favorites-change', (event) => console.log(event.detail.ids.length));
// @ts-expect-error only schedule.js is imported: <wsis-stats-counter> is not declared
console.log(document.createElement('wsis-stats-counter').notation);
`,
};

/** Files checked together: the all-in-one entry and the framework types. */
export const together = {
  'all-five.ts': `import 'wsis-widgets';

const counter = document.createElement('wsis-stats-counter');
const notation: 'standard' | 'compact' = counter.notation;
counter.addEventListener('wsis-stats-update', (event) => console.log(event.detail.stats.length, notation));
document.createElement('wsis-special-tracks').addEventListener('wsis-track-select', (event) => event.detail.id);
const tags: HTMLElement[] = [
  document.createElement('wsis-schedule'),
  document.createElement('wsis-partner-wall'),
  document.createElement('wsis-prize-winners'),
];
console.log(tags.length, document.createElement('wsis-prize-winners').year);
`,
  'react-types.tsx': `import type {} from 'wsis-widgets/react';

export const ok = <wsis-schedule view="grid" hash-key="prog" onwsis-session-select={(event) => event.detail.id} />;
// @ts-expect-error view is 'list' | 'grid'
export const badView = <wsis-schedule view="table" />;
// @ts-expect-error the event's detail is typed: a session-select detail has no feed
export const badEvent = <wsis-schedule onwsis-session-select={(event) => event.detail.feed} />;
`,
  'vue-types.ts': `import type { GlobalComponents } from 'vue';
import type {} from 'wsis-widgets/vue';

type Props = InstanceType<GlobalComponents['wsis-stats-counter']>['$props'];
export const ok: Props = { notation: 'compact', onWsisStatsUpdate: (event) => event.detail.stats };
// @ts-expect-error notation is 'standard' | 'compact'
export const bad: Props = { notation: 'scientific' };
`,
};

const options = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  noEmit: true,
  types: [],
  // The package's own .d.ts (the generated React and Vue types too) are checked, not only used.
  skipLibCheck: false,
};

/** Writes `files` into app/types/<name>/ and runs tsc there; returns its errors ('' when none). */
export function typeCheck(app, name, files) {
  const dir = join(app, 'types', name);
  mkdirSync(dir, { recursive: true });
  for (const [file, code] of Object.entries(files)) writeFileSync(join(dir, file), code);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: Object.keys(files) }));
  try {
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return String(error.stdout || error.message).trim();
  }
}
