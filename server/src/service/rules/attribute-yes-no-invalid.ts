import { attr, child, children, type XmlAttribute, type XmlElement } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { replaceValue } from './fix-edits';
import { firstForward } from './libvirt-values';

/**
 * Attributes libvirt reads with virXMLPropTristateBool: only 'yes' or 'no' (case-sensitive; an
 * empty value is an error too). dns/@enable, dns/@forwardPlainNames (DNS-1) and port/@isolated
 * (PO-1) are the same check, left to their sections' rules.
 */
function tristateAttributes(root: XmlElement): { element: XmlElement; attribute: XmlAttribute }[] {
  const found: { element: XmlElement; attribute: XmlAttribute }[] = [];
  const add = (element: XmlElement | undefined, name: string): void => {
    const a = element && attr(element, name);
    if (element && a) found.push({ element, attribute: a });
  };
  add(root, 'trustGuestRxFilters');
  const domain = child(root, 'domain');
  add(domain, 'localOnly');
  add(domain, 'register');
  for (const ip of children(root, 'ip')) add(ip, 'localPtr');
  for (const pg of children(root, 'portgroup')) add(pg, 'trustGuestRxFilters');
  const forward = firstForward(root);
  for (const nat of forward ? children(forward, 'nat') : []) add(nat, 'ipv6');
  return found.sort((a, b) => a.attribute.range.start - b.attribute.range.start);
}

export const attributeYesNoInvalid: Rule = {
  id: 'attribute-yes-no-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-7'],
  description: "trustGuestRxFilters, domain localOnly/register, ip localPtr and nat ipv6 take exactly 'yes' or 'no'.",
  check({ root, report }) {
    for (const { element, attribute } of tristateAttributes(root)) {
      if (attribute.value === 'yes' || attribute.value === 'no') continue;
      const fixes: QuickFix[] = ['yes', 'no'].map((v) => ({ title: `Change to '${v}'`, edits: [replaceValue(attribute, v)] }));
      report(
        attribute,
        `Invalid value for attribute '${attribute.name}' in element '${element.name}': '${attribute.value}'.`,
        "use 'yes' or 'no' (lower case), or leave the attribute out for the default",
        fixes,
      );
    }
  },
};
