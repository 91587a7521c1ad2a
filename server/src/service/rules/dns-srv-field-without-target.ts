import { attr, attrValue, children } from '../xml';
import { parseLibvirtUInt } from '../ip';
import type { Rule } from '../rule';
import { firstDns, fix, nonEmpty } from './devices-support';
import { removeAttribute } from './fix-edits';

const FIELDS = ['port', 'priority', 'weight'] as const;

export const dnsSrvFieldWithoutTarget: Rule = {
  id: 'dns-srv-field-without-target',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-13'],
  description: 'DNS SRV port, priority and weight are only allowed together with target.',
  elements: ['srv'],
  check({ root, xml, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const srv of children(dns, 'srv')) {
      if (attr(srv, 'target')) continue;
      const service = attrValue(srv, 'service') ?? '(null)';
      for (const field of FIELDS) {
        // virXPathUInt: an empty value reads as absent; an unparsable one is DNS-14..16's error instead.
        const a = nonEmpty(srv, field);
        if (!a || parseLibvirtUInt(a.value) === undefined) continue;
        report(
          a,
          `DNS SRV ${field} attribute not permitted without target for service '${service}' in network '${facts.name}'`,
          `add target='HOST' (the host providing the service), or remove ${field}=`,
          [fix(`Remove ${field}=`, removeAttribute(xml.text, a))],
        );
      }
    }
  },
};
