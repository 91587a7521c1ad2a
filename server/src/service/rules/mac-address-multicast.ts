import { child } from '../xml';
import type { Rule } from '../rule';
import { replaceValue } from './fix-edits';
import { isMulticastMac, parseLibvirtMac } from '../ip';
import { nonEmptyAttr } from './libvirt-values';

export const macAddressMulticast: Rule = {
  id: 'mac-address-multicast',
  severity: 'error',
  layer: 'parse',
  spec: ['BR-6'],
  description: 'The bridge <mac> must be a unicast address (low bit of the first octet clear).',
  elements: ['mac'],
  check({ root, facts, report }) {
    const address = nonEmptyAttr(child(root, 'mac'), 'address');
    const octets = address && parseLibvirtMac(address.value);
    if (!address || !octets || !isMulticastMac(octets)) return;
    const m = /^[0-9a-fA-F]{1,2}/.exec(address.value);
    const fixes = m
      ? [
          {
            title: 'Clear the multicast bit',
            edits: [replaceValue(address, (octets[0] & 0xfe).toString(16).padStart(m[0].length, '0') + address.value.slice(m[0].length))],
          },
        ]
      : [];
    report(address, `Invalid multicast bridge mac address '${address.value}' in network '${facts.name}'`, 'the first octet must be even, e.g. 52:54:00:xx:xx:xx', fixes);
  },
};
