// The README's examples, as the smoke test builds them: every fenced block right after a
// `<!-- smoke: NAME … -->` comment. The feed URL of the examples is pointed at the scratch app's copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './scratch-app.mjs';

const exampleFeed = 'https://example.org/wsis-forum-2021.json';

/** [{file: 'react.tsx', code, tag}] where tag is the element the example's entry defines. */
export function readmeExamples() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  return [...readme.matchAll(/<!-- smoke: ([\w.-]+)[^>]*-->\n```\w+\n([\s\S]*?)\n```/g)].map(([, file, code]) => ({
    file,
    code: code.replaceAll(exampleFeed, 'feed.json'),
    tag: `wsis-${code.match(/import 'wsis-widgets\/([\w-]+)\.js'/)[1]}`,
  }));
}
