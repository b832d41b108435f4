/**
 * On a server (Node: frameworks that render pages import the package there), every element entry
 * registers its tag in Lit's server-side registry, which Lit's Node build of its element code
 * puts on `globalThis`. The badge loads no Lit element code, so where there is no registry it
 * loads that build here (in a browser this returns at once). Where Node cannot load it
 * synchronously (before 20.19), the badge's tag is simply not registered there.
 */
export function installServerRegistry(): void {
  if ('customElements' in globalThis) return;
  try {
    const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const { createRequire } = node?.getBuiltinModule?.('node:module') as { createRequire: (from: string) => (id: string) => unknown };
    createRequire(import.meta.url)('lit');
  } catch {
    // No registry: the tag stays unregistered on this server, and nothing throws.
  }
}
