import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, Messages } from './catalog.js';
import { directionOf, resolveLocale, uiLanguageOf, type UiLanguage } from './languages.js';

type LocaleHost = ReactiveControllerHost & HTMLElement;

// One observer of every `lang` and `dir` attribute in the document for all the elements on the
// page, so that a page (or a language switcher on a wrapper) that changes the language at run time
// re-renders the widgets below it. Each controller then checks whether its own result changed.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function watchLanguageAttributes(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** The closest element (crossing shadow roots) at or above `start` whose `attribute` is set and not empty. */
function closestWith(start: Element, attribute: string): Element | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.getAttribute(attribute)) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** Whether `ancestor` is `node` or contains it, crossing shadow roots. */
function containsComposed(ancestor: Element, node: Element): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return false;
}

const resolved = new Map<string, string>();
function resolveCached(tag: string | null | undefined): string {
  const key = tag ?? '';
  let locale = resolved.get(key);
  if (locale === undefined) {
    locale = resolveLocale(tag);
    resolved.set(key, locale);
  }
  return locale;
}

/**
 * The language and direction of an element: its `lang`, else the nearest ancestor's (crossing
 * shadow roots), else the document's; unknown languages give English. The UI strings of that
 * language load on first use. Re-renders the host when an ancestor's `lang` or `dir` changes.
 */
export class LocaleController implements ReactiveController {
  private stopWatching?: () => void;
  private rendered = '';

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatching = watchLanguageAttributes(() => {
      if (this.key() !== this.rendered) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  hostUpdate(): void {
    this.rendered = this.key();
  }

  private key(): string {
    return `${this.locale} ${this.dir}`;
  }

  /**
   * The BCP 47 tag used for feed Text and Intl formatting: `fr-CH` stays `fr-CH` (Swiss numbers,
   * French strings); a language without built-in strings (`de`) gives `en`.
   */
  get locale(): string {
    return resolveCached(closestWith(this.host, 'lang')?.getAttribute('lang'));
  }

  /** The built-in UI language of the locale: `fr-CH` → `fr`. */
  get language(): UiLanguage {
    return uiLanguageOf(this.locale);
  }

  /**
   * Direction: an explicit `dir="ltr|rtl"` on the host or on an ancestor at or below the element
   * that sets the language wins; otherwise the language's own direction (Arabic → `rtl`).
   */
  get dir(): 'ltr' | 'rtl' {
    const langOwner = closestWith(this.host, 'lang');
    const dirOwner = closestWith(this.host, 'dir');
    if (dirOwner && (!langOwner || containsComposed(langOwner, dirOwner))) {
      const explicit = dirOwner.getAttribute('dir')!.toLowerCase();
      if (explicit === 'rtl' || explicit === 'ltr') return explicit;
    }
    return directionOf(this.locale);
  }

  /**
   * `'en'` when the string `key` of `catalog` is shown in English in a page of another language
   * (missing in the translation, the translation failed, or not here yet); else undefined.
   * For `lang=${ifDefined(...)}` on the element that shows it.
   */
  englishFallback<M extends Messages>(catalog: Catalog<M>, key: keyof M & string): 'en' | undefined {
    return catalog.inEnglish(this.language, key) ? 'en' : undefined;
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
