import { expect, waitUntil } from '@open-wc/testing';
// Built by scripts/build-test-bundles.mjs (npm test runs it first).
// @ts-expect-error: a generated bundle without types
import { storyFiles } from '../.bundle/stories.js';

interface ComposedStory {
  run(context: { canvasElement: HTMLElement }): Promise<void>;
  storyName?: string;
}

/** Every story file, composed with the Storybook preview's decorators. */
export const files = storyFiles as { file: string; stories: Record<string, ComposedStory> }[];

/**
 * The story files in three test files of about 40 stories each, so that one file stays well inside
 * a runner's per-file limit in the slowest engine (WebKitGTK renders in software: all 115 stories
 * in one file took 286 s of its 300 s at load 15). stories.test.ts checks every file is in a group.
 */
export const groups = {
  schedule: ['stories/schedule.stories.ts', 'stories/schedule-grid.stories.ts', 'stories/embed-builder.stories.ts'],
  partners: ['stories/partner-wall.stories.ts', 'stories/partner-badge.stories.ts', 'stories/prize-winners.stories.ts'],
  others: ['stories/special-tracks.stories.ts', 'stories/states.stories.ts', 'stories/stats-counter.stories.ts'],
} as const;

function widgets(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('wsis-'));
}

function stillLoading(root: Element): boolean {
  return widgets(root).some((el) => el.shadowRoot?.querySelector('[part~="loading"]'));
}

/** Renders every story of the group's files, waits for it to settle, checks errors and axe. */
export function describeStories(group: keyof typeof groups): void {
  const chosen = files.filter(({ file }) => (groups[group] as readonly string[]).includes(file));
  describe(`every story renders without errors and passes axe: ${group}`, () => {
    it('has stories to run', () => {
      expect(chosen.map(({ file }) => file)).to.have.members([...groups[group]]);
    });

    for (const { file, stories } of chosen) {
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
}
