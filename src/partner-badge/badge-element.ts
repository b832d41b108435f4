import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html, render } from 'lit/html.js';
import { reportFeedError } from '../events/feed-events.js';
import { FeedError } from '../feed/errors.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { AdoptedSheets } from '../internal/adopted-sheets.js';
import { FeedStates } from '../internal/feed-states.js';

/** How a property reads its attribute: the attribute's name, a number or text, and whether the property is written back to it. */
export interface BadgeProperty {
  /** Default: the property's name; false: none. */
  attribute?: string | false;
  number?: true;
  reflect?: true;
}

/**
 * Outside a browser (a server that imports the package) there is no HTMLElement: the class is
 * then defined on an empty base and never constructed.
 */
const HostBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/** `root`, with `sheets` adopted (the base sheets an entry attached: see `baseSheets`). */
function withSheets(root: ShadowRoot, sheets: CSSStyleSheet[] = []): ShadowRoot {
  root.adoptedStyleSheets = sheets;
  return root;
}

/**
 * The lighter element base of `<wsis-partner-badge>`: what the badge needs of Lit's
 * ReactiveElement and of WsisBase, in far fewer bytes (the badge is the lightest thing we ship,
 * issue 22). It is a ReactiveControllerHost, so the shared controllers work on it unchanged (the
 * language, the adopted sheets, the states, the page's FeedController); it renders with lit-html
 * alone into an open shadow root; its properties are declared in a static table
 * (`properties`) that gives their attributes (their accessors are made when the first one is
 * constructed, so the module has no side effect); and no exception of an update reaches the page.
 *
 * The update cycle, as Lit's: a change of a property, an attribute or a controller's
 * `requestUpdate()` schedules one update in a microtask; an update reflects the reflected
 * properties to their attributes, runs the controllers' `hostUpdate`, then `willUpdate` and
 * `render`, then the controllers' `hostUpdated`. Nothing is rendered before the element is first
 * connected; `updateComplete` resolves once no update is pending.
 */
export abstract class BadgeElement extends HostBase implements ReactiveControllerHost {
  /** The element's properties by name, read by `observedAttributes` and `defineProperties`. */
  static properties: Record<string, BadgeProperty> = {};

  /**
   * The sheets adopted before the view's: attached by the entry (`partner-badge.js`: the badge's
   * own tokens and base rules; `wsis-widgets.js`: the shared ones, which it holds anyway).
   */
  static baseSheets?: () => CSSStyleSheet[];

  static get observedAttributes(): string[] {
    const attributes = Object.entries(this.properties).map(([name, spec]) => spec.attribute ?? name);
    // `lang` is the built-in property (it reflects itself): only its attribute is observed.
    return ['lang', ...attributes.filter((a): a is string => a !== false)];
  }

  /** Whether `properties` have their accessors on this class's prototype (done by the first instance). */
  private static accessors?: object;

  /** Gives each property of `properties` an accessor that schedules an update when its value changes. */
  private static defineProperties(): void {
    if (this.accessors === this.prototype) return;
    this.accessors = this.prototype;
    for (const name of Object.keys(this.properties)) {
      Object.defineProperty(this.prototype, name, {
        get(this: BadgeElement) {
          return this.values.get(name);
        },
        set(this: BadgeElement, value: unknown) {
          if (Object.is(this.values.get(name), value)) return;
          this.values.set(name, value);
          this.requestUpdate();
        },
        configurable: true,
      });
    }
  }

  private readonly values = new Map<string, unknown>();
  private readonly controllers = new Set<ReactiveController>();
  private pending?: Promise<boolean>;
  private hasConnected = false;

  // Fields with initializers, in this order (the controllers add themselves to `controllers`), so
  // that custom-elements.json sees them as what they are: read-only, internal or protected.
  /** @internal The shadow root the element renders into. */
  readonly renderRoot: ShadowRoot = withSheets(this.attachShadow({ mode: 'open' }), (this.constructor as typeof BadgeElement).baseSheets?.());
  /** @internal The language and direction, and the strings of a catalogue in that language. */
  readonly locale: LocaleController = new LocaleController(this);
  /** @internal Constructable stylesheets by named slot (the view's styles). */
  readonly sheets: AdoptedSheets = new AdoptedSheets(this);
  /** @internal The loading, error and empty states (shared with every element). */
  protected readonly states: FeedStates = new FeedStates(this, () => this.retry());

  constructor() {
    super();
    (this.constructor as typeof BadgeElement).defineProperties();
  }

  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  requestUpdate(): void {
    this.pending ??= Promise.resolve().then(() => this.update());
  }

  /** Resolves once the element has no update pending (true, as Lit's). */
  get updateComplete(): Promise<boolean> {
    return this.pending ? this.pending.then(() => this.updateComplete) : Promise.resolve(true);
  }

  connectedCallback(): void {
    this.hasConnected = true;
    this.controllers.forEach((c) => c.hostConnected?.());
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const properties = (this.constructor as typeof BadgeElement).properties;
    for (const [name, spec] of Object.entries(properties)) {
      if ((spec.attribute ?? name) !== attribute) continue;
      // As Lit's converters: text as it is, a number through Number(); a removed attribute is null.
      (this as unknown as Record<string, unknown>)[name] = spec.number && value !== null ? Number(value) : value;
    }
    this.requestUpdate();
  }

  private update(): boolean {
    this.pending = undefined;
    if (!this.hasConnected) return true;
    const properties = (this.constructor as typeof BadgeElement).properties;
    for (const [name, spec] of Object.entries(properties)) {
      const value = this.values.get(name);
      const attribute = (spec.attribute || name) as string;
      if (!spec.reflect || this.getAttribute(attribute) === (value ?? null)) continue;
      if (value === undefined || value === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    }
    this.controllers.forEach((c) => c.hostUpdate?.());
    try {
      this.willUpdate();
      render(this.render(), this.renderRoot, { host: this });
    } catch (error) {
      // No exception may reach the host page, whatever the feed holds: the error state instead.
      const failure = new FeedError('schema', `The feed could not be shown: ${error instanceof Error ? error.message : String(error)}`);
      console.error('wsis-widgets:', error);
      render(this.frame(this.states.error(failure)), this.renderRoot, { host: this });
      reportFeedError(this, { kind: failure.kind, message: failure.message });
    }
    this.controllers.forEach((c) => c.hostUpdated?.());
    return true;
  }

  /** The root box around `content`, with the element's `lang` and `dir`. */
  protected frame(content: unknown): unknown {
    return html`<div class="root" part="root" tabindex="-1" lang=${this.locale.locale} dir=${this.locale.dir}>${content}</div>`;
  }

  /** Derives the state `render` shows (no DOM, no events). */
  protected willUpdate(): void {}

  /** The element's content. */
  protected abstract render(): unknown;

  /** What the error state's Retry button does. */
  protected abstract retry(): void;
}
