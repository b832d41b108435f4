import { forbiddenSchemes } from '../fixtures/hostile/payloads.js';

export const widgetTags = [
  'wsis-schedule',
  'wsis-partner-wall',
  'wsis-prize-winners',
  'wsis-special-tracks',
  'wsis-stats-counter',
  'wsis-partner-badge',
] as const;

/** Every element under `root` (and in its own shadow root), descending into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** What would let feed data run: a forbidden URL in a link or source, or an event-handler attribute. */
export function dangerousAttributes(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (/^on/i.test(name)) problems.push(`<${element.localName} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset'].includes(name) && forbiddenSchemes.test(value)) {
        problems.push(`<${element.localName} ${name}="${value.slice(0, 40)}">`);
      }
    }
    if (['script', 'iframe', 'object', 'embed'].includes(element.localName)) problems.push(`<${element.localName}>`);
  }
  return problems;
}

export interface PageTraps {
  errors: string[];
  dialogs: string[];
  release(): void;
}

/** Records uncaught errors and any dialog a payload might open, until released. */
export function trapPage(): PageTraps {
  const errors: string[] = [];
  const dialogs: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = (message?: unknown) => void dialogs.push(`alert ${String(message)}`);
  window.confirm = (message?: string) => (dialogs.push(`confirm ${message}`), false);
  window.prompt = (message?: string) => (dialogs.push(`prompt ${message}`), null);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    dialogs,
    release() {
      Object.assign(window, originals);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export function part(element: Element, name: string): Element | null {
  return element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

/**
 * Whether an element has rendered and left its loading state. Its shadow root exists from the
 * moment it connects, empty until its first update: an empty root has not left loading, it has
 * not started (and a view fetched on demand keeps the element loading longer).
 */
export function leftLoading(element: Element): boolean {
  return part(element, 'root') !== null && part(element, 'loading') === null;
}
