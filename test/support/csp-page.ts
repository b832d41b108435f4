import { waitUntil } from '@open-wc/testing';

/** The strict-CSP test page's window: the violations and errors it recorded. */
export type CspPageWindow = Window & { __violations: string[]; __errors: string[] };

/**
 * Opens /test/pages/csp.html in an iframe and waits until `tag` is defined there. The policy comes
 * as a response header (test/server/hostile.routes.mjs), not a <meta> in a srcdoc frame: Firefox
 * resolves 'self' in a srcdoc document so that it blocks the modules.
 */
export async function openCspPage(tag: string, options: { width?: number; height?: number; timeout?: number } = {}) {
  const frame = document.createElement('iframe');
  if (options.width) frame.width = String(options.width);
  if (options.height) frame.height = String(options.height);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/pages/csp.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspPageWindow;
  await waitUntil(() => win.customElements.get(tag), `${tag} not defined`, { timeout: options.timeout ?? 5000 });
  return { frame, doc: frame.contentDocument!, win };
}
