import { children, type XmlElement } from '../xml';
import type { Rule } from '../rule';
import { editDistance } from '../edit-distance';

/** Root elements of libvirt's other XML formats: never taken for a network. */
const OTHER_LIBVIRT_ROOTS = new Set(['domain', 'pool', 'volume', 'interface', 'secret', 'filter', 'filterbinding', 'device', 'networkport', 'domainsnapshot', 'domaincheckpoint', 'capabilities', 'domainCapabilities', 'storagepoolCapabilities', 'domainbackup']);

/** Children only a network definition has at its top level (a domain or pool has none of them). */
const NETWORK_ONLY_CHILDREN = new Set(['bridge', 'forward', 'ip', 'dns', 'route', 'portgroup', 'mtu', 'dnsmasq:options']);

/**
 * A root element that is not `<network>` but is meant to be one: a misspelt or miscased
 * `<network>`, or a root holding a `<name>` and something only networks have. libvirt's other
 * formats (domains, pools, interfaces, ...) and unrelated XML are left alone.
 */
export function looksLikeNetwork(root: XmlElement): boolean {
  if (root.name === 'network') return true;
  if (OTHER_LIBVIRT_ROOTS.has(root.name)) return false;
  const lower = root.name.toLowerCase();
  if (lower === 'network' || lower === 'net' || (lower.length >= 5 && editDistance(lower, 'network') <= 2)) return true;
  return children(root, 'name').length > 0 && root.children.some((c) => NETWORK_ONLY_CHILDREN.has(c.name));
}

/**
 * L0 (virXMLParse): the document's root element must be `<network>`; libvirt reads nothing
 * else. Only run on documents whose root is something else (validateText decides).
 */
export const rootNotNetwork: Rule = {
  id: 'root-not-network',
  severity: 'error',
  layer: 'parse',
  spec: ['§2 L0'],
  description: "The root element must be <network> (a misspelt root makes net-define fail before anything else is read).",
  check({ root, report }) {
    if (root.name === 'network') return;
    report(
      { start: root.nameRange.start, end: root.nameRange.end },
      `expecting root element of 'network', not '${root.name}'`,
      "a network definition's root element is <network>: rename the start and end tags",
    );
  },
};
