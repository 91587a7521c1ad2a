import { child } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { replaceValue } from './fix-edits';
import { parseLibvirtMac } from '../ip';
import { nonEmptyAttr } from './libvirt-values';

export const macAddressInvalid: Rule = {
  id: 'mac-address-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['BR-5'],
  description: '<mac address> must be six hex octets separated by colons.',
  elements: ['mac'],
  check({ root, facts, report }) {
    const address = nonEmptyAttr(child(root, 'mac'), 'address');
    if (!address || parseLibvirtMac(address.value)) return;
    const fixes: QuickFix[] = [];
    const colons = address.value.trim().replace(/[-.]/g, ':');
    if (colons !== address.value && parseLibvirtMac(colons)) fixes.push({ title: `Change to '${colons}'`, edits: [replaceValue(address, colons)] });
    report(address, `Invalid bridge mac address '${address.value}' in network '${facts.name}'`, 'write it as 52:54:00:xx:xx:xx (six hex octets, colon separated)', fixes);
  },
};
