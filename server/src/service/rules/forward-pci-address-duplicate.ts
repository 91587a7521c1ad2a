import { attr } from '../xml';
import type { Rule } from '../rule';
import { removeElement } from './fix-edits';
import { forwardPool } from './libvirt-values';
import { parsePciAddress } from './forward-pci-address-invalid';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

export const forwardPciAddressDuplicate: Rule = {
  id: 'forward-pci-address-duplicate',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-21'],
  description: 'Each PCI address of a <forward> device pool may be listed only once.',
  elements: ['address'],
  check({ facts, xml, report }) {
    if (!facts.forward) return;
    const pool = forwardPool(facts.forward);
    if (pool.kind !== 'addresses') return;
    const seen = new Set<string>();
    for (const address of pool.addresses) {
      if (attr(address, 'type')?.value !== 'pci') continue;
      const pci = parsePciAddress(address);
      if (!pci) continue;
      const key = `${hex(pci.domain, 4)}:${hex(pci.bus, 2)}:${hex(pci.slot, 2)}.${pci.function.toString(16)}`;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      report(address, `PCI device '${key}' can only be listed once in network ${facts.name}`, 'remove the repeated <address>', [
        { title: 'Remove this <address>', edits: [removeElement(xml.text, address)] },
      ]);
    }
  },
};
