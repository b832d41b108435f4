/**
 * What <wsis-stats-counter> hands its view (stats-counter-view.ts): the model it derives. Types
 * only, so that neither module imports the other's code.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Stat } from '../feed/types.js';
import type { ElementView, ViewContext } from '../internal/element-view.js';
import type { Notation } from './format.js';

/** What the view's own state (the count-up) reads of the element. */
export interface CounterHost extends ReactiveControllerHost, HTMLElement {
  readonly duration: number;
  readonly motion: 'auto' | 'reduce';
}

/** The view's own state of one element (its count-up), made by `StatsCounterView.counter`. */
export interface Counter {
  /** Aims each figure's count at its value; the figure shown now (counting, else the value). */
  current(stat: Stat): number;
}

export interface StatsCounterModel {
  ctx: ViewContext;
  /** The figures to show, merged with the live ones and ordered. */
  shown: Stat[];
  notation: Notation;
  showDescriptions: boolean;
  /** When the live figures were generated, if the "Updated … ago" line is shown. */
  updatedAt?: number;
  counter: Counter;
}

/** The view module: styles, the pure render, its state's maker, the wording of live changes. */
export interface StatsCounterView extends ElementView<StatsCounterModel, void> {
  /** Made once per element when the view is here: the count-up, which starts at first visibility. */
  counter(host: CounterHost): Counter;
  /** The announcement of live figures that changed, in the element's language. */
  changes(stats: Stat[], ctx: ViewContext, notation: Notation): string;
}
