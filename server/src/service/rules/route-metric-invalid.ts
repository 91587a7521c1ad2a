import { children } from '../xml';
import { parseLibvirtUInt } from '../ip';
import type { Rule } from '../rule';
import { fix, routeAttributes } from './devices-support';
import { removeAttribute } from './fix-edits';

export const routeMetricInvalid: Rule = {
  id: 'route-metric-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-1'],
  description: 'A <route> metric must be a positive number.',
  elements: ['route'],
  check({ root, xml, report }) {
    for (const route of children(root, 'route')) {
      const { metric } = routeAttributes(route);
      if (!metric) continue;
      const value = parseLibvirtUInt(metric.value);
      if (value === undefined) {
        report(metric, `Invalid value for attribute 'metric' in element 'route': '${metric.value}'. Expected non-negative integer value`, 'metric is a positive decimal number (1 is the default)');
      } else if (value === 0) {
        report(metric, "Invalid value for attribute 'metric' in element 'route': Zero is not permitted", 'use 1 or more, or leave metric out (the default is 1)', [
          fix('Remove metric=', removeAttribute(xml.text, metric)),
        ]);
      }
    }
  },
};
