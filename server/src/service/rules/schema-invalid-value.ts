import type { QuickFix, Rule } from '../rule';
import { typeDef } from '../model';
import type { XmlAttribute } from '../xml';
import { knownElements, ONLY_VALIDATE_REJECTS, schemaAccepts, schemaMessage, typeProblem } from './schema-common';
import { replaceValueFix } from './schema-fixes';

/**
 * What libvirt's parser makes of values the schema refuses, where it accepts them (§5.3).
 * Keyed by `elementId@attribute`; returns undefined when this particular value is not one of them.
 */
const PARSER_READING: Readonly<Record<string, (value: string) => string | undefined>> = {
  'bridge@stp': (v) => `libvirt's parser accepts it (treated as ${v === 'off' ? 'off' : 'on'}: anything but 'off' means on)`,
  'forward@managed': (v) => `libvirt's parser accepts it (treated as ${v.toLowerCase() === 'yes' ? 'yes' : 'no'}: only a case-insensitive 'yes' means yes)`,
  'portgroup@default': (v) => `libvirt's parser accepts it (treated as ${v.toLowerCase() === 'yes' ? 'yes' : 'no'}: only a case-insensitive 'yes' means yes)`,
  'bridge@delay': (v) => (/^\+[0-9]+$/.test(v) ? `libvirt's parser accepts it (read as ${v.slice(1)})` : undefined),
  'mtu@size': (v) => (/^[0-9]+$/.test(v) && v.length <= 10 && Number(v) <= 4294967295 ? "libvirt's parser accepts it (any unsigned int)" : undefined),
  'bridge@name': (v) => (/^[^%]*%d[^%]*$/.test(v) ? "libvirt's network driver accepts it (it expands the %d template to a free bridge name)" : undefined),
};

export const schemaInvalidValue: Rule = {
  id: 'schema-invalid-value',
  severity: 'warning',
  layer: 'schema',
  spec: ['§5.2', '§5.3', 'BR-1', 'BR-2', 'BR-4', 'FW-2', 'PG-2'],
  description: 'An attribute value does not match its schema type (e.g. stp="maybe", address "10.1", a bridge name with "%").',
  check(context) {
    const { report } = context;
    const { elements, matches } = knownElements(context);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const id = matches[i].id;
      const defs = matches[i].attributes;
      // Indexed, not for-of: this runs per element, and an indexed loop never makes an iterator.
      const attributes = element.attributes;
      for (let j = 0; j < attributes.length; j++) {
        const attribute = attributes[j];
        const def = defs.get(attribute.name);
        if (!def || schemaAccepts(def.type, attribute.value)) continue;
        const reading = PARSER_READING[`${id}@${attribute.name}`]?.(attribute.value);
        report(
          attribute,
          schemaMessage(`Element ${element.name}, attribute ${attribute.name}: value '${attribute.value}' ${typeProblem(def.type, attribute.value)}`),
          reading === undefined ? ONLY_VALIDATE_REJECTS : `${reading} but \`virsh net-define --validate\` rejects it`,
          valueFixes(def.type, attribute),
        );
      }
    }
  },
};

function valueFixes(typeId: string, attribute: XmlAttribute): QuickFix[] {
  const values = typeDef(typeId)?.enum;
  if (!values) return [];
  const wanted = attribute.value.trim().toLowerCase();
  const near = values.find((v) => v.toLowerCase() === wanted);
  if (near !== undefined) return [replaceValueFix(attribute, near)];
  return values.map((v) => replaceValueFix(attribute, v));
}
