import { expect } from '@open-wc/testing';

export interface Component {
  name: string;
  props: Map<string, { params: Record<string, string>; value: string }>;
  children: Component[];
}

/** A tiny RFC 5545 reader: CRLF lines, unfolding, parameters, nesting, TEXT unescaping. */
export function parseIcs(ics: string): Component {
  expect(ics.endsWith('\r\n')).to.equal(true);
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const component: Component = { name: value, props: new Map(), children: [] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
      root ??= component;
    } else if (name === 'END') {
      expect(stack.pop()?.name).to.equal(value);
    } else {
      stack.at(-1)!.props.set(name, {
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c)),
      });
    }
  }
  expect(stack).to.have.length(0);
  return root!;
}
