import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { addAttribute } from './fix-edits';

export const forwardNatAddressIncomplete: Rule = {
  id: 'forward-nat-address-incomplete',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-7'],
  description: '<nat><address> needs both start and end.',
  elements: ['nat'],
  check({ facts, xml, report }) {
    const nat = facts.forward && child(facts.forward, 'nat');
    const address = nat && child(nat, 'address');
    if (!address) return;
    const start = attr(address, 'start');
    const end = attr(address, 'end');
    for (const [missing, other] of [
      ['start', end],
      ['end', start],
    ] as const) {
      if (attr(address, missing)) continue;
      report(
        address,
        `missing '${missing}' attribute in <address> element in <nat> in <forward> in network ${facts.name}`,
        `add ${missing}='…' (for a single address, start and end are equal)`,
        other && other.value !== '' ? [{ title: `Add ${missing}='${other.value}'`, edits: [addAttribute(address, missing, other.value, xml.text)] }] : [],
      );
    }
  },
};
