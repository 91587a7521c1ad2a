import type { Rule } from '../rule';
import { bandwidthElements, RATE_ATTRIBUTES, rateAttribute } from './devices-support';

export const bandwidthPeakWithoutAverage: Rule = {
  id: 'bandwidth-peak-without-average',
  severity: 'error',
  layer: 'parse',
  spec: ['BW-3'],
  description: "Bandwidth 'peak' and 'burst' need 'average'.",
  elements: ['bandwidth'],
  check({ root, report }) {
    for (const { rates } of bandwidthElements(root)) {
      for (const rate of rates) {
        const [average, peak, burst, floor] = RATE_ATTRIBUTES.map((name) => rateAttribute(rate, name));
        if ([average, peak, burst, floor].some((p) => p && !p.valid)) continue;
        // Without average and floor libvirt reports bandwidth-average-missing first.
        if (average || !floor) continue;
        for (const p of [peak, burst]) {
          if (!p) continue;
          report(p.attribute, "unsupported configuration: 'peak' and 'burst' require 'average' attribute", `add average='KiB/s' to <${rate.name}>`);
        }
      }
    }
  },
};
