import { html, type TemplateResult } from 'lit';
import { FeedController } from '../feed/controller.js';
import { Announcer } from './announcer.js';
import type { ViewContext } from './element-view.js';
import { WsisBase } from './wsis-base.js';

export type { FeedState, Theme } from './wsis-base.js';

/**
 * One template per heading level: five plain templates cost fewer bytes than lit/static-html.js
 * (a tag chosen at run time), which every page downloaded for this alone.
 */
const headings = [
  (part: string, content: unknown) => html`<h2 part=${part} class="heading">${content}</h2>`,
  (part: string, content: unknown) => html`<h3 part=${part} class="heading">${content}</h3>`,
  (part: string, content: unknown) => html`<h4 part=${part} class="heading">${content}</h4>`,
  (part: string, content: unknown) => html`<h5 part=${part} class="heading">${content}</h5>`,
  (part: string, content: unknown) => html`<h6 part=${part} class="heading">${content}</h6>`,
];

/**
 * The base of the five feed elements (WsisBase's attributes, states, language and guard), with
 * the page's shared feed loader, a live region and headings. The shared custom properties and
 * parts are documented on WsisBase and inherited by every element in custom-elements.json.
 */
export abstract class WsisElement extends WsisBase {
  // Public but @internal: the schedule's parts (separate controllers) read them through ScheduleHost.
  /** @internal */
  readonly feedState = new FeedController(this);
  /** @internal A polite live region inside the root: `this.announcer.announce(m.found(n))` after a filter. */
  readonly announcer = new Announcer(this);

  /** What the element's view may use of it: language, strings, headings, the empty state. */
  protected get context(): ViewContext {
    return {
      locale: this.locale.locale,
      messages: (catalog) => this.locale.messages(catalog),
      heading: (depth, content, part) => this.heading(depth, content, part),
      empty: (message, action) => this.renderEmpty(message, action),
    };
  }

  protected override renderAfterState(): unknown {
    return this.announcer.region();
  }

  /**
   * @internal A real heading at `heading-level` + `depth`: the level is first read as 2–6 (a bad value is 2,
   * `1` is 2), then deeper headings follow it, never beyond h6.
   */
  heading(depth: number, content: unknown, part = 'heading'): TemplateResult {
    const top = Number.isFinite(this.headingLevel) ? Math.min(6, Math.max(2, Math.round(this.headingLevel))) : 2;
    const level = Math.min(6, Math.max(2, top + depth));
    return headings[level - 2](part, content);
  }
}
