// UI punctuation lives in the catalogues (src/**/messages/*.ts), where each language writes its
// own: French puts a narrow no-break space before ":", Chinese uses "：" and "（）", Arabic "،".
// This test reads the code of src/ (comments left out) for punctuation written around UI text.
// Left out: the catalogues themselves, and the code whose text is English by design (the
// command-line tools, the converters, and the feed reader's and code loader's technical
// messages, which the error state shows with lang="en").
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const englishByDesign = [/^src\/cli\//, /^src\/convert\//, /^src\/feed\//, /\/messages\//, /^src\/internal\/lazy-module\.ts$/];

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The string literals of a TypeScript file with their line: plain strings whole, template
 * literals as their static chunks (`a${x}b` → "a", "b"), comments skipped. Enough of a tokenizer
 * for this code base (no regular expression literal in src/ holds a quote).
 */
function literals(text) {
  const found = [];
  let line = 1;
  let i = 0;
  const templates = []; // brace depth of each open `${` of a template literal
  const readTemplate = () => {
    // at a character after ` or after the } that closes a ${
    let chunk = '';
    const at = line;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') { chunk += text.slice(i, i + 2); i += 2; continue; }
      if (c === '`') { i++; found.push({ line: at, text: chunk, before: templates.lastChunkEndsAt === 'interp', after: false }); return; }
      if (c === '$' && text[i + 1] === '{') { i += 2; found.push({ line: at, text: chunk, before: templates.lastChunkEndsAt === 'interp', after: true }); templates.push(0); return; }
      if (c === '\n') line++;
      chunk += c;
      i++;
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === '/' && text[i + 1] === '*') { const close = text.indexOf('*/', i + 2); line += text.slice(i, close).split('\n').length - 1; i = close + 2; continue; }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      found.push({ line, text: text.slice(i + 1, j), before: false, after: false, plain: true });
      i = j + 1;
      continue;
    }
    if (c === '`') { i++; templates.lastChunkEndsAt = 'start'; readTemplate(); continue; }
    if (templates.length && c === '{') { templates[templates.length - 1]++; i++; continue; }
    if (templates.length && c === '}') {
      if (templates[templates.length - 1] === 0) { templates.pop(); i++; templates.lastChunkEndsAt = 'interp'; readTemplate(); continue; }
      templates[templates.length - 1]--;
    }
    i++;
  }
  return found;
}

/** CSS written from code (`grid-area: ${…}`) is not text. */
const css = /(^|[;{\s])[a-z-]+:\s*$/;

/** What a catalogue must say instead, and how to spot it in a literal (or a chunk of one). */
const rules = [
  { what: 'a colon after an interpolated label (`${label}: `)', test: (l) => l.before && /^\s*:\s/.test(l.text) },
  { what: 'a colon before an interpolated value (`Label: ${value}`)', test: (l) => l.after && /:\s+$/.test(l.text) && !css.test(l.text) },
  { what: 'a punctuation-only string (": ", ", ", " (", "; ")', test: (l) => l.plain && /^\s*[:;,()·]\s*$/.test(l.text) && /\s/.test(l.text) },
  { what: 'quotation marks (“ ” « » 「 」)', test: (l) => /[“”«»「」]/.test(l.text) },
  { what: 'parentheses around an interpolated value (`(${value})`)', test: (l) => l.after && /(^|\s)\($/.test(l.text) },
];

test('no UI punctuation is written in code outside the catalogues', () => {
  const found = [];
  for (const file of sources('src')) {
    const path = file.split('\\').join('/');
    if (englishByDesign.some((pattern) => pattern.test(path))) continue;
    for (const literal of literals(readFileSync(file, 'utf8'))) {
      for (const rule of rules) {
        if (rule.test(literal)) found.push(`${path}:${literal.line}: ${rule.what}: ${JSON.stringify(literal.text.trim())}`);
      }
    }
  }
  assert.deepEqual(found, [], `punctuation in code (move it into a message of each catalogue):\n${found.join('\n')}`);
});
