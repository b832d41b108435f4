const warnedKey = Symbol.for('wsis-widgets.define.warned');
type WarnedRegistry = { [warnedKey]?: Set<string> };

/**
 * Registers `tag` unless it is already defined. A page that loads the bundle twice, or two
 * copies of the library, must never throw: the first definition stays. When another copy
 * defined the tag, say so once per page (shared through globalThis so both copies agree).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const registry = globalThis as WarnedRegistry;
  const warned = (registry[warnedKey] ??= new Set());
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `wsis-widgets: <${tag}> is already defined by another copy of the library; keeping that one.`,
  );
}
