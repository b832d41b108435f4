const warnedKey = Symbol.for('wsis-widgets.define.warned');
type WarnedRegistry = { [warnedKey]?: Set<string> };

/** The classes this copy of the library defined (each copy has its own). */
const definedHere = new Set<CustomElementConstructor>();

/**
 * Registers `tag` unless it is already defined. A page that loads the bundle twice, or two
 * copies of the library, must never throw: the first definition stays. When another copy
 * defined the tag, say so once per page (shared through globalThis so both copies agree); not
 * when this copy defined it with another class that declares `static sharesTag = tag` (the
 * partner badge's two classes: a page that loads both of its entries from one build).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    definedHere.add(ctor);
    return;
  }
  if (existing === ctor) return;
  const shares = (c: CustomElementConstructor) => (c as { sharesTag?: string }).sharesTag === tag;
  if (definedHere.has(existing) && shares(existing) && shares(ctor)) return;
  const registry = globalThis as WarnedRegistry;
  const warned = (registry[warnedKey] ??= new Set());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `wsis-widgets: <${tag}> is already defined by another copy of the library; keeping that one.`,
  );
}
