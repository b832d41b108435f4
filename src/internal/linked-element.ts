/**
 * "See in the programme": the element named by `targetId` in the same tree as `host` (its shadow
 * root or document), else in the document, gets `attribute` = `value` and is scrolled into view
 * (instantly under reduced motion). False when there is no such element (or it is the host).
 * `<wsis-special-tracks schedule>` sets a schedule's `track` this way, `<wsis-partner-wall
 * schedule>` its `partner`.
 */
export function revealLinked(host: HTMLElement, targetId: string, attribute: string, value: string): boolean {
  const root = host.getRootNode();
  const found =
    (root instanceof ShadowRoot || root instanceof Document ? root.getElementById(targetId) : null) ??
    document.getElementById(targetId);
  if (!(found instanceof HTMLElement) || found === host) return false;
  found.setAttribute(attribute, value);
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  found.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  return true;
}
