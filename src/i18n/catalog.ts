import type { UiLanguage } from './languages.js';

/** A message is a string or a function of the values it shows (already formatted). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type Messages = Record<string, Message>;

type Loader<M> = () => Promise<{ default: M }>;

/**
 * One element's (or the shared) UI strings. English is bundled; the other languages are
 * dynamic imports, so an English page does not download Arabic.
 */
export class Catalog<M extends Messages> {
  private readonly loaded = new Map<UiLanguage, M>();
  private readonly pending = new Map<UiLanguage, Promise<M>>();

  constructor(
    readonly english: M,
    private readonly loaders: Record<Exclude<UiLanguage, 'en'>, Loader<M>>,
  ) {
    this.loaded.set('en', english);
  }

  /** The messages for a language if already here, else undefined (then call `load`). */
  get(language: UiLanguage): M | undefined {
    return this.loaded.get(language);
  }

  load(language: UiLanguage): Promise<M> {
    const ready = this.loaded.get(language);
    if (ready) return Promise.resolve(ready);
    let promise = this.pending.get(language);
    if (!promise) {
      const loader = this.loaders[language as Exclude<UiLanguage, 'en'>];
      promise = loader()
        .then((module) => {
          this.loaded.set(language, module.default);
          return module.default;
        })
        .catch(() => this.english)
        .finally(() => this.pending.delete(language));
      this.pending.set(language, promise);
    }
    return promise;
  }
}
