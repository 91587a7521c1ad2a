import { attr, type XmlAttribute } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { fix, virtualportElements, VPORT_TYPES } from './devices-support';
import { removeAttribute, replaceValue } from './fix-edits';

export const virtualportTypeUnknown: Rule = {
  id: 'virtualport-type-unknown',
  severity: 'error',
  layer: 'parse',
  spec: ['VP-1'],
  description: "<virtualport type> is one of 802.1Qbg, 802.1Qbh, openvswitch, midonet (case-sensitive; 'none' is rejected).",
  elements: ['virtualport'],
  check({ root, xml, report }) {
    for (const { element, requireType } of virtualportElements(root)) {
      const type: XmlAttribute | undefined = attr(element, 'type');
      if (!type || (VPORT_TYPES as readonly string[]).includes(type.value)) continue;
      const fixes: QuickFix[] = [];
      const match = VPORT_TYPES.find((t) => t.toLowerCase() === type.value.trim().toLowerCase());
      if (match) fixes.push(fix(`Change to '${match}'`, replaceValue(type, match)));
      else if (!requireType && (type.value === 'none' || type.value === '')) fixes.push(fix('Remove type=', removeAttribute(xml.text, type)));
      report(type, `unsupported configuration: unknown virtualport type ${type.value}`, `use one of ${VPORT_TYPES.join(', ')}`, fixes);
    }
  },
};
