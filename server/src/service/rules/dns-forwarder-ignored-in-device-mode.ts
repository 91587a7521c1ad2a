import { child, children } from '../xml';
import type { Rule } from '../rule';
import { forwardModeOf, HOST_DEVICE_MODES, removeElementFix } from './network-runtime';

/**
 * §6.23 / V-5: in the modes without a libvirt bridge no dnsmasq runs; networkValidate refuses
 * DNS records but silently accepts and ignores `<forwarder>`s.
 */
export const dnsForwarderIgnoredInDeviceMode: Rule = {
  id: 'dns-forwarder-ignored-in-device-mode',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.23', 'V-5'],
  description: 'DNS <forwarder>s in forward modes bridge, private, vepa, passthrough and hostdev are silently ignored.',
  elements: ['forwarder'],
  check({ root, facts, xml, report }) {
    const mode = forwardModeOf(facts);
    if (!HOST_DEVICE_MODES.includes(mode)) return;
    const dns = child(root, 'dns');
    if (!dns) return;
    for (const forwarder of children(dns, 'forwarder')) {
      report(forwarder, `<forwarder> is ignored in network ${facts.name} with forward mode='${mode}'`, 'libvirt runs no DNS server for this mode: guests use the DNS of the network they are bridged to', [removeElementFix(xml.text, forwarder)]);
    }
  },
};
