import { attr, attrValue, child } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const dhcpBootpFileMissing: Rule = {
  id: 'dhcp-bootp-file-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-13'],
  description: '<bootp> needs a file (libvirt 11.x; 9.0 silently ignored such a <bootp>).',
  elements: ['bootp'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      // Only the first <bootp> of an IPv4 <ip> is read.
      const bootp = ip.dhcp && child(ip.dhcp, 'bootp');
      if (!bootp || attr(bootp, 'file') || parseAddress(attrValue(ip.element, 'address') ?? '')?.family !== 'ipv4') continue;
      report(bootp, "Missing required attribute 'file' in element 'bootp'", "name the boot file guests should load, e.g. file='pxelinux.0'");
    }
  },
};
