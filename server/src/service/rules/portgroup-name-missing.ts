import { children } from '../xml';
import type { Rule } from '../rule';
import { nonEmpty } from './devices-support';

export const portgroupNameMissing: Rule = {
  id: 'portgroup-name-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['PG-1'],
  description: "A <portgroup> needs a non-empty name.",
  elements: ['portgroup'],
  check({ root, report }) {
    for (const portgroup of children(root, 'portgroup')) {
      if (nonEmpty(portgroup, 'name')) continue;
      report(portgroup, 'Missing required name attribute in portgroup', "add name='NAME': guests select the portgroup with <source network='…' portgroup='NAME'/>");
    }
  },
};
