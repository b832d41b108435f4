/// <reference types="vite/client" />
// Built by scripts/build-test-bundles.mjs with Vite (which understands the stories' JSON imports and
// Storybook's CommonJS dependencies) into test/.bundle/, then run by stories-*.test.ts (run-stories.ts).
import { setProjectAnnotations } from '@storybook/web-components';
import { composeStories } from 'storybook/preview-api';
import preview from '../../.storybook/preview.js';

const annotations = setProjectAnnotations([preview]);
const modules = import.meta.glob('../../stories/*.stories.ts', { eager: true });

export const storyFiles = Object.entries(modules).map(([path, module]) => ({
  file: path.replace('../../', ''),
  stories: composeStories(module as Parameters<typeof composeStories>[0], annotations),
}));
