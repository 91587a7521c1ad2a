import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns, fix } from './devices-support';
import { replaceValue } from './fix-edits';

/** PROTOCOL_CHARS in network_conf.c. */
const PROTOCOL_CHARS = /^[A-Za-z0-9\-+/]*$/;

export const dnsSrvProtocolInvalidChar: Rule = {
  id: 'dns-srv-protocol-invalid-char',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-12'],
  description: 'A DNS SRV protocol may only contain letters, digits and - + /.',
  elements: ['srv'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const srv of children(dns, 'srv')) {
      const protocol = attr(srv, 'protocol');
      if (!protocol || PROTOCOL_CHARS.test(protocol.value)) continue;
      const stripped = protocol.value.replace(/^_+/, '').trim().toLowerCase();
      const fixes = stripped === 'tcp' || stripped === 'udp' ? [fix(`Change to '${stripped}'`, replaceValue(protocol, stripped))] : [];
      report(
        protocol,
        `invalid character in protocol attribute '${protocol.value}' in DNS SRV record of network '${facts.name}'`,
        "write the protocol without the leading '_', e.g. protocol='tcp'",
        fixes,
      );
    }
  },
};
