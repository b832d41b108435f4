import type { UiLanguage } from './languages.js';

/** A message is a string or a function of the values it shows (already formatted). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type Messages = Record<string, Message>;

type Loader<M> = () => Promise<{ default: M }>;

/**
 * One element's (or the shared) UI strings. English is bundled; the other languages are
 * dynamic imports, so an English page does not download Arabic. A language that fails to load
 * (offline, blocked chunk) falls back to English for the rest of the page's life, without retrying
 * on every render; a key missing in a translation falls back to the English string.
 */
export class Catalog<M extends Messages> {
  private readonly loaded = new Map<UiLanguage, M>();
  private readonly pending = new Map<UiLanguage, Promise<M>>();
  /** By language, the keys whose string is English (missing in the translation, or all: it failed). */
  private readonly englishKeys = new Map<UiLanguage, ReadonlySet<string>>();

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

  /**
   * Whether `key` shows in English in `language` although that language is not English: its
   * translation lacks it, the translation could not be loaded, or it is not here yet. Such text
   * is marked `lang="en"` where it is shown, so that a screen reader does not read it as Arabic.
   */
  inEnglish(language: UiLanguage, key: keyof M & string): boolean {
    if (language === 'en') return false;
    const keys = this.englishKeys.get(language);
    return keys === undefined || keys.has(key);
  }

  /** Loads a language once (concurrent calls share one request); resolves to English on failure. */
  load(language: UiLanguage): Promise<M> {
    const ready = this.loaded.get(language);
    if (ready) return Promise.resolve(ready);
    let promise = this.pending.get(language);
    if (!promise) {
      const loader = this.loaders[language as Exclude<UiLanguage, 'en'>];
      promise = Promise.resolve()
        .then(() => loader())
        .then(
          (module) => {
            const translated = module.default as Partial<M>;
            this.englishKeys.set(language, new Set(Object.keys(this.english).filter((key) => translated[key] === undefined)));
            return { ...this.english, ...translated };
          },
          () => {
            this.englishKeys.set(language, new Set(Object.keys(this.english)));
            return this.english;
          },
        )
        .then((messages) => {
          this.loaded.set(language, messages);
          this.pending.delete(language);
          return messages;
        });
      this.pending.set(language, promise);
    }
    return promise;
  }
}
