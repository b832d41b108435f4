import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A hash in the widgets' `key=value&key=value` form (or empty): keys without `/`, `?` or `#`. */
const widgetHash = /^(?:[^=&/?#]+=[^&]*(?:&[^=&/?#]+=[^&]*)*)?$/;

/**
 * Deep links in the URL hash (`#session=abc`, `#day=2021-03-22`), for any element. The hash
 * belongs to the page, so:
 * - `key() === 'none'` (the `hash-key="none"` attribute) turns deep links off: nothing is read
 *   or written;
 * - a hash not in the `key=value` form (`#/events/programme`, `#top`) is read as no link and
 *   never rewritten;
 * - every name is scoped by the key: the main one is the key itself, a sub-name such as `day`
 *   is `day` for the default key and `<key>-day` for any other, so two elements with
 *   different keys on one page never read each other's links.
 * Writes use `history.replaceState` (opening sessions fills no history). `onChange` runs when
 * the hash changes while the host is connected, to a hash other than the one last followed (read
 * when the host connected, or written by `set`): a `hashchange` for the hash already followed
 * (another script dispatching one, a link to the same award clicked again) does not run it again.
 */
export class DeepLinkController implements ReactiveController {
  /** The hash last followed. */
  private followed?: string;

  private readonly onHashChange = () => {
    if (location.hash === this.followed) return;
    this.followed = location.hash;
    if (this.enabled) this.onChange();
  };

  /** `defaultKey` is the key whose sub-names go unprefixed (`session` → `day`). */
  constructor(
    host: ReactiveControllerHost,
    private readonly key: () => string,
    private readonly onChange: () => void,
    private readonly defaultKey = 'session',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.followed = location.hash;
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Whether deep links are on (`hash-key` is not `none`, nor empty). */
  get enabled(): boolean {
    const key = this.key().trim();
    return key !== '' && key.toLowerCase() !== 'none';
  }

  /** The hash name of `sub` ('' for the main link). */
  private name(sub: string): string {
    const key = this.key();
    if (!sub) return key;
    return key === this.defaultKey ? sub : `${key}-${sub}`;
  }

  /** The page's hash as parameters, or undefined when it is not in the widgets' form. */
  private params(): URLSearchParams | undefined {
    const text = location.hash.replace(/^#/, '');
    return widgetHash.test(text) ? new URLSearchParams(text) : undefined;
  }

  /** The value of the main link (`sub` '') or of a sub-name, when deep links are on and the hash is ours. */
  get(sub = ''): string | undefined {
    if (!this.enabled) return undefined;
    return this.params()?.get(this.name(sub)) ?? undefined;
  }

  /**
   * Sets (a string) or removes (undefined) names in the page's hash, keeping every other
   * name; does nothing when deep links are off or the hash is not in the widgets' form.
   */
  set(values: Record<string, string | undefined>): void {
    const params = this.enabled ? this.params() : undefined;
    if (!params) return;
    const before = params.toString();
    for (const [sub, value] of Object.entries(values)) {
      if (value === undefined) params.delete(this.name(sub));
      else params.set(this.name(sub), value);
    }
    const text = params.toString();
    if (text === before) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${text ? `#${text}` : ''}`);
    this.followed = location.hash;
  }

  /**
   * A link to this page with `values` set: the page's other names are kept when its hash is in
   * the widgets' form; with deep links off, the page's address without a hash.
   */
  href(values: Record<string, string | undefined>): string {
    const page = `${location.origin}${location.pathname}${location.search}`;
    if (!this.enabled) return page;
    const params = this.params() ?? new URLSearchParams();
    for (const [sub, value] of Object.entries(values)) {
      if (value === undefined) params.delete(this.name(sub));
      else params.set(this.name(sub), value);
    }
    const text = params.toString();
    return text ? `${page}#${text}` : page;
  }
}
