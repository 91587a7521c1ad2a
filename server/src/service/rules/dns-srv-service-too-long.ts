import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';
import { utf8Length } from '../utf8';

/** DNS_RECORD_LENGTH_SRV (network_conf.h): 512 - 30. */
const MAX_SERVICE_BYTES = 482;

export const dnsSrvServiceTooLong: Rule = {
  id: 'dns-srv-service-too-long',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-9'],
  description: 'A DNS SRV service name is limited to 482 bytes.',
  elements: ['srv'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const srv of children(dns, 'srv')) {
      const service = attr(srv, 'service');
      if (!service) continue;
      const length = utf8Length(service.value);
      if (length <= MAX_SERVICE_BYTES) continue;
      report(
        service,
        `service attribute '${service.value}' in network '${facts.name}' is too long, limit is ${MAX_SERVICE_BYTES} bytes`,
        `shorten the service name (it has ${length} bytes)`,
      );
    }
  },
};
