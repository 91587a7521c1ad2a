import { attr, attrValue, child } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const dhcpBootpServerInvalid: Rule = {
  id: 'dhcp-bootp-server-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-14'],
  description: '<bootp server> must be a numeric address (the schema allows a host name, the parser does not).',
  elements: ['bootp'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const bootp = ip.dhcp && child(ip.dhcp, 'bootp');
      const server = bootp && attr(bootp, 'server');
      if (!server || parseAddress(server.value) || parseAddress(attrValue(ip.element, 'address') ?? '')?.family !== 'ipv4') continue;
      report(server, `Cannot parse socket address '${server.value}': Name or service not known`, "give the TFTP server's numeric address; host names are not resolved");
    }
  },
};
