import { attr } from '../xml';
import type { Rule } from '../rule';
import { addAttribute } from './fix-edits';
import { forwardPool } from './libvirt-values';

export const forwardAddressTypeMissing: Rule = {
  id: 'forward-address-type-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-17'],
  description: "<forward><address> needs type='pci'.",
  elements: ['address'],
  check({ facts, xml, report }) {
    if (!facts.forward) return;
    const pool = forwardPool(facts.forward);
    // With an interface list the addresses are dropped unread (FW-22).
    if (pool.kind !== 'addresses') return;
    for (const address of pool.addresses) {
      if (attr(address, 'type')) continue;
      report(address, `missing address type in network ${facts.name}`, "add type='pci' (the only type a device pool supports)", [
        { title: "Add type='pci'", edits: [addAttribute(address, 'type', 'pci', xml.text)] },
      ]);
    }
  },
};
