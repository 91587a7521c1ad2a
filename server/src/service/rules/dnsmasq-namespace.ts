import type { XmlElement } from '../xml';
import { hasLocalName, namespaceOf } from '../model-match';

export const DNSMASQ_NAMESPACE = 'http://libvirt.org/schemas/network/dnsmasq/1.0';

/** `./dnsmasq:options/dnsmasq:option`, matched by namespace URI as libvirt's XPath does. */
export function dnsmasqOptionElements(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (let i = 0; i < root.children.length; i++) {
    const options = root.children[i];
    if (!isDnsmasq(options, 'options')) continue;
    for (let j = 0; j < options.children.length; j++) if (isDnsmasq(options.children[j], 'option')) found.push(options.children[j]);
  }
  return found;
}

/** Whether the element is `local` (after any prefix) in the dnsmasq namespace: the cheap name test first. */
function isDnsmasq(element: XmlElement, local: string): boolean {
  return hasLocalName(element.name, local) && namespaceOf(element) === DNSMASQ_NAMESPACE;
}
