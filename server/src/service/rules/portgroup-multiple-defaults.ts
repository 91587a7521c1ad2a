import { attr, attrValue, children, type XmlElement } from '../xml';
import type { Rule } from '../rule';

/** networkValidate (V-16): one default portgroup at most. `default` counts when it is 'yes' in any case (PG-2). */
export const portgroupMultipleDefaults: Rule = {
  id: 'portgroup-multiple-defaults',
  severity: 'error',
  layer: 'validate',
  spec: ['V-16'],
  description: 'More than one <portgroup default="yes">.',
  elements: ['portgroup'],
  check({ root, facts, report }) {
    let firstDefault: XmlElement | undefined;
    for (const portgroup of children(root, 'portgroup')) {
      const flag = attr(portgroup, 'default');
      const name = attrValue(portgroup, 'name');
      if (!flag || flag.value.toLowerCase() !== 'yes' || name === undefined) continue;
      if (!firstDefault) {
        firstDefault = portgroup;
        continue;
      }
      report(
        flag,
        `unsupported configuration: network '${facts.name}' has multiple default <portgroup> elements (${attrValue(firstDefault, 'name')} and ${name}), but only one default is allowed`,
        `keep default='yes' on one portgroup only`,
      );
    }
  },
};
