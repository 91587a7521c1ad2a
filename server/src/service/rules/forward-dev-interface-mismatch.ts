import { attr } from '../xml';
import type { Rule } from '../rule';
import { removeAttribute, replaceValue } from './fix-edits';
import { forwardPool } from './libvirt-values';

export const forwardDevInterfaceMismatch: Rule = {
  id: 'forward-dev-interface-mismatch',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-15'],
  description: '<forward dev> must name the same device as the first <interface>.',
  elements: ['interface'],
  check({ facts, xml, report }) {
    if (!facts.forward) return;
    const { dev, interfaces } = forwardPool(facts.forward);
    const first = interfaces[0] && attr(interfaces[0], 'dev');
    if (!dev || !first || first.value === dev.value) return;
    report(
      dev,
      `<forward dev='${dev.value}'> must match first <interface dev='${first.value}'/> in network ${facts.name}`,
      'with an <interface> list, dev is redundant: remove it or make it the first interface',
      [
        { title: 'Remove dev', edits: [removeAttribute(xml.text, dev)] },
        { title: `Change dev to '${first.value}'`, edits: [replaceValue(dev, first.value)] },
      ],
    );
  },
};
