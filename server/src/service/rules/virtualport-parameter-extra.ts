import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { fix, MAX_PROFILEID_BYTES, parseUIntBase0, parseUuid, virtualportElements, VPORT_EXTRAS, VPORT_NUMERIC, VPORT_TYPES, type VPortType } from './devices-support';
import { removeAttribute } from './fix-edits';
import { utf8Length } from '../utf8';

/** Whether libvirt stores the parameter (it only counts as an extra when it parsed). */
function specified(name: string, value: string): boolean {
  const numeric = VPORT_NUMERIC.find((n) => n.name === name);
  if (numeric) {
    const v = parseUIntBase0(value);
    return v !== undefined && v <= numeric.max;
  }
  if (name === 'instanceid' || name === 'interfaceid') return parseUuid(value) !== undefined;
  return value !== '' && utf8Length(value) <= MAX_PROFILEID_BYTES;
}

export const virtualportParameterExtra: Rule = {
  id: 'virtualport-parameter-extra',
  severity: 'error',
  layer: 'parse',
  spec: ['VP-7'],
  description: '802.1Qbg takes managerid/typeid/typeidversion/instanceid, 802.1Qbh only profileid, openvswitch only profileid/interfaceid.',
  elements: ['virtualport'],
  check({ root, xml, report }) {
    for (const { element } of virtualportElements(root)) {
      const type = attr(element, 'type')?.value;
      const parameters = child(element, 'parameters');
      if (!parameters || !type || !(VPORT_TYPES as readonly string[]).includes(type)) continue;
      for (const name of VPORT_EXTRAS[type as VPortType]) {
        const a = attr(parameters, name);
        if (!a || !specified(name, a.value)) continue;
        report(a, `extra ${name} unsupported in <virtualport type='${type}'>`, `${name} does not apply to ${type} port profiles: remove it or change the type`, [
          fix(`Remove ${name}=`, removeAttribute(xml.text, a)),
        ]);
      }
    }
  },
};
