import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/prize-winners.js';
import type { WsisPrizeWinners } from '../../src/prize-winners/prize-winners.js';

export type { WsisPrizeWinners };

/** Every element of a part (`[part~=name]`) in the shadow root, in document order. */
export function parts(el: Element, name: string, within: ParentNode = el.shadowRoot!): HTMLElement[] {
  return [...within.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function part(el: Element, name: string, within?: ParentNode): HTMLElement | undefined {
  return parts(el, name, within)[0];
}

/** The data-id of each award shown, in order (optionally within one prize). */
export function awardIds(el: Element, prizeId?: string): string[] {
  const scope = prizeId ? el.shadowRoot!.querySelector(`[part~="prize"][data-id="${prizeId}"]`)! : el.shadowRoot!;
  return parts(el, 'award', scope).map((award) => award.dataset.id!);
}

export function prizeIds(el: Element): string[] {
  return parts(el, 'prize').map((prize) => prize.dataset.id!);
}

/** Text with runs of white space collapsed. */
export function text(node: Element | undefined | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A fixture that has rendered its prizes (or its empty state). */
export async function rendered(template: TemplateResult): Promise<WsisPrizeWinners> {
  const first = await fixture<Element>(template);
  const el = (first.localName === 'wsis-prize-winners' ? first : first.querySelector('wsis-prize-winners')) as WsisPrizeWinners;
  await waitUntil(() => part(el, 'prize') || part(el, 'empty'), 'the widget did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Picks a value in one of the widget's filter selects, as a visitor would. */
export async function choose(el: WsisPrizeWinners, filter: string, value: string): Promise<void> {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`[data-filter="${filter}"] select`);
  if (!select) throw new Error(`no ${filter} select`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The [value, text] pairs of a filter select, or undefined when it is not shown. */
export function optionsOf(el: WsisPrizeWinners, filter: string): [string, string][] | undefined {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`[data-filter="${filter}"] select`);
  return select ? [...select.options].map((option) => [option.value, text(option)]) : undefined;
}
