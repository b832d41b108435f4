import type { CSSResultGroup, TemplateResult } from 'lit';
import type { Catalog, Messages } from '../i18n/catalog.js';

/**
 * An element's view: its rendering code (templates, styles, wording, formatting), kept apart from
 * its class so that the all-in-one bundle can define every tag at once and download each
 * element's view only when that element is first put on the page, in parallel with its feed.
 *
 * The arrow goes one way: the element owns every piece of state and derives it in `willUpdate`;
 * `render(model, actions)` turns that model into a template and never writes to the element.
 * A view module imports only types from its element. Per-element entries (`dist/schedule.js`)
 * attach the view itself; the all-in-one bundle attaches a loader.
 */
export interface ElementView<Model, Actions> {
  /** The view's styles, adopted after the element's static ones. */
  readonly styles: CSSResultGroup;
  render(model: Model, actions: Actions): unknown;
}

/** A view, or a loader of it (the all-in-one bundle's `import()`). */
export type ViewSource<V> = V | (() => Promise<V>);

/**
 * The view of an element class: at once when it is attached, else loaded; the loaded view is kept
 * on the class, so later elements of that class have it at once.
 */
export function viewOf<V extends object>(owner: { view?: ViewSource<V> }): V | Promise<V> {
  const source = owner.view;
  if (!source) return Promise.reject(new Error('no view attached'));
  if (typeof source !== 'function') return source;
  return (source as () => Promise<V>)().then((view) => {
    owner.view = view;
    return view;
  });
}

/** What every view may use of its element: the language, its strings, and the shared templates. */
export interface ViewContext {
  /** The element's language (BCP 47). */
  readonly locale: string;
  /** The strings of a catalogue in the element's language (English until that language arrives). */
  messages<M extends Messages>(catalog: Catalog<M>): M;
  /** A real heading at the element's `heading-level` + `depth`. */
  heading(depth: number, content: unknown, part?: string): TemplateResult;
  /** The `empty` state: a message (default: the shared "Nothing to show") and an optional action. */
  empty(message?: string, action?: TemplateResult): TemplateResult;
}
