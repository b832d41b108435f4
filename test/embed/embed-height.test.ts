import { expect, waitUntil } from '@open-wc/testing';
import { frameHeightListener } from '../../stories/support/embed-snippet.js';
import type { EmbedHeightMessage } from '../../src/embed/frame-height.js';

const feed = '/demo/feeds/wsis-forum-2021.json';

/** Opens embed.html in an iframe of the test page; collects the height messages it posts. */
async function openEmbed(query: string, { id = '', height = 300 } = {}) {
  const messages: EmbedHeightMessage[] = [];
  const frame = document.createElement('iframe');
  if (id) frame.id = id;
  frame.width = '700';
  frame.height = String(height);
  const listen = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === 'wsis-embed-height') messages.push(event.data);
  };
  window.addEventListener('message', listen);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/embed.html${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const shown = () => doc.querySelector('wsis-partner-wall')?.shadowRoot?.querySelectorAll('[part~="partner"]').length === 12;
  await waitUntil(shown, 'the partners shown', { timeout: 8000 });
  return { frame, doc, messages, stop: () => window.removeEventListener('message', listen) };
}

/** The height of the embed page's content, as the visitor would see it unclipped. */
const contentHeight = (doc: Document) => Math.ceil(doc.documentElement.getBoundingClientRect().height);

describe('the embed page tells its host how tall it is', () => {
  let listener: HTMLScriptElement | undefined;
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    listener?.remove();
  });

  it('posts {type, frame, height} with the frame id from the link and the content height', async () => {
    const { doc, messages, stop } = await openEmbed(`?element=partner-wall&src=${feed}&frame=partners-1`, { id: 'partners-1' });
    await waitUntil(() => messages.at(-1)?.height === contentHeight(doc), 'a message with the content height');
    stop();
    expect(Object.keys(messages.at(-1)!).sort()).to.deep.equal(['frame', 'height', 'type']);
    expect(messages.at(-1)!.frame).to.equal('partners-1');
    expect(contentHeight(doc)).to.be.greaterThan(300);
  });

  it('posts again when the content height changes', async () => {
    const { doc, messages, stop } = await openEmbed(`?element=partner-wall&src=${feed}&frame=partners-2`, { id: 'partners-2' });
    await waitUntil(() => messages.at(-1)?.height === contentHeight(doc), 'the first height');
    const before = messages.at(-1)!.height;
    doc.querySelector('wsis-partner-wall')!.setAttribute('layout', 'row');
    await waitUntil(() => contentHeight(doc) !== before && messages.at(-1)?.height === contentHeight(doc), 'the new height');
    stop();
    expect(messages.at(-1)!.height).to.be.lessThan(before);
  });

  it('echoes no frame id that is not a plain id', async () => {
    const { doc, messages, stop } = await openEmbed(`?element=partner-wall&src=${feed}&frame=${encodeURIComponent('x"><img src=y>')}`);
    await waitUntil(() => messages.at(-1)?.height === contentHeight(doc), 'a height message');
    stop();
    expect(messages.every((m) => m.frame === '')).to.equal(true);
  });

  it('without a listener, the frame keeps its height and its content scrolls', async () => {
    const { frame, doc, stop } = await openEmbed(`?element=partner-wall&src=${feed}&frame=partners-4`, { id: 'partners-4' });
    stop();
    expect(frame.height).to.equal('300');
    expect(frame.clientHeight).to.equal(300);
    const scroller = doc.scrollingElement!;
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    scroller.scrollTop = 100;
    expect(scroller.scrollTop).to.equal(100);
  });

  // Last: a listener added by a script cannot be removed again.
  it('with the README listener, the host sizes the frame to its content: no scrolling inside', async () => {
    listener = document.createElement('script');
    listener.textContent = new DOMParser().parseFromString(frameHeightListener, 'text/html').querySelector('script')!.textContent;
    document.head.append(listener);
    const { frame, doc, stop } = await openEmbed(`?element=partner-wall&src=${feed}&frame=partners-3`, { id: 'partners-3' });
    stop();
    await waitUntil(() => Number(frame.height) === contentHeight(doc), 'the frame sized to its content');
    const scroller = doc.scrollingElement!;
    expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight);
  });
});
