import { expect, waitUntil } from '@open-wc/testing';
// Built by scripts/build-test-bundles.mjs (npm test runs it first).
// @ts-expect-error: a generated bundle without types
import { storyFiles } from '../.bundle/stories.js';

interface ComposedStory {
  run(context: { canvasElement: HTMLElement }): Promise<void>;
  storyName?: string;
}

const files = storyFiles as { file: string; stories: Record<string, ComposedStory> }[];

function widgets(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('wsis-'));
}

function stillLoading(root: Element): boolean {
  return widgets(root).some((el) => el.shadowRoot?.querySelector('[part~="loading"]'));
}

describe('every story renders without errors and passes axe', () => {
  it('has stories to run', () => {
    expect(files.length).to.be.greaterThan(0);
  });

  for (const { file, stories } of files) {
    for (const [name, story] of Object.entries(stories)) {
      it(`${file} › ${name}`, async function () {
        // The 5,000-session programme takes axe a while.
        this.timeout(90000);
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.message);
        const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        const canvas = document.createElement('div');
        document.body.append(canvas);
        try {
          await story.run({ canvasElement: canvas });
          const expectsLoading = /loading/i.test(name);
          if (!expectsLoading) {
            await waitUntil(() => !stillLoading(canvas), `${name} stayed in its loading state`, {
              timeout: 15000,
            });
          }
          await Promise.all(widgets(canvas).map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
          expect(widgets(canvas).length, 'a story shows at least one element').to.be.greaterThan(0);
          await expect(canvas).to.be.accessible();
          expect(errors).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
          canvas.remove();
        }
      });
    }
  }
});
