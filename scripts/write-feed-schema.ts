// Run by `npm run build` (scripts/build.mjs): writes dist/feed.schema.json from src/feed/feed-schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../src/feed/json-schema.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/feed.schema.json', `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log('Wrote dist/feed.schema.json.');
