/**
 * The Markdown subset of feed descriptions (docs/feed.md), parsed to a tree that a renderer turns
 * into Lit templates (src/internal/markdown-view.ts) — never into HTML text. Pure; no DOM.
 *
 * Blocks: paragraphs (blank lines between), lists (`- `, `* `, `+ `, `1. `, `1) `); a single newline
 * inside a paragraph is a line break; a `#` heading line reads as a paragraph in strong. Inline:
 * `**strong**` / `__strong__`, `*em*` / `_em_`, `[text](https://…)`, `<https://…>` and bare
 * http(s) URLs, `\` escapes. Links keep only absolute http(s) targets (others read as their text).
 * Raw HTML is not interpreted: it shows as the characters it is.
 *
 * Limits, so that no text can freeze a page: input past MAX_LENGTH characters is cut (with `…`),
 * emphasis nests at most MAX_DEPTH deep (deeper markers read as text), and every search for a
 * closing marker that fails is remembered, so the parse stays linear in practice.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'em' | 'strong'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

export const MAX_LENGTH = 20_000;
export const MAX_DEPTH = 4;

const ITEM = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/** Parses a description into blocks. Never throws. */
export function parseMarkdown(source: string): Block[] {
  const text = source.length > MAX_LENGTH ? `${source.slice(0, MAX_LENGTH)}…` : source;
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[][] } | undefined;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', children: inlineLines(paragraph) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(inlineLines) });
    paragraph = [];
    list = undefined;
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const item = ITEM.exec(line);
    if (item && !/^\s*[-*_](\s*[-*_]){2,}\s*$/.test(line)) {
      const ordered = item[2] !== undefined;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push([item[3]]);
      continue;
    }
    if (list) {
      // A line under an item continues it.
      list.items[list.items.length - 1].push(line.trim());
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'paragraph', children: [{ kind: 'strong', children: parseInline(heading[1]) }] });
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Lines of one block: inline content with a break between lines. */
function inlineLines(lines: string[]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, i) => {
    if (i) out.push({ kind: 'break' });
    out.push(...parseInline(line));
  });
  return out;
}

/** An absolute http(s) URL, or undefined. */
function httpHref(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const BARE_URL = /^https?:\/\/[^\s<>()[\]]*[^\s<>()[\].,;:!?'"]/;
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>]/;
const WORD = /\w/;
const CONTENT = /[^*_\s]/;
const HTTP = /^https?:\/\//i;

/** The index of the `)` closing a link target that opens at `from` (parentheses balanced), or -1. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return i;
    else if (text[i] === ' ' || text[i] === '\n') return -1;
  }
  return -1;
}

/** Inline content of one line. */
export function parseInline(text: string, depth = 0, missing = new Set<string>()): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const pushText = () => {
    if (buffer) out.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    // Emphasis: ** __ then * _ (an underscore only at a word's edge, as in snake_case it is text).
    const marker = text.startsWith('**', i) ? '**' : text.startsWith('__', i) ? '__' : c === '*' || c === '_' ? c : undefined;
    if (marker && depth < MAX_DEPTH && !missing.has(marker) && !(marker[0] === '_' && WORD.test(text[i - 1] ?? ''))) {
      const close = text.indexOf(marker, i + marker.length + 1);
      const inner = close === -1 ? '' : text.slice(i + marker.length, close);
      if (close === -1) missing.add(marker);
      else if (
        // Something besides markers and blanks inside, no blank just inside the opening, and an
        // underscore run closes only at a word's edge (`a__b__c` and `__init__x` stay text).
        CONTENT.test(inner) &&
        !/\s/.test(inner[0]) &&
        !(marker[0] === '_' && WORD.test(text[close + marker.length] ?? ''))
      ) {
        pushText();
        out.push({
          kind: marker.length === 2 ? 'strong' : 'em',
          children: parseInline(inner, depth + 1, new Set(missing)),
        });
        i = close + marker.length;
        continue;
      }
    }
    if (c === '[' && !missing.has(']')) {
      const end = text.indexOf('](', i + 1);
      const close = end === -1 ? -1 : closingParen(text, end + 2);
      if (end === -1 || close === -1) missing.add(']');
      else {
        const href = httpHref(text.slice(end + 2, close));
        const label = parseInline(text.slice(i + 1, end), Math.max(depth, MAX_DEPTH - 1), new Set(missing));
        pushText();
        if (href) out.push({ kind: 'link', href, children: label.length ? label : [{ kind: 'text', text: href }] });
        else out.push(...label);
        i = close + 1;
        continue;
      }
    }
    if (c === '<') {
      const close = text.indexOf('>', i + 1);
      const href = close === -1 ? undefined : httpHref(text.slice(i + 1, close));
      if (href && HTTP.test(text.slice(i + 1, i + 9))) {
        pushText();
        out.push({ kind: 'link', href, children: [{ kind: 'text', text: text.slice(i + 1, close) }] });
        i = close + 1;
        continue;
      }
    }
    if ((c === 'h' || c === 'H') && HTTP.test(text.slice(i, i + 8)) && !WORD.test(text[i - 1] ?? '')) {
      const bare = BARE_URL.exec(text.slice(i, i + 2048))?.[0];
      const href = bare ? httpHref(bare) : undefined;
      if (bare && href) {
        pushText();
        out.push({ kind: 'link', href, children: [{ kind: 'text', text: bare }] });
        i += bare.length;
        continue;
      }
    }
    buffer += c;
    i++;
  }
  pushText();
  return out;
}

/** The plain text of a description (markers removed): for search, titles, calendar files. */
export function markdownText(source: string): string {
  const flat = (nodes: Inline[]): string =>
    nodes.map((n) => (n.kind === 'text' ? n.text : n.kind === 'break' ? '\n' : flat(n.children))).join('');
  return parseMarkdown(source)
    .map((b) => (b.kind === 'paragraph' ? flat(b.children) : b.items.map((item) => `- ${flat(item)}`).join('\n')))
    .join('\n\n');
}
