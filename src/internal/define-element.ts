const warnedKey = Symbol.for('wsis-widgets.define.warned');
type WarnedRegistry = { [warnedKey]?: Set<string> };

/**
 * Registers `tag` unless it is already defined. A page that loads the bundle twice, or two
 * copies of the library, must never throw: the first definition stays. When another copy
 * defined the tag, say so once per page (shared through globalThis so both copies agree); not
 * when both classes declare `static sharesTag = tag` (the partner badge's two classes).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  // One of this library's classes of the same tag (the partner badge's light class of
  // partner-badge.js and the all-in-one's: a page that loads both entries): the same element.
  const shares = (c: CustomElementConstructor) => (c as { sharesTag?: string }).sharesTag === tag;
  if (shares(existing) && shares(ctor)) return;
  const registry = globalThis as WarnedRegistry;
  const warned = (registry[warnedKey] ??= new Set());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `wsis-widgets: <${tag}> is already defined by another copy of the library; keeping that one.`,
  );
}
