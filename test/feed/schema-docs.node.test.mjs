// dist/feed.schema.json explains every field to editors: a description on every property and type.
//   node --import tsx --test test/feed/schema-docs.node.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedJsonSchema } from '../../src/feed/json-schema.ts';

test('every property and every named type of the JSON Schema has a description', () => {
  const schema = feedJsonSchema();
  const missing = [];
  const check = (name, node) => {
    for (const [key, property] of Object.entries(node.properties ?? {})) if (!property.description) missing.push(`${name}.${key}`);
  };
  check('Feed', schema);
  for (const [name, def] of Object.entries(schema.$defs)) {
    if (!def.description) missing.push(name);
    check(name, def);
  }
  assert.deepEqual(missing, []);
  assert.deepEqual(schema.$defs.Session.properties.start.examples, ['2021-03-22T14:00:00+01:00']);
  assert.equal(schema.$defs.Session.properties.location.$ref, '#/$defs/Text', 'annotations sit beside the $ref');
});
