import type { Rule } from '../rule';
import { bandwidthElements, RATE_ATTRIBUTES, rateAttribute } from './devices-support';

export const bandwidthAverageMissing: Rule = {
  id: 'bandwidth-average-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['BW-2'],
  description: '<inbound>/<outbound> need an average (or floor) attribute.',
  elements: ['bandwidth'],
  check({ root, report }) {
    for (const { rates } of bandwidthElements(root)) {
      for (const rate of rates) {
        const parsed = RATE_ATTRIBUTES.map((name) => rateAttribute(rate, name));
        // An unparsable value is bandwidth-value-invalid's error, reported first by libvirt.
        if (parsed.some((p) => p && !p.valid)) continue;
        const [average, , , floor] = parsed;
        if (average || floor) continue;
        report(rate, 'Missing mandatory average or floor attributes', `add average='KiB/s' to <${rate.name}>`);
      }
    }
  },
};
