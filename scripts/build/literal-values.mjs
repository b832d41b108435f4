/**
 * The values of an enumerated type as the manifest spells it: `'a' | 'b' | undefined` → ['a', 'b'];
 * any other type → undefined. Used by the generated editor data and by the Embed builder's selects.
 */
export function literalValues(type) {
  const parts = (type?.text ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}
