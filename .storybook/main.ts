import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: '@storybook/web-components-vite',
  staticDirs: [{ from: '../demo/feeds', to: '/demo/feeds' }],
  core: { disableTelemetry: true },
};
export default config;
