/**
 * Source descriptions reduced to the feed's Markdown subset (docs/feed.md): HTML is never kept as
 * HTML. Tags become structure where the subset has it (paragraphs, line breaks, list items,
 * emphasis, http(s) links as `[text](url)`), every other tag is dropped with its text kept, and
 * script/style bodies are dropped whole. Character references are decoded.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Whether a text holds HTML markup worth reducing (a tag such as `<p>`, `<a href`, `<br>`). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(p|br|a|ul|ol|li|em|i|strong|b|div|span|h[1-6])\b[^>]*>/i.test(text);
}

const attr = (tag: string, name: string) =>
  decodeEntities(new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined) ?? '');

/** HTML → Markdown subset text; `base` resolves relative link targets. */
export function htmlToMarkdown(html: string, base?: string): string {
  let out = '';
  const links: string[] = [];
  const stripped = html.replace(/\ue000/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const tokens = stripped.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      out += decodeEntities(token).replace(/\s+/g, ' ');
      continue;
    }
    const m = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(token);
    if (!m) continue;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (name === 'br') out += '\n';
    else if (/^(p|div|h[1-6]|ul|ol|blockquote|table|tr)$/.test(name)) out += '\n\n';
    else if (name === 'li') out += closing ? '' : '\n- ';
    else if (name === 'em' || name === 'i') out += '*';
    else if (name === 'strong' || name === 'b') out += '**';
    else if (name === 'a') {
      if (!closing) {
        links.push(resolve(attr(token, 'href'), base));
        out += '\ue000';
      } else {
        const href = links.pop();
        const start = out.lastIndexOf('\ue000');
        if (start >= 0) {
          const label = out.slice(start + 1).trim();
          out = out.slice(0, start) + (href ? `[${label || href}](${href})` : label);
        }
      }
    }
  }
  return tidy(out.replace(/\ue000/g, ''));
}

/** An http(s) link target, absolute; anything else (mailto:, javascript:, broken) → ''. */
function resolve(href: string, base?: string): string {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** Line ends normalized, blanks trimmed per line, at most one blank line in a row. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A source's description as feed text: HTML reduced, Markdown and plain text kept (tidied). */
export function descriptionText(value: unknown, base?: string): string {
  if (typeof value !== 'string') return '';
  return looksLikeHtml(value) ? htmlToMarkdown(value, base) : tidy(value);
}
