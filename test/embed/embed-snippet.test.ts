import { expect } from '@open-wc/testing';
import { elementFromQuery } from '../../src/embed/element-from-query.js';
import { iframeSnippet, scriptSnippet } from '../../stories/support/embed-snippet.js';

const choice = {
  element: 'schedule' as const,
  libraryUrl: 'https://cdn.example.org/wsis-widgets/dist',
  attributes: { src: 'https://feeds.example.org/wsis "2021".json', lang: 'fr', timezone: '', track: 'youth' },
};

describe('embed builder snippets', () => {
  it('writes the script tag and the element with only the attributes that were set, escaped', () => {
    const parsed = new DOMParser().parseFromString(scriptSnippet(choice), 'text/html');
    const script = parsed.querySelector('script')!;
    expect(script.getAttribute('type')).to.equal('module');
    expect(script.getAttribute('src')).to.equal('https://cdn.example.org/wsis-widgets/dist/wsis-widgets.js');
    const element = parsed.querySelector('wsis-schedule')!;
    expect(element.getAttribute('src')).to.equal('https://feeds.example.org/wsis "2021".json');
    expect(element.getAttributeNames()).to.deep.equal(['src', 'lang', 'track']);
  });

  it('writes an iframe whose query the embed page reads back into the same element', () => {
    const parsed = new DOMParser().parseFromString(iframeSnippet(choice, 'WSIS programme'), 'text/html');
    const frame = parsed.querySelector('iframe')!;
    expect(frame.getAttribute('title')).to.equal('WSIS programme');
    const url = new URL(frame.getAttribute('src')!);
    expect(url.pathname).to.equal('/wsis-widgets/dist/embed.html');
    const result = elementFromQuery(url.search, document, url.href);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.element.localName).to.equal('wsis-schedule');
    expect(result.element.getAttribute('track')).to.equal('youth');
    expect(result.element.getAttribute('lang')).to.equal('fr');
  });
});
