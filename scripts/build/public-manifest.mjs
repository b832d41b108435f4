// A custom-elements-manifest analyzer plugin: turns the analysis of src/ into the manifest of the
// published package. Editors, Storybook and the generated framework types read only this.
// - one module per public entry, at its path in the package (dist/lib/<entry>.js), with real
//   `js` and `custom-element-definition` exports (the analyzer cannot see `defineElement` calls);
// - public members only (no private, protected, `_`-prefixed or `static` implementation fields);
// - each attribute once;
// - every event typed with its class, read from the `GlobalEventHandlersEventMap` declarations in
//   src/events/ (the single place event names meet their classes);
// - a type named by an alias of string literals (`Notation`) spelt out (`'standard' | 'compact'`),
//   so that editors, Storybook and the Embed builder can offer the values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const libDir = 'dist/lib';
const allInOne = `${libDir}/wsis-widgets.js`;
const entryOf = (tag) => `${libDir}/${tag.replace(/^wsis-/, '')}.js`;

/** `'wsis-load': WsisLoadEvent;` lines of the event-map declarations in src/events/*.ts. */
export function eventClasses(folder = 'src/events') {
  const classes = new Map();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(`${folder}/${file}`, 'utf8');
    for (const [, name, type] of code.matchAll(/^\s*'(wsis-[\w-]+)':\s*(\w+);$/gm)) classes.set(name, type);
  }
  return classes;
}

/** `export type Notation = 'standard' | 'compact';` anywhere in src/: alias name → its literals. */
export function literalAliases(folder = 'src') {
  const aliases = new Map();
  for (const file of readdirSync(folder, { recursive: true }).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(join(folder, file), 'utf8');
    for (const [, name, union] of code.matchAll(/^export type (\w+) = ((?:'[\w-]*'(?: \| )?)+);$/gm)) {
      aliases.set(name, union);
    }
  }
  return aliases;
}

const spelt = (type, aliases) =>
  type && { ...type, text: type.text.replace(/\b\w+\b/g, (word) => aliases.get(word) ?? word) };

const isPublic = (member) =>
  (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_') && !member.static;

const onceEach = (items = []) => items.filter((item, i) => items.findIndex((o) => o.name === item.name) === i);

/** The element (or base) declaration as users see it. `moduleOf` maps a class name to its module. */
function publicDeclaration(declaration, { events, aliases }, moduleOf) {
  const relink = (reference) =>
    reference && moduleOf.has(reference.name) ? { ...reference, module: moduleOf.get(reference.name) } : reference;
  const { superclass, ...rest } = declaration;
  const inherited = superclass?.name === 'WsisElement' ? { superclass: relink(superclass) } : {};
  return {
    ...rest,
    ...inherited,
    members: onceEach(declaration.members?.filter(isPublic)).map((m) => ({
      ...m,
      type: spelt(m.type, aliases),
      inheritedFrom: relink(m.inheritedFrom),
    })),
    attributes: onceEach(declaration.attributes).map((a) => ({
      ...a,
      type: spelt(a.type, aliases),
      inheritedFrom: relink(a.inheritedFrom),
    })),
    events: onceEach(declaration.events).map((event) => ({
      ...event,
      type: { text: events.get(event.name) ?? event.type?.text ?? 'Event' },
      inheritedFrom: relink(event.inheritedFrom),
    })),
  };
}

const jsExport = (name, module) => ({ kind: 'js', name, declaration: { name, module } });
const definition = (tag, name, module) => ({ kind: 'custom-element-definition', name: tag, declaration: { name, module } });

export function publicManifest() {
  return {
    name: 'wsis-public-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
      const elements = declarations
        .filter((d) => d.customElement && d.tagName)
        .sort((a, b) => a.tagName.localeCompare(b.tagName));
      const base = declarations.find((d) => d.name === 'WsisElement');
      if (!base || elements.length === 0) throw new Error('public-manifest: no elements or no WsisElement found');
      const moduleOf = new Map([[base.name, allInOne], ...elements.map((e) => [e.name, entryOf(e.tagName)])]);
      const types = { events: eventClasses(), aliases: literalAliases() };
      const clean = (declaration) => publicDeclaration(declaration, types, moduleOf);
      manifest.modules = [
        {
          kind: 'javascript-module',
          path: allInOne,
          description: 'Defines all five elements; each element’s rendering code is loaded when the first one connects.',
          declarations: [clean(base)],
          exports: [
            jsExport(base.name, allInOne),
            ...elements.map((e) => jsExport(e.name, entryOf(e.tagName))),
            ...elements.map((e) => definition(e.tagName, e.name, entryOf(e.tagName))),
          ],
        },
        ...elements.map((element) => ({
          kind: 'javascript-module',
          path: entryOf(element.tagName),
          description: `Defines <${element.tagName}> only.`,
          declarations: [clean(element)],
          exports: [
            jsExport(element.name, entryOf(element.tagName)),
            definition(element.tagName, element.name, entryOf(element.tagName)),
          ],
        })),
      ];
    },
  };
}
