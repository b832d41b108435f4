import { html } from 'lit';
import '../src/index.js';
import './support/embed-builder.js';

export default {
  title: 'Embed builder',
  render: () => html`<wsis-embed-builder></wsis-embed-builder>`,
  parameters: { docs: { description: { component: 'Choose an element, set its attributes, copy the snippet.' } } },
};

export const Builder = {};
