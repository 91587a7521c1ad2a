import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

/** SERVICE_CHARS in network_conf.c: no '.', which separates the labels of the SRV name. */
const SERVICE_CHARS = /^[A-Za-z0-9_\-+/*]*$/;

export const dnsSrvServiceInvalidChar: Rule = {
  id: 'dns-srv-service-invalid-char',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-10'],
  description: "A DNS SRV service may only contain letters, digits and _ - + / * (no '.').",
  elements: ['srv'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const srv of children(dns, 'srv')) {
      const service = attr(srv, 'service');
      if (!service || SERVICE_CHARS.test(service.value)) continue;
      const bad = [...service.value].find((c) => !SERVICE_CHARS.test(c)) ?? '';
      report(
        service,
        `invalid character in service attribute '${service.value}' in DNS SRV record of network '${facts.name}'`,
        `'${bad}' is not allowed: use only letters, digits and _ - + / * (write the service without the leading '_'; the domain goes in domain=)`,
      );
    }
  },
};
