import { attr } from '../xml';
import { parseLibvirtUInt } from '../ip';
import type { Rule } from '../rule';
import { bandwidthElements, fix } from './devices-support';
import { removeAttribute } from './fix-edits';

export const bandwidthClassidNotAllowed: Rule = {
  id: 'bandwidth-classid-not-allowed',
  severity: 'error',
  layer: 'parse',
  spec: ['BW-1'],
  description: '<bandwidth classID> is set by libvirt itself and is not allowed in a network or portgroup.',
  elements: ['bandwidth'],
  check({ root, xml, report }) {
    for (const { bandwidth } of bandwidthElements(root)) {
      const classID = attr(bandwidth, 'classID');
      if (!classID) continue;
      const fixes = [fix('Remove classID=', removeAttribute(xml.text, classID))];
      if (parseLibvirtUInt(classID.value) === undefined) {
        report(classID, `Invalid value for attribute 'classID' in element 'bandwidth': '${classID.value}'. Expected non-negative integer value`, 'remove classID: libvirt assigns class IDs itself', fixes);
      } else {
        report(classID, 'classID attribute not supported on <bandwidth> in this usage context', 'remove classID: libvirt assigns class IDs itself (it only appears in the live status XML)', fixes);
      }
    }
  },
};
