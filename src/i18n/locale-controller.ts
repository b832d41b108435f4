import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, Messages } from './catalog.js';
import { canonicalTag, directionOf, uiLanguageOf, type UiLanguage } from './languages.js';

type LocaleHost = ReactiveControllerHost & HTMLElement;

// One observer of <html lang dir> for every element on the page, so that a page that switches
// its language at run time re-renders the widgets.
const listeners = new Set<() => void>();
let rootObserver: MutationObserver | undefined;

function watchDocumentLanguage(listener: () => void): () => void {
  listeners.add(listener);
  if (!rootObserver) {
    rootObserver = new MutationObserver(() => listeners.forEach((notify) => notify()));
    rootObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      rootObserver?.disconnect();
      rootObserver = undefined;
    }
  };
}

/** The closest element (crossing shadow roots) at or above `start` that carries `attribute`. */
function closestWith(start: Element, attribute: string): Element | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute(attribute)) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * The language and direction of an element: its `lang`, else the nearest ancestor's, else the
 * document's; and the UI strings of that language, loaded on first use.
 */
export class LocaleController implements ReactiveController {
  private stopWatching?: () => void;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatching = watchDocumentLanguage(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** The BCP 47 tag used for content and Intl formatting (`fr-CH`). */
  get locale(): string {
    const owner = closestWith(this.host, 'lang');
    return canonicalTag(owner?.getAttribute('lang'));
  }

  /** The built-in UI language nearest to the locale. */
  get language(): UiLanguage {
    return uiLanguageOf(this.locale);
  }

  /** Direction: the language's, unless the host or an ancestor below the `lang` carrier sets `dir`. */
  get dir(): 'ltr' | 'rtl' {
    const langOwner = closestWith(this.host, 'lang');
    const dirOwner = closestWith(this.host, 'dir');
    const dirIsCloser = dirOwner && (!langOwner || langOwner === dirOwner || langOwner.contains(dirOwner));
    const explicit = dirIsCloser ? dirOwner.getAttribute('dir')?.toLowerCase() : undefined;
    if (explicit === 'rtl' || explicit === 'ltr') return explicit;
    return directionOf(this.locale);
  }

  /** The strings of `catalog` in this element's language; English until that language arrives. */
  messages<M extends Messages>(catalog: Catalog<M>): M {
    const language = this.language;
    const ready = catalog.get(language);
    if (ready) return ready;
    void catalog.load(language).then(() => this.host.requestUpdate());
    return catalog.english;
  }
}
