import { attr, type XmlAttribute, type XmlElement } from '../xml';
import { libvirtRangeProblems, parseAddress, type LibvirtIpDef, type ParsedAddress, type RangeProblem } from '../ip';
import type { IpFacts } from '../facts';

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

const cache = new WeakMap<XmlElement, IpRanges>();

/** The DHCP ranges of an `<ip>`, read once per document and shared by the dhcp-range rules. */
export function readRanges(ip: IpFacts): IpRanges {
  const cached = cache.get(ip.element);
  if (cached) return cached;
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
  const result = { def, ranges };
  cache.set(ip.element, result);
  return result;
}
