// The per-module table of `npm run size`: which source module the bytes of a set of built files
// come from, read from the build's source maps (the shipped minified code, not a re-bundle).
// A module's gzip figure is its share of the set's gzip size in proportion to its minified bytes
// (gzip is not additive per module; the shares add up to the whole).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) to its numbers. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const d = digit.get(char);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * Names the generated code that no source module owns (no mapping): what the bundler writes to
 * link chunks (`import`/`export` statements, the namespace objects of dynamically imported
 * modules) and what TypeScript's legacy decorators compile to (the `__decorate` helper, and the
 * constructors that run the field initializers).
 */
function generatedName(text) {
  if (/^[;,\s]*(import|export)\b|@__PURE__/.test(text)) return '(bundler: chunk imports, exports, namespaces)';
  if (/Reflect\.decorate|^constructor\(\.\.\.\w+\)\{super\(/.test(text)) return '(TypeScript decorator code)';
  return '(unmapped)';
}

/**
 * Bytes of `file` per source module (a name like `src/schedule/list.ts` or `lit-html`). A mapping
 * holds until the next one, across line ends too: the minified code breaks lines only inside
 * template literals (css`` and html`` keep their line breaks), whose following lines carry no
 * mapping of their own but belong to the module that wrote the literal.
 */
export function bytesBySource(file) {
  const out = new Map();
  const add = (name, n) => out.set(name, (out.get(name) ?? 0) + n);
  const code = readFileSync(file, 'utf8');
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) {
    add('(no source map)', Buffer.byteLength(code));
    return out;
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const names = map.sources.map((s) => moduleName(resolve(dirname(mapFile), map.sourceRoot ?? '', s)));
  const lines = code.split('\n');
  let source = 0;
  /** The module of the code at hand; undefined where the bundler wrote code of its own. */
  let current;
  const take = (text) => text && add(current ?? generatedName(text), Buffer.byteLength(text));
  map.mappings.split(';').forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    let from = 0;
    for (const segment of segments ? segments.split(',') : []) {
      const [dColumn, dSource] = decodeSegment(segment);
      column += dColumn;
      take(line.slice(from, column));
      from = column;
      if (dSource !== undefined) {
        source += dSource;
        current = names[source];
      } else current = undefined;
    }
    take(line.slice(from) + (lineIndex < lines.length - 1 ? '\n' : ''));
  });
  // Lines past the mappings' last line: the rest of a literal (mappings may stop early), then the
  // `//# sourceMappingURL` comment.
  const mapped = map.mappings.split(';').length;
  lines.slice(mapped).forEach((line, i) => {
    const text = line + (mapped + i === lines.length - 1 ? '' : '\n');
    if (line.startsWith('//# sourceMappingURL=')) add('(source map comment)', Buffer.byteLength(text));
    else take(text);
  });
  return out;
}

/** `lit-html`, `@lit/reactive-element`, or the path from the project root (`src/feed/read.ts`). */
function moduleName(path) {
  const rel = relative(process.cwd(), path).replaceAll('\\', '/');
  const inModules = rel.lastIndexOf('node_modules/');
  if (inModules < 0) return rel;
  const parts = rel.slice(inModules + 13).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * Prints the modules of `files` by cost, biggest first: minified bytes and gzip share; modules
 * under `min` bytes are summed in one line. Folders of src/ are summed too.
 */
export function printModuleTable(title, files, { min = 400 } = {}) {
  const total = new Map();
  let all = 0;
  for (const file of files) {
    for (const [name, bytes] of bytesBySource(file)) {
      total.set(name, (total.get(name) ?? 0) + bytes);
      all += bytes;
    }
  }
  const gzip = gzipSync(Buffer.concat([...files].map((f) => readFileSync(f))), { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  const share = (bytes) => kb((gzip * bytes) / all);
  const folders = new Map();
  for (const [name, bytes] of total) {
    const folder = name.startsWith('src/') ? name.split('/').slice(0, -1).join('/') + '/' : name;
    folders.set(folder, (folders.get(folder) ?? 0) + bytes);
  }
  console.log(`\n${title}: per module (minified, share of gzip)`);
  let rest = 0;
  let restCount = 0;
  for (const [name, bytes] of [...total].sort((a, b) => b[1] - a[1])) {
    if (bytes < min) {
      rest += bytes;
      restCount++;
      continue;
    }
    console.log(`  ${name.padEnd(50)} ${kb(bytes)} ${share(bytes)}`);
  }
  if (restCount) console.log(`  ${`(${restCount} modules under ${min} B)`.padEnd(50)} ${kb(rest)} ${share(rest)}`);
  console.log(`${title}: per folder`);
  for (const [name, bytes] of [...folders].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${name.padEnd(50)} ${kb(bytes)} ${share(bytes)}`);
  }
}
