import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { directionOf } from '../../src/i18n/languages.js';

interface StoryGlobals {
  locale?: string;
  theme?: string;
  timezone?: string;
}

type StoryFn = () => unknown;

/** The toolbar's language, theme and time zone, applied to every wsis-* element of a story. */
export function withStoryGlobals(story: StoryFn, context: { globals: StoryGlobals }) {
  const { locale, theme, timezone } = context.globals;
  const apply = (wrapper?: Element) => {
    if (!wrapper) return;
    for (const element of wrapper.querySelectorAll('*')) {
      if (!element.localName.startsWith('wsis-')) continue;
      if (theme) element.setAttribute('theme', theme);
      if (timezone && element.localName !== 'wsis-partner-wall') element.setAttribute('timezone', timezone);
    }
  };
  return html`<div
    class="story-globals"
    lang=${locale || 'en'}
    dir=${directionOf(locale || 'en')}
    ${ref((wrapper) => queueMicrotask(() => apply(wrapper)))}
  >
    ${story()}
  </div>`;
}
