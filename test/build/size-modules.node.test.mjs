// `npm run size`'s per-module table must attribute every byte of a built file, and to the right
// module: the text of a css``/html`` literal spans lines that carry no mapping of their own.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bytesBySource } from '../../scripts/size-modules.mjs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Base64 VLQ of one number (source-map encoding). */
function vlq(n) {
  let value = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value) digit |= 32;
    out += B64[digit];
  } while (value);
  return out;
}

/** A built file and its map: `lines` of code, `segments` per line as [column, source?] (absolute columns). */
function built(lines, segments, sources) {
  const dir = mkdtempSync(join(tmpdir(), 'size-modules-'));
  const file = join(dir, 'chunk.js');
  let lastSource = 0;
  const mappings = segments
    .map((line) => {
      let lastColumn = 0;
      return line
        .map(([column, source]) => {
          let text = vlq(column - lastColumn);
          lastColumn = column;
          if (source !== undefined) {
            text += vlq(source - lastSource) + 'AA';
            lastSource = source;
          }
          return text;
        })
        .join(',');
    })
    .join(';');
  writeFileSync(file, lines.join('\n'));
  writeFileSync(`${file}.map`, JSON.stringify({ version: 3, sources, mappings }));
  return file;
}

const bytes = (text) => Buffer.byteLength(text);

test('every byte is attributed: literal lines to their module, chunk links, decorator helper and map comment by name', () => {
  const imports = 'import{a as b}from"./lit-x.js";';
  const helper = 'function Q(e,t,n,r){return Reflect.decorate(e,t,n,r)}';
  const code = 'const s=b`:host{';
  const lines = [imports + helper + code, 'color:red}', '`;export{s as t};', '//# sourceMappingURL=chunk.js.map'];
  const cwd = process.cwd();
  const file = built(
    lines,
    // Line 0: the imports unmapped, the helper unmapped, the code from src/a.ts; line 1 has no
    // segment (inside the literal); line 2: the literal's end, then the export unmapped.
    [[[0], [imports.length], [imports.length + helper.length, 0]], [], [[0, 0], [2]]],
    [`${cwd}/src/a.ts`],
  );
  const out = bytesBySource(file);
  assert.deepEqual(Object.fromEntries(out), {
    '(bundler: chunk imports, exports, namespaces)': bytes(imports) + bytes('export{s as t};\n'),
    '(TypeScript decorator code)': bytes(helper),
    'src/a.ts': bytes(`${code}\ncolor:red}\n\`;`),
    '(source map comment)': bytes(lines[3]),
  });
  const total = [...out.values()].reduce((a, b) => a + b, 0);
  assert.equal(total, bytes(lines.join('\n')));
});

test('lines past the last mapped line belong to the literal they continue; node_modules count per package', () => {
  const lines = ['const s=x`a{', 'b:c}', 'd{e:f}`;', '//# sourceMappingURL=chunk.js.map'];
  const cwd = process.cwd();
  // The mappings stop after line 0 (no trailing empty lines written).
  const file = built(lines, [[[0, 0]]], [`${cwd}/node_modules/@lit/reactive-element/css-tag.js`]);
  assert.deepEqual(Object.fromEntries(bytesBySource(file)), {
    '@lit/reactive-element': bytes('const s=x`a{\nb:c}\nd{e:f}`;\n'),
    '(source map comment)': bytes(lines[3]),
  });
});
