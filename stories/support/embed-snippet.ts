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

/**
 * The host page's listener for the embed page's height messages (`{type: 'wsis-embed-height',
 * frame, height}`): it sizes the iframe whose `id` the message names, only if that iframe sent it.
 * One line, once per page, where the site allows scripts (its template). README quotes it as is.
 */
export const frameHeightListener =
  "<script>addEventListener('message',(e)=>{const d=e.data,f=d&&d.type==='wsis-embed-height'&&document.getElementById(d.frame);if(f&&f.contentWindow===e.source)f.height=d.height})</script>";

/**
 * The HTML for a CMS that strips scripts: an iframe of the embed page that ships in dist/. Its
 * `id` is also passed as `frame=`, so that the page's height messages name it; without the
 * listener the frame keeps `height` and scrolls.
 */
export function iframeSnippet(choice: EmbedChoice, title: string, height = 600): string {
  const id = `wsis-${choice.element}-frame`;
  const query = new URLSearchParams({ element: choice.element });
  for (const [name, value] of chosenAttributes(choice)) query.set(name, value);
  query.set('frame', id);
  const src = `${folder(choice.libraryUrl)}embed.html?${query.toString()}`;
  return `<iframe id="${id}" src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
