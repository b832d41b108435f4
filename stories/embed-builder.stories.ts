import '../src/index.js';
// A value import (not a bare `import './support/embed-builder.js'`): a production build drops a
// module imported only for its side effects unless package.json `sideEffects` lists it.
import { WsisEmbedBuilder } from './support/embed-builder.js';

export default {
  title: 'Embed builder',
  render: () => new WsisEmbedBuilder(),
  parameters: { docs: { description: { component: 'Choose an element, set its attributes, copy the snippet.' } } },
};

export const Builder = {};
