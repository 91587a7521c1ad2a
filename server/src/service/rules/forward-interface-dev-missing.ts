import { attr, type XmlElement } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { addAttribute } from './fix-edits';
import { forwardPool } from './libvirt-values';

export const forwardInterfaceDevMissing: Rule = {
  id: 'forward-interface-dev-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-14'],
  description: '<forward><interface> needs a dev attribute.',
  elements: ['interface'],
  check({ facts, xml, report }) {
    if (!facts.forward) return;
    const { dev, interfaces } = forwardPool(facts.forward);
    interfaces.forEach((iface: XmlElement, i) => {
      if (attr(iface, 'dev')) return;
      const fixes: QuickFix[] = i === 0 && dev ? [{ title: `Add dev='${dev.value}'`, edits: [addAttribute(iface, 'dev', dev.value, xml.text)] }] : [];
      report(iface, `Missing required dev attribute in <forward> <interface> element of network ${facts.name}`, "name the host interface, e.g. <interface dev='eth0'/>", fixes);
    });
  },
};
