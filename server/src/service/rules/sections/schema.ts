import type { Rule } from '../../rule';
import { schemaUnknownElement } from '../schema-unknown-element';
import { schemaUnknownAttribute } from '../schema-unknown-attribute';
import { schemaDuplicateElement } from '../schema-duplicate-element';
import { schemaMissingAttribute } from '../schema-missing-attribute';
import { schemaMissingElement } from '../schema-missing-element';
import { schemaInvalidValue } from '../schema-invalid-value';
import { schemaInvalidText } from '../schema-invalid-text';
import { schemaAlternatives } from '../schema-alternatives';

/**
 * §5: what only the RelaxNG schema (`virsh net-define --validate`) rejects. Warnings: plain
 * `virsh net-define` does not validate against the schema. Driven by schemas/network.model.json.
 */
export const schemaRules: Rule[] = [
  schemaUnknownElement,
  schemaUnknownAttribute,
  schemaDuplicateElement,
  schemaMissingAttribute,
  schemaMissingElement,
  schemaInvalidValue,
  schemaInvalidText,
  schemaAlternatives,
];
