import { attr } from '../xml';
import type { Rule } from '../rule';
import { replaceValue } from './fix-edits';
import { forwardPool } from './libvirt-values';

/** virNetworkForwardHostdevDevice enum; only 'pci' can be parsed into a pool entry. */
const KNOWN_TYPES = ['none', 'pci', 'netdev'];

export const forwardAddressTypeInvalid: Rule = {
  id: 'forward-address-type-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-18', 'FW-19'],
  description: "<forward><address type> must be 'pci'.",
  elements: ['address'],
  check({ facts, report }) {
    if (!facts.forward) return;
    const pool = forwardPool(facts.forward);
    if (pool.kind !== 'addresses') return;
    for (const address of pool.addresses) {
      const type = attr(address, 'type');
      if (!type || type.value === 'pci') continue;
      const message = KNOWN_TYPES.includes(type.value)
        ? `unsupported address type '${type.value}' in network ${facts.name}`
        : `unsupported configuration: unknown address type '${type.value}' in network ${facts.name}`;
      report(type, message, "only PCI addresses can be listed: type='pci'; name netdevs with <interface dev='…'/>", [
        { title: "Change to 'pci'", edits: [replaceValue(type, 'pci')] },
      ]);
    }
  },
};
