// What editors and tools read from the installed package: custom-elements.json, web-types and
// VS Code custom data. Returns a list of problems.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function manifestProblems(installed, expectedTags) {
  const problems = [];
  const read = (path) => JSON.parse(readFileSync(join(installed, path), 'utf8'));
  const pkg = read('package.json');
  const manifest = read(pkg.customElements);
  const declarations = new Map();
  for (const module of manifest.modules) {
    if (!existsSync(join(installed, module.path))) problems.push(`manifest module ${module.path} is not in the package`);
    for (const declaration of module.declarations ?? []) declarations.set(`${module.path}#${declaration.name}`, declaration);
  }
  const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  for (const tag of expectedTags) {
    const found = definitions.find((d) => d.name === tag);
    if (!found) {
      problems.push(`manifest: no custom-element-definition for <${tag}>`);
      continue;
    }
    const declaration = declarations.get(`${found.declaration.module}#${found.declaration.name}`);
    if (!declaration) problems.push(`manifest: <${tag}>'s definition points at no declaration`);
  }
  for (const [key, d] of declarations) {
    for (const m of d.members ?? []) {
      if ((m.privacy ?? 'public') !== 'public' || m.name.startsWith('_')) problems.push(`manifest: ${key} lists non-public ${m.name}`);
    }
    const names = (d.attributes ?? []).map((a) => a.name);
    for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i))) problems.push(`manifest: ${key} lists attribute ${name} twice`);
    for (const e of d.events ?? []) if (!e.type?.text) problems.push(`manifest: ${key} event ${e.name} has no type`);
  }
  const webTypes = read(pkg['web-types']);
  const customData = read('dist/html.customData.json');
  for (const tag of expectedTags) {
    if (!webTypes.contributions.html.elements.some((e) => e.name === tag)) problems.push(`web-types: no <${tag}>`);
    if (!customData.tags.some((e) => e.name === tag)) problems.push(`html.customData: no <${tag}>`);
  }
  for (const [path, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      if (!existsSync(join(installed, file))) problems.push(`exports["${path}"] → ${file} is not in the package`);
    }
  }
  return problems;
}
