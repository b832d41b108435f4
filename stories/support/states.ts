/**
 * Feed sources that put an element into each of its states, for stories and their tests.
 * Loading: an element with neither `src` nor `.feed` waits for data.
 */
export const errorSources = {
  network: 'http://127.0.0.1:9/unreachable-feed.json',
  http: '/demo/feeds/errors/does-not-exist.json',
  parse: '/demo/feeds/errors/not-json.json',
  schema: '/demo/feeds/errors/no-event.json',
  version: '/demo/feeds/errors/version-2.json',
} as const;

export type ErrorKind = keyof typeof errorSources;
