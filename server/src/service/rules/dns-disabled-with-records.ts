import { attr } from '../xml';
import type { Rule } from '../rule';
import { firstDns, fix } from './devices-support';
import { removeAttribute, removeElement } from './fix-edits';

const RECORDS = new Set(['forwarder', 'host', 'srv', 'txt']);

export const dnsDisabledWithRecords: Rule = {
  id: 'dns-disabled-with-records',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-20'],
  description: "<dns enable='no'> may not contain forwarders, hosts, SRV or TXT records.",
  elements: ['forwarder', 'host', 'srv', 'txt'],
  check({ root, xml, facts, report }) {
    const dns = firstDns(root);
    const enable = dns && attr(dns, 'enable');
    if (!dns || !enable || enable.value !== 'no') return;
    const records = dns.children.filter((c) => RECORDS.has(c.name));
    if (records.length === 0) return;
    report(
      records[0],
      `Extra data in disabled network '${facts.name}'`,
      "with enable='no' libvirt runs no DNS server for this network: remove the records, or remove enable='no'",
      [
        fix("Remove enable='no' (turn DNS on)", removeAttribute(xml.text, enable)),
        fix('Remove the DNS records', ...records.map((r) => removeElement(xml.text, r))),
      ],
    );
  },
};
