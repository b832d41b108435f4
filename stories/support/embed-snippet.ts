import { attributesOf, type EmbeddableElement } from '../../src/embed/embed-attributes.js';

export interface EmbedChoice {
  element: EmbeddableElement;
  /** Where the web team hosts dist/: the folder URL, ending with a slash. */
  libraryUrl: string;
  attributes: Record<string, string>;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function chosenAttributes({ element, attributes }: EmbedChoice): [string, string][] {
  return attributesOf(element)
    .map((name) => [name, (attributes[name] ?? '').trim()] as [string, string])
    .filter(([, value]) => value !== '');
}

function folder(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The HTML to paste into a page that allows scripts: the module script and the element. */
export function scriptSnippet(choice: EmbedChoice): string {
  const tag = `wsis-${choice.element}`;
  const attrs = chosenAttributes(choice)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script type="module" src="${escapeAttribute(folder(choice.libraryUrl))}wsis-widgets.js"></script>\n<${tag}${attrs}></${tag}>`;
}

/** The HTML for a CMS that strips scripts: an iframe of the embed page that ships in dist/. */
export function iframeSnippet(choice: EmbedChoice, title: string, height = 600): string {
  const query = new URLSearchParams({ element: choice.element });
  for (const [name, value] of chosenAttributes(choice)) query.set(name, value);
  const src = `${folder(choice.libraryUrl)}embed.html?${query.toString()}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
