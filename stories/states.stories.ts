import { html } from 'lit';
import '../src/index.js';
import { errorSources, type ErrorKind } from './support/states.js';

const tags = ['wsis-stats-counter', 'wsis-schedule', 'wsis-partner-wall', 'wsis-prize-winners', 'wsis-special-tracks'];
const demoFeed = '/demo/feeds/wsis-forum-2021.json';

interface Args {
  src?: string;
  lang?: string;
}

/** All five elements side by side in one state, or in one language. */
export default {
  title: 'States and languages (all elements)',
  render: ({ src, lang }: Args) => html`<div lang=${lang ?? 'en'}>
    ${tags.map((tag) => {
      const element = document.createElement(tag);
      if (src) element.setAttribute('src', src);
      element.setAttribute('now', '2021-03-22T10:30:00+01:00');
      element.setAttribute('duration', '0');
      return html`<section>${element}</section>`;
    })}
  </div>`,
};

const errorStory = (kind: ErrorKind) => ({
  args: { src: errorSources[kind] },
  parameters: { docs: { description: { story: `Every element when the feed fails with kind \`${kind}\`.` } } },
});

/** Neither `src` nor `.feed` yet: every element waits for data. */
export const Loading = { args: {} };
export const ErrorNetwork = errorStory('network');
export const ErrorHttp = errorStory('http');
export const ErrorParse = errorStory('parse');
export const ErrorSchema = errorStory('schema');
export const ErrorVersion = errorStory('version');
export const Arabic = { args: { src: demoFeed, lang: 'ar' } };
export const Chinese = { args: { src: demoFeed, lang: 'zh' } };
export const English = { args: { src: demoFeed, lang: 'en' } };
export const French = { args: { src: demoFeed, lang: 'fr' } };
export const Russian = { args: { src: demoFeed, lang: 'ru' } };
export const Spanish = { args: { src: demoFeed, lang: 'es' } };
