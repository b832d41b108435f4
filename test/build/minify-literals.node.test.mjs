// The build step that shrinks Lit templates must never change what a template means.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from '../../scripts/build/minify-literals.mjs';

test('drops indentation in html templates but keeps expressions and line breaks', () => {
  const source = 'const t = html`\n    <p class="a">\n      ${x ? html`\n        <b>${y}</b>` : "  keep  {  }  "}\n    </p>`;';
  const out = minifyTemplates(source);
  assert.equal(out, 'const t = html`\n<p class="a">\n${x ? html`\n<b>${y}</b>` : "  keep  {  }  "}\n</p>`;');
  assert.equal(out.split('\n').length, source.split('\n').length);
});

test('shrinks css but keeps descendant combinators, calc spaces and strings', () => {
  const source = 'css`\n  .a :hover, .b > .c {\n    inline-size: calc(100% - 2px);  /* why */\n    content: "a ; b";\n  }\n`';
  const out = minifyTemplates(source);
  assert.equal(out, 'css`\n.a :hover,.b > .c{\ninline-size:calc(100% - 2px);\ncontent:"a ; b";\n}\n`');
});

test('leaves other template literals and code alone', () => {
  const source = "const s = `  a  ${b}  `; // html`  x  `\nconst r = '`'; const h = html`<i>${'}'}</i>`;";
  assert.equal(minifyTemplates(source), source);
});
