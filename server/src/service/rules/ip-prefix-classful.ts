import { attr, attrValue, type XmlElement } from '../xml';
import { formatSubnet, subnetOf } from '../ip';
import type { QuickFix, Rule, TextEdit } from '../rule';

function setPrefix(text: string, element: XmlElement, value: number): TextEdit {
  const prefix = attr(element, 'prefix');
  if (prefix) return { range: prefix.valueRange, newText: String(value) };
  const last = element.attributes[element.attributes.length - 1];
  const at = last ? last.range.end : element.nameRange.end;
  const quote = last ? text[last.valueRange.start - 1] : "'";
  return { range: { start: at, end: at }, newText: ` prefix=${quote}${value}${quote}` };
}

export const ipPrefixClassful: Rule = {
  id: 'ip-prefix-classful',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.23'],
  description: "An <ip> without prefix or netmask (or with prefix='0', which means unset) gets libvirt's default: classful for IPv4 (10.x is /8), /64 for IPv6.",
  elements: ['ip'],
  check({ facts, xml, report }) {
    for (const ip of facts.ips) {
      const def = ip.libvirtDef;
      if (!def || def.prefixAttr !== 0 || def.netmask || def.prefix < 0) continue;
      const prefixAttr = attr(ip.element, 'prefix');
      // IPv6 without a prefix gets /64, which is what everyone means: only prefix='0' is suspicious.
      if (def.family === 'ipv6' && !prefixAttr) continue;
      const subnet = formatSubnet(subnetOf(def.address.addr, def.prefix));
      const address = attrValue(ip.element, 'address') ?? '';
      const what = prefixAttr ? `prefix='${prefixAttr.value}' means no prefix: ` : 'no prefix or netmask: ';
      const kind = def.family === 'ipv4' ? 'classful prefix' : 'default prefix';
      const fixes: QuickFix[] = [{ title: `Set prefix='${def.prefix}' (what libvirt uses now)`, edits: [setPrefix(xml.text, ip.element, def.prefix)] }];
      if (def.family === 'ipv4' && def.prefix !== 24) fixes.push({ title: "Set prefix='24'", edits: [setPrefix(xml.text, ip.element, 24)] });
      report(
        prefixAttr ?? ip.element,
        `<ip address='${address}'> in network '${facts.name}' has ${what}libvirt uses the ${kind} /${def.prefix} (${subnet})`,
        `write the prefix you mean, e.g. prefix='${def.family === 'ipv4' ? 24 : 64}'`,
        fixes,
      );
    }
  },
};
