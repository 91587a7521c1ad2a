import { attr, child } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { removeAttribute, replaceValue } from './fix-edits';

export const FORWARD_DRIVER_NAMES = ['kvm', 'vfio', 'xen'];

export const forwardDriverNameInvalid: Rule = {
  id: 'forward-driver-name-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-3'],
  description: "<forward><driver name> must be 'kvm', 'vfio' or 'xen' (libvirt ≥ 10.0).",
  elements: ['driver'],
  check({ facts, xml, report }) {
    const driver = facts.forward && child(facts.forward, 'driver');
    const name = driver && attr(driver, 'name');
    if (!name || FORWARD_DRIVER_NAMES.includes(name.value)) return;
    const fixes: QuickFix[] =
      name.value === 'default'
        ? [{ title: "Remove name='default' (same meaning)", edits: [removeAttribute(xml.text, name)] }]
        : [{ title: "Change to 'vfio'", edits: [replaceValue(name, 'vfio')] }];
    report(
      name,
      `Invalid value for attribute 'name' in element 'driver': '${name.value}'.`,
      "use 'vfio' (or 'kvm', 'xen'), or leave name out to let libvirt choose",
      fixes,
    );
  },
};
