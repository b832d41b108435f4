import type { CSSResultGroup } from 'lit';
import type { Feed } from '../feed/types.js';

/**
 * An element's rendering code (templates, styles, formatting) kept apart from its class, so that
 * the all-in-one bundle can define every tag at once and download each element's rendering code
 * only when that element is first put on the page — in parallel with its feed.
 * Per-element entries (`dist/schedule.js`) give the renderer itself; the all-in-one bundle gives
 * a loader.
 */
export interface ElementRenderer<Host = never> {
  /** The element's own styles, adopted after the shared ones. */
  readonly styles: CSSResultGroup;
  /** Renders a document that was read. */
  render(host: Host, feed: Feed): unknown;
}

export type RendererSource<Host = never> = ElementRenderer<Host> | (() => Promise<ElementRenderer<Host>>);
