import manifest from '../../custom-elements.json';
import { literalValues } from '../../scripts/build/literal-values.mjs';

/** An attribute as the Embed builder offers it: the manifest's description and, if enumerated, its values. */
export interface AttributeInfo {
  description: string;
  /** The values of an enumerated attribute (a union of string literals in the manifest), else undefined. */
  values?: string[];
}

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
}

const declarations = manifest.modules.flatMap((module) => module.declarations as { tagName?: string; attributes?: ManifestAttribute[] }[]);

/** What custom-elements.json says about `attribute` of `<tag>`. */
export function attributeInfo(tag: string, attribute: string): AttributeInfo {
  const found = declarations.find((d) => d.tagName === tag)?.attributes?.find((a) => a.name === attribute);
  return { description: found?.description ?? '', values: literalValues(found?.type) };
}
