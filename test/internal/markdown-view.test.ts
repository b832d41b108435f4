import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { renderMarkdown } from '../../src/internal/markdown-view.js';

async function view(text: string): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>${renderMarkdown(text)}</div>`);
}

describe('renderMarkdown (Lit view of the description subset)', () => {
  it('renders paragraphs, lists, emphasis and line breaks as elements', async () => {
    const el = await view('First *em* and **strong**\nnext line\n\n- one\n- two\n\n1. a');
    expect([...el.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['First em and strongnext line']);
    expect(el.querySelector('p em')!.textContent).to.equal('em');
    expect(el.querySelector('p strong')!.textContent).to.equal('strong');
    expect(el.querySelectorAll('p br')).to.have.length(1);
    expect([...el.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal(['one', 'two']);
    expect([...el.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(['a']);
  });

  it('renders http(s) links opening safely, and other schemes as text', async () => {
    const el = await view('[slides](https://example.org/s.pdf) [x](javascript:alert(1)) [y](data:text/html,hi)');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.target, a.rel])).to.deep.equal([
      ['slides', 'https://example.org/s.pdf', '_blank', 'noopener noreferrer'],
    ]);
    expect(el.textContent).to.contain('x');
    expect(el.innerHTML).to.not.contain('javascript:');
    expect(el.innerHTML).to.not.contain('data:text');
  });

  it('shows HTML in a description as text, never as elements', async () => {
    const el = await view('<img src=x onerror="window.__mdHacked=1"> <script>window.__mdHacked=1</script> <b>b</b>');
    expect(el.querySelector('img, script, b')).to.equal(null);
    expect(el.textContent).to.contain('<img src=x onerror="window.__mdHacked=1">');
    expect((window as { __mdHacked?: number }).__mdHacked).to.equal(undefined);
  });

  it('renders nothing for an empty text', async () => {
    const el = await view('  \n\n ');
    expect(el.children).to.have.length(0);
  });
});
