import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { forwardModeOf, replaceAttrValue } from './network-runtime';
import { parseLibvirtUInt } from '../ip';

/** §6.5: a NAT port range starting at 0 is accepted (FW-11) but port 0 is not a usable source port (the schema's minimum is 1). */
export const natPortStartZero: Rule = {
  id: 'nat-port-start-zero',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.5', 'FW-11'],
  description: 'A NAT <port start="0"> range (port 0 is no usable source port).',
  elements: ['port'],
  check({ facts, report }) {
    const forward = facts.forward;
    if (!forward || forwardModeOf(facts) !== 'nat') return;
    const nat = child(forward, 'nat');
    const port = nat && child(nat, 'port');
    const start = port && attr(port, 'start');
    const end = port && attr(port, 'end');
    if (!start || !end || parseLibvirtUInt(start.value) !== 0) return;
    const endValue = parseLibvirtUInt(end.value);
    // 0-0 means "the default range" (1024-65535).
    if (endValue === undefined || endValue === 0) return;
    const newStart = endValue > 1024 ? '1024' : '1';
    const fixes = endValue > 1 ? [{ title: `Start the range at ${newStart}`, edits: [replaceAttrValue(start, newStart)] }] : [];
    report(start, `NAT port range 0-${endValue} starts at port 0`, 'port 0 is not a usable source port (the schema requires 1..65535): start at 1 or above, e.g. 1024', fixes);
  },
};
