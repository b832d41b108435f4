/**
 * Renders a description's Markdown subset (src/feed/markdown.ts) through Lit templates: every
 * piece of text is a text binding, never HTML; links are only ever absolute http(s) (checked again
 * here with safeUrl), open in a new tab without an opener or referrer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseMarkdown, type Block, type Inline } from '../feed/markdown.js';
import { safeUrl } from './safe-url.js';

function inline(nodes: readonly Inline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'break':
        return html`<br />`;
      case 'em':
        return html`<em>${inline(node.children)}</em>`;
      case 'strong':
        return html`<strong>${inline(node.children)}</strong>`;
      case 'link': {
        const href = safeUrl(node.href);
        return href
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${inline(node.children)}</a>`
          : inline(node.children);
      }
    }
  });
}

function block(b: Block): TemplateResult {
  if (b.kind === 'paragraph') return html`<p class="md-p">${inline(b.children)}</p>`;
  const items = b.items.map((item) => html`<li>${inline(item)}</li>`);
  return b.ordered ? html`<ol class="md-list">${items}</ol>` : html`<ul class="md-list">${items}</ul>`;
}

/** The blocks of a parsed description. */
export function renderBlocks(blocks: readonly Block[]): TemplateResult | typeof nothing {
  return blocks.length ? html`${blocks.map(block)}` : nothing;
}

/** A description (Markdown subset) as Lit templates; an empty text renders nothing. */
export function renderMarkdown(text: string): TemplateResult | typeof nothing {
  return renderBlocks(parseMarkdown(text));
}
