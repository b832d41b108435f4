// Run by `npm run build` after the manifest and the .d.ts files: writes, from custom-elements.json
// alone (no hand-written lists),
//   dist/types/frameworks/react.d.ts   React 19 JSX: properties, kebab-case attributes, on<event> props
//   dist/types/frameworks/vue.d.ts     Vue GlobalComponents
//   dist/html.customData.json          VS Code (`html.customData`)
//   dist/web-types.json                JetBrains IDEs (package.json "web-types")
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { literalValues } from './literal-values.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const header = '// Generated from custom-elements.json by scripts/build/framework-types.mjs. Do not edit.\n';

/** The five elements, as the manifest describes them. */
export const elements = manifest.modules
  .flatMap((module) => module.declarations)
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({
    tag: d.tagName,
    className: d.name,
    description: d.description ?? '',
    properties: d.members.filter((m) => m.kind === 'field' && !m.readonly).map((m) => m.name),
    /** Attributes whose name is not also the property's (React sets those as attributes). */
    kebab: d.attributes.filter((a) => a.name !== a.fieldName),
    attributes: d.attributes,
    events: d.events,
  }));

const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');
const classes = elements.map((e) => e.className).join(', ');

function reactTypes() {
  const props = elements.map(
    (e) =>
      `      '${e.tag}': ElementProps<${e.className}, ${union(e.properties)}, ${union(e.kebab.map((a) => a.name))}, ${union(e.events.map((v) => v.name))}>;`,
  );
  return `${header}// React 19 sets a prop as a property when the element has one, else as an attribute, and
// adds \`on<event-name>\` functions as event listeners.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classes} } from '../index.js';

type ElementProps<E, P extends keyof E, A extends string, V extends keyof GlobalEventHandlersEventMap> =
  DetailedHTMLProps<HTMLAttributes<E>, E> &
    Partial<Pick<E, P>> & { [K in A]?: string | number | boolean } & {
      [K in V as \`on\${K}\`]?: (event: GlobalEventHandlersEventMap[K]) => void;
    };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${props.join('\n')}
    }
  }
}
`;
}

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

function vueTypes() {
  const components = elements.map(
    (e) =>
      `    '${e.tag}': DefineComponent<ElementProps<${e.className}, ${union(e.properties)}> & {\n` +
      e.events
        .map((v) => `      ${camel(`on-${v.name}`)}?: (event: GlobalEventHandlersEventMap['${v.name}']) => void;\n`)
        .join('') +
      `    }>;`,
  );
  return `${header}// Vue resolves these tags as custom elements (set compilerOptions.isCustomElement for \`wsis-\`);
// these types give templates checked by vue-tsc their properties and \`@wsis-…\` events.
import type { DefineComponent } from 'vue';
import type { ${classes} } from '../index.js';

type ElementProps<E, P extends keyof E> = Partial<Pick<E, P>>;

declare module 'vue' {
  interface GlobalComponents {
${components.join('\n')}
  }
}
`;
}

const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const reference = (e) => [{ name: 'Documentation', url: `${repository}/blob/main/docs/${e.tag.replace('wsis-', '')}.md` }];

function vscodeData() {
  return {
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tag,
      description: e.description,
      attributes: e.attributes.map((a) => ({
        name: a.name,
        description: a.description ?? '',
        ...(literalValues(a.type) ? { values: literalValues(a.type).map((name) => ({ name })) } : {}),
      })),
      references: reference(e),
    })),
  };
}

function webTypes() {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    framework: 'lit',
    contributions: {
      html: {
        elements: elements.map((e) => ({
          name: e.tag,
          description: e.description,
          'doc-url': reference(e)[0].url,
          attributes: e.attributes.map((a) => ({
            name: a.name,
            description: a.description ?? '',
            value: literalValues(a.type) ? { type: 'enum', kind: 'plain' } : { type: a.type?.text ?? 'string', kind: 'plain' },
            ...(literalValues(a.type) ? { values: literalValues(a.type).map((name) => ({ name })) } : {}),
          })),
          events: e.events.map((v) => ({ name: v.name, description: v.description ?? '' })),
          js: {
            properties: e.properties.map((name) => ({ name })),
            events: e.events.map((v) => ({ name: v.name, description: v.description ?? '' })),
          },
        })),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('dist/types/frameworks', { recursive: true });
  writeFileSync('dist/types/frameworks/react.d.ts', reactTypes());
  writeFileSync('dist/types/frameworks/vue.d.ts', vueTypes());
  writeFileSync('dist/html.customData.json', `${JSON.stringify(vscodeData(), null, 2)}\n`);
  writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes(), null, 2)}\n`);
  console.log('Wrote React and Vue types, html.customData.json and web-types.json.');
}
