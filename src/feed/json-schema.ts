import { feedSchema } from './feed-schema.js';
import { toJsonSchema, type JsonSchema } from './schema.js';

/**
 * The JSON Schema 2020-12 of feed v1, generated from the same schema as the reader. It checks
 * each value's shape; the checks it cannot express (unique ids, references to other items, an
 * end after its start, a time zone the runtime knows) are the reader's alone (docs/feed.md).
 */
export function feedJsonSchema(): JsonSchema {
  return toJsonSchema(feedSchema, {
    $id: 'https://unpkg.com/wsis-widgets/dist/feed.schema.json',
    title: 'WSIS widgets feed, version 1',
    description: 'One event: sessions, tracks, partners, prizes and headline figures. See docs/feed.md.',
  });
}
