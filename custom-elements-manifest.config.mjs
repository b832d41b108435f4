import { publicManifest } from './scripts/build/public-manifest.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // The manifest of the published package: entry paths, public members only, typed events.
  plugins: [publicManifest()],
};
