import type { Rule } from '../rule';
import { bandwidthElements, fix, RATE_ATTRIBUTES, rateAttribute } from './devices-support';
import { removeAttribute } from './fix-edits';

export const bandwidthFloorNotAllowed: Rule = {
  id: 'bandwidth-floor-not-allowed',
  severity: 'error',
  layer: 'parse',
  spec: ['BW-4'],
  description: "'floor' is a per-guest guarantee: it is not allowed in a network's or portgroup's <bandwidth> (not even floor='0').",
  elements: ['bandwidth'],
  check({ root, xml, report }) {
    for (const { rates } of bandwidthElements(root)) {
      for (const rate of rates) {
        const [average, peak, burst, floor] = RATE_ATTRIBUTES.map((name) => rateAttribute(rate, name));
        if (!floor || [average, peak, burst, floor].some((p) => p && !p.valid)) continue;
        // 'peak'/'burst' without 'average' is reported first by libvirt.
        if (!average && (peak || burst)) continue;
        report(
          floor.attribute,
          'unsupported configuration: floor attribute is not supported for this config',
          "floor belongs in a guest <interface>'s <bandwidth><inbound>; the network's inbound average is what guests' floors share",
          [fix('Remove floor=', removeAttribute(xml.text, floor.attribute))],
        );
      }
    }
  },
};
