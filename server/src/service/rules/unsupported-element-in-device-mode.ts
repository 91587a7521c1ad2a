import { child, children } from '../xml';
import type { Rule } from '../rule';
import { forwardModeOf, HOST_DEVICE_MODES, nonEmptyAttr, removeElementFix } from './network-runtime';

/**
 * networkValidate (V-3..V-6): in the modes that hand guests a host device or an existing bridge,
 * libvirt configures nothing on the host side, so it refuses a bridge MAC, addresses, DNS
 * records and a DNS domain. DNS forwarders and `enable` are not counted (they are ignored).
 */
export const unsupportedElementInDeviceMode: Rule = {
  id: 'unsupported-element-in-device-mode',
  severity: 'error',
  layer: 'validate',
  spec: ['V-3', 'V-4', 'V-5', 'V-6'],
  description: 'Forward modes bridge, private, vepa, passthrough and hostdev take no <mac>, <ip>, DNS records or <domain>.',
  elements: ['forward'],
  check({ root, facts, xml, report }) {
    const mode = forwardModeOf(facts);
    if (!HOST_DEVICE_MODES.includes(mode)) return;
    const where = `in network ${facts.name} with forward mode='${mode}'`;
    const why = `forward mode '${mode}' attaches guests to host devices; libvirt configures no addresses or DNS for it`;

    const mac = child(root, 'mac');
    if (mac && nonEmptyAttr(mac, 'address')) {
      report(mac, `unsupported configuration: Unsupported <mac> element ${where}`, `${why}: remove <mac>`, [removeElementFix(xml.text, mac)]);
    }
    for (const ip of children(root, 'ip')) {
      report(ip, `unsupported configuration: Unsupported <ip> element ${where}`, `${why}: remove <ip> (or use forward mode nat, route or open for a libvirt-managed subnet)`, [removeElementFix(xml.text, ip)]);
    }
    const dns = child(root, 'dns');
    if (dns && ['txt', 'host', 'srv'].some((record) => children(dns, record).length > 0)) {
      report(dns, `unsupported configuration: Unsupported <dns> element ${where}`, `${why}: remove the <txt>, <host> and <srv> records`);
    }
    const domain = child(root, 'domain');
    if (domain && nonEmptyAttr(domain, 'name')) {
      report(domain, `unsupported configuration: Unsupported <domain> element ${where}`, `${why}: remove <domain>`, [removeElementFix(xml.text, domain)]);
    }
  },
};
