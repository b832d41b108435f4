import { expect } from '@open-wc/testing';
import { markdownText, MAX_LENGTH, parseMarkdown, type Block } from '../../src/feed/markdown.js';

const text = (t: string) => ({ kind: 'text', text: t }) as const;

describe('parseMarkdown (the description subset)', () => {
  it('splits paragraphs on blank lines and keeps single newlines as line breaks', () => {
    expect(parseMarkdown('One\r\ntwo\n\n\nThree')).to.deep.equal([
      { kind: 'paragraph', children: [text('One'), { kind: 'break' }, text('two')] },
      { kind: 'paragraph', children: [text('Three')] },
    ]);
  });

  it('reads bullet and numbered lists, with continuation lines', () => {
    expect(parseMarkdown('Intro\n- one\n  still one\n* two\n\n1. first\n2) second')).to.deep.equal([
      { kind: 'paragraph', children: [text('Intro')] },
      { kind: 'list', ordered: false, items: [[text('one'), { kind: 'break' }, text('still one')], [text('two')]] },
      { kind: 'list', ordered: true, items: [[text('first')], [text('second')]] },
    ] satisfies Block[]);
  });

  it('reads emphasis, strong, http(s) links, autolinks and escapes', () => {
    const [p] = parseMarkdown('*a* **b** __c__ _d_ [e *f*](https://x.org/p?q=1) <https://y.org> see https://z.org/a. \\*g\\*');
    expect(p).to.deep.equal({
      kind: 'paragraph',
      children: [
        { kind: 'em', children: [text('a')] },
        text(' '),
        { kind: 'strong', children: [text('b')] },
        text(' '),
        { kind: 'strong', children: [text('c')] },
        text(' '),
        { kind: 'em', children: [text('d')] },
        text(' '),
        { kind: 'link', href: 'https://x.org/p?q=1', children: [text('e '), { kind: 'em', children: [text('f')] }] },
        text(' '),
        { kind: 'link', href: 'https://y.org/', children: [text('https://y.org')] },
        text(' see '),
        { kind: 'link', href: 'https://z.org/a', children: [text('https://z.org/a')] },
        text('. *g*'),
      ],
    });
  });

  it('keeps a link of another scheme as its text only, parentheses balanced', () => {
    expect(parseMarkdown('[click](javascript:alert(1)) [mail](mailto:a@b.org) [rel](/path)')).to.deep.equal([
      { kind: 'paragraph', children: [text('click'), text(' '), text('mail'), text(' '), text('rel')] },
    ]);
  });

  it('shows raw HTML as the characters it is; snake_case stays text', () => {
    expect(parseMarkdown('<b>bold</b> <img src=x onerror=alert(1)> snake_case_name')).to.deep.equal([
      { kind: 'paragraph', children: [text('<b>bold</b> <img src=x onerror=alert(1)> snake_case_name')] },
    ]);
  });

  it('reads a heading line as a strong paragraph', () => {
    expect(parseMarkdown('#### Section 1\nBody')).to.deep.equal([
      { kind: 'paragraph', children: [{ kind: 'strong', children: [text('Section 1')] }] },
      { kind: 'paragraph', children: [text('Body')] },
    ]);
  });

  it('keeps unmatched markers as text and bounds the input', () => {
    expect(markdownText('[['.repeat(100) + '**' + '_'.repeat(9))).to.equal('[['.repeat(100) + '**' + '_'.repeat(9));
    const long = parseMarkdown('x'.repeat(MAX_LENGTH + 500));
    expect(markdownText('x'.repeat(MAX_LENGTH + 500))).to.equal(`${'x'.repeat(MAX_LENGTH)}…`);
    expect(long).to.have.length(1);
    // Deep nesting stops at MAX_DEPTH: the rest reads as text, nothing throws.
    expect(() => parseMarkdown('*'.repeat(5000) + 'x' + '*'.repeat(5000))).to.not.throw();
  });

  it('gives the plain text (for search and calendar files)', () => {
    expect(markdownText('A *b* [c](https://d.org)\n\n- e\n- f')).to.equal('A b c\n\n- e\n- f');
  });
});
