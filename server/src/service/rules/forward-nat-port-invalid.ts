import { attr, child } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { addAttribute, replaceValue } from './fix-edits';
import { parseLibvirtUInt } from '../ip';

const MAX_PORT = 65535;

function port(value: string | undefined): number | undefined {
  // virXPathUInt on string(./port[1]/@x): an empty or absent attribute is "missing".
  if (value === undefined || value === '') return undefined;
  const n = parseLibvirtUInt(value);
  return n !== undefined && n <= MAX_PORT ? n : undefined;
}

export const forwardNatPortInvalid: Rule = {
  id: 'forward-nat-port-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-11', 'FW-12'],
  description: '<nat><port> needs numeric start and end, at most 65535, with start <= end.',
  elements: ['nat'],
  check({ facts, xml, report }) {
    const nat = facts.forward && child(facts.forward, 'nat');
    const element = nat && child(nat, 'port');
    if (!element) return;
    const startAttr = attr(element, 'start');
    const endAttr = attr(element, 'end');
    const start = port(startAttr?.value);
    const end = port(endAttr?.value);
    const where = `in <port> in <nat> in <forward> in network ${facts.name}`;
    if (start === undefined) {
      const fixes: QuickFix[] = startAttr ? [] : [{ title: "Add start='1024'", edits: [addAttribute(element, 'start', '1024', xml.text)] }];
      report(startAttr ?? element, `Missing or invalid 'start' attribute ${where}`, 'give a port number from 0 to 65535 (libvirt uses 1024-65535 by default)', fixes);
    }
    if (end === undefined) {
      const fixes: QuickFix[] = endAttr ? [] : [{ title: "Add end='65535'", edits: [addAttribute(element, 'end', '65535', xml.text)] }];
      report(endAttr ?? element, `Missing or invalid 'end' attribute ${where}`, 'give a port number from 0 to 65535, not below start', fixes);
    } else if (start !== undefined && end < start && startAttr && endAttr) {
      report(endAttr, `Missing or invalid 'end' attribute ${where}`, `end (${end}) is below start (${start})`, [
        { title: 'Swap start and end', edits: [replaceValue(startAttr, endAttr.value), replaceValue(endAttr, startAttr.value)] },
      ]);
    }
  },
};
