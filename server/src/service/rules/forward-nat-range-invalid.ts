import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { libvirtRangeProblems, parseAddress } from '../ip';
import { replaceValue } from './fix-edits';

export const forwardNatRangeInvalid: Rule = {
  id: 'forward-nat-range-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-9'],
  description: '<nat><address> start must not be after end, and both must share their first two octets.',
  elements: ['nat'],
  check({ facts, report }) {
    const nat = facts.forward && child(facts.forward, 'nat');
    const address = nat && child(nat, 'address');
    const start = address && attr(address, 'start');
    const end = address && attr(address, 'end');
    if (!address || !start || !end) return;
    const s = parseAddress(start.value);
    const e = parseAddress(end.value);
    if (s?.family !== 'ipv4' || e?.family !== 'ipv4') return;
    // virSocketAddrGetRange without a network: "too large" (first two octets differ) wins over "reversed".
    const problems = libvirtRangeProblems(s, e);
    if (problems.includes('too-large')) {
      report(address, `internal error: range ${s.text} - ${e.text} is too large (> 65535)`, 'start and end must lie in the same /16 (first two octets equal)');
    } else if (problems.includes('reversed')) {
      report(address, `internal error: range ${s.text} - ${e.text} is reversed `, 'start must not be after end', [
        { title: 'Swap start and end', edits: [replaceValue(start, end.value), replaceValue(end, start.value)] },
      ]);
    }
  },
};
