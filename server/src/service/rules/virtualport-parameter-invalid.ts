import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { MAX_PROFILEID_BYTES, parseUIntBase0, parseUuid, virtualportElements, VPORT_NUMERIC } from './devices-support';
import { utf8Length } from '../utf8';

export const virtualportParameterInvalid: Rule = {
  id: 'virtualport-parameter-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['VP-3', 'VP-4', 'VP-5', 'VP-6'],
  description: '<virtualport><parameters>: managerid/typeidversion 0-255, typeid 0-16777215, instanceid/interfaceid UUIDs, profileid at most 39 bytes.',
  elements: ['virtualport'],
  check({ root, report }) {
    for (const { element } of virtualportElements(root)) {
      const parameters = child(element, 'parameters');
      if (!parameters) continue;
      for (const n of VPORT_NUMERIC) {
        const a = attr(parameters, n.name);
        if (!a) continue;
        const value = parseUIntBase0(a.value);
        if (value === undefined) report(a, `cannot parse value of ${n.name} parameter`, `${n.name} is a number from 0 to ${n.max} (decimal, 0x hex or 0 octal)`);
        else if (value > n.max) report(a, n.range, `${n.name} is at most ${n.max} (0x${n.max.toString(16)})`);
      }
      for (const name of ['instanceid', 'interfaceid'] as const) {
        const a = attr(parameters, name);
        if (a && !parseUuid(a.value)) report(a, `cannot parse ${name} parameter as a uuid`, 'write a UUID: 32 hex digits, e.g. 09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f');
      }
      const profileid = attr(parameters, 'profileid');
      if (profileid && utf8Length(profileid.value) > MAX_PROFILEID_BYTES) {
        report(profileid, 'profileid parameter too long', `a port profile name is at most ${MAX_PROFILEID_BYTES} bytes (this one has ${utf8Length(profileid.value)})`);
      }
    }
  },
};
