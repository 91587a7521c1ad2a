import { attr, type XmlAttribute, type XmlElement } from '../xml';
import { libvirtRangeProblems, parseAddress, type LibvirtIpDef, type ParsedAddress, type RangeProblem } from '../ip';
import type { IpFacts } from '../facts';
import { memoizedOn } from '../memo';

/** One `<range>` whose start and end parse, with what virSocketAddrGetRange says about it. */
export interface ReadRange {
  element: XmlElement;
  startAttr: XmlAttribute;
  endAttr: XmlAttribute;
  start: ParsedAddress;
  end: ParsedAddress;
  problems: RangeProblem[];
}

export interface IpRanges {
  /** The `<ip>` as libvirt reads it; undefined when its own attributes are rejected. */
  def: LibvirtIpDef | undefined;
  /** Ranges with both ends present and parseable (the others are dhcp-range-attribute-missing / -address-invalid). */
  ranges: ReadRange[];
}

/** The DHCP ranges of an `<ip>`, read once per document and shared by the dhcp-range rules. */
export const readRanges: (ip: IpFacts) => IpRanges = memoizedOn(readIpRanges);

function readIpRanges(ip: IpFacts): IpRanges {
  const def = ip.libvirtDef;
  const ranges: ReadRange[] = [];
  for (const element of ip.ranges) {
    const startAttr = attr(element, 'start');
    const endAttr = attr(element, 'end');
    const start = startAttr && parseAddress(startAttr.value);
    const end = endAttr && parseAddress(endAttr.value);
    if (!startAttr || !endAttr || !start || !end) continue;
    ranges.push({ element, startAttr, endAttr, start, end, problems: libvirtRangeProblems(start, end, def) });
  }
  return { def, ranges };
}
