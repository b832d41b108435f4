import { feedSchema } from './feed-schema.js';
import { schemaDocs, type SchemaDocs } from './json-schema-docs.js';
import type { Schema } from './schema.js';

export type JsonSchema = { [key: string]: unknown };

/**
 * The JSON Schema 2020-12 of feed v1, written from the same schema as the reader (its `def`s).
 * It checks each value's shape; the checks it cannot express (unique ids, references to other
 * items, an end after its start, a time zone the runtime knows) are the reader's alone
 * (docs/feed.md). Used at build time only (scripts/write-feed-schema.ts), never in the embed.
 */
export function feedJsonSchema(): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const root: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/wsis-widgets/dist/feed.schema.json',
    title: 'WSIS widgets feed, version 1',
    description: 'One event: sessions, tracks, partners, prizes and headline figures. See docs/feed.md.',
    ...toJson(feedSchema, defs),
    $defs: defs,
  };
  document(root, defs, schemaDocs);
  return root;
}

/** Adds the `description`s and `examples` of json-schema-docs.ts (editors show them). */
function document(root: JsonSchema, defs: Record<string, JsonSchema>, docs: SchemaDocs): void {
  for (const [name, doc] of Object.entries(docs)) {
    const target = name === 'Feed' ? root : defs[name];
    if (!target) continue;
    if (doc.self) Object.assign(target, doc.self);
    const properties = target.properties as Record<string, JsonSchema> | undefined;
    for (const [key, field] of Object.entries(doc.properties ?? {})) {
      // A property that is a $ref keeps it; the annotations sit beside it (allowed in 2020-12).
      if (properties?.[key]) Object.assign(properties[key], field);
    }
  }
}

/** The JSON Schema of one schema; named ones go once into `defs` and are referenced. */
export function toJson(schema: Schema<unknown>, defs: Record<string, JsonSchema>): JsonSchema {
  const def = schema.def;
  switch (def.kind) {
    case 'string':
      return { type: 'string' };
    case 'id':
      return { type: 'string', minLength: 1 };
    case 'pattern':
      return { type: 'string', pattern: def.regex.source };
    case 'text':
      return {
        anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 }],
      };
    case 'enum':
      return { enum: def.values };
    case 'integer':
    case 'number':
      return {
        type: def.kind,
        ...(def.min === undefined ? {} : { minimum: def.min }),
        ...(def.max === undefined ? {} : { maximum: def.max }),
      };
    case 'literal':
      return { const: def.value };
    case 'url':
      return {
        type: 'string',
        minLength: 1,
        // http(s), data:image/ for images, or no scheme at all (a relative path); the URL parser
        // skips leading blanks, and tabs and newlines anywhere.
        pattern: `^(?:[hH][tT][tT][pP][sS]?:${def.image ? '|[dD][aA][tT][aA]:[iI][mM][aA][gG][eE]/' : ''}|(?![\\x00- ]*[a-zA-Z][a-zA-Z0-9+.\\t\\n\\r-]*:))`,
      };
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, member] of Object.entries(def.shape)) {
        properties[key] = toJson(member, defs);
        if (!member.optional) required.push(key);
      }
      return { type: 'object', properties, ...(required.length ? { required } : {}) };
    }
    case 'array':
      return { type: 'array', items: toJson(def.item, defs) };
    case 'named':
      if (!(def.name in defs)) {
        defs[def.name] = {};
        defs[def.name] = toJson(def.schema, defs);
      }
      return { $ref: `#/$defs/${def.name}` };
  }
}
