import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { withStoryGlobals } from '../stories/support/story-globals.js';

// Controls and docs (attributes, properties, events, parts, custom properties) come from the
// manifest that `cem analyze` writes from the elements' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of every element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: '', title: 'As in the story' },
          { value: 'ar', right: 'العربية', title: 'Arabic' },
          { value: 'en', right: 'English', title: 'English' },
          { value: 'es', right: 'Español', title: 'Spanish' },
          { value: 'fr', right: 'Français', title: 'French' },
          { value: 'ru', right: 'Русский', title: 'Russian' },
          { value: 'zh', right: '中文', title: 'Chinese' },
        ],
      },
    },
    theme: {
      description: 'Theme of every element',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: '', title: 'As in the story' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
      },
    },
    timezone: {
      description: 'Time zone of the programme elements',
      toolbar: {
        title: 'Time zone',
        icon: 'time',
        dynamicTitle: true,
        items: [
          { value: '', title: 'As in the story' },
          { value: 'event', title: 'Event zone' },
          { value: 'local', title: 'Visitor zone' },
          { value: 'Europe/Zurich', title: 'Geneva' },
          { value: 'Pacific/Auckland', title: 'Auckland' },
          { value: 'America/Lima', title: 'Lima' },
          { value: 'Asia/Tokyo', title: 'Tokyo' },
        ],
      },
    },
  },
  initialGlobals: { locale: '', theme: '', timezone: '' },
  decorators: [withStoryGlobals],
};

export default preview;
