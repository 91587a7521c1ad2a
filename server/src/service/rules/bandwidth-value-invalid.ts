import type { Rule } from '../rule';
import { bandwidthElements, RATE_ATTRIBUTES, rateAttribute } from './devices-support';

export const bandwidthValueInvalid: Rule = {
  id: 'bandwidth-value-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['BW-2'],
  description: 'Bandwidth average, peak, burst and floor are non-negative decimal integers.',
  elements: ['bandwidth'],
  check({ root, report }) {
    for (const { rates } of bandwidthElements(root)) {
      for (const rate of rates) {
        for (const name of RATE_ATTRIBUTES) {
          const a = rateAttribute(rate, name);
          if (!a || a.valid) continue;
          report(
            a.attribute,
            `Invalid value for attribute '${name}' in element '${rate.name}': '${a.attribute.value}'. Expected non-negative integer value`,
            `${name} is a plain decimal number in ${name === 'burst' ? 'kibibytes' : 'kibibytes per second'}, without a unit`,
          );
        }
      }
    }
  },
};
