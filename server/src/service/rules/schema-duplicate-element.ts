import type { Rule } from '../rule';
import type { KnownMatch } from '../model-match';
import type { XmlElement } from '../xml';
import { isChildOfKind, knownElements, schemaMessage, tag } from './schema-common';

/** What libvirt's parser does with a second copy of a singleton (checked with virsh 9.0: define, then dumpxml). */
const PARSER_READS_LAST = new Set(['dhcp.lease', 'dhcp.bootp']);
const PARSER_REJECTS: Readonly<Record<string, string>> = {
  'forward.nat': 'libvirt\'s parser rejects it too ("Only one <nat> element is allowed")',
  'forward.pf': 'libvirt\'s parser rejects it too ("Only one <pf> element is allowed")',
  'forward.nat.address': 'libvirt\'s parser rejects it too ("Only one <address> element is allowed in <nat>")',
  'forward.nat.port': 'libvirt\'s parser rejects it too ("Only one <port> element is allowed in <nat>")',
  'bandwidth.inbound': 'libvirt 9.0\'s parser rejects it too ("Only one child <inbound> element allowed"); newer libvirt uses the first',
  'bandwidth.outbound': 'libvirt 9.0\'s parser rejects it too ("Only one child <outbound> element allowed"); newer libvirt uses the first',
};
const PARSER_UNVERIFIED = new Set(['dnsmasq.options']);

export const schemaDuplicateElement: Rule = {
  id: 'schema-duplicate-element',
  severity: 'warning',
  layer: 'schema',
  spec: ['ID-12', 'IP-15'],
  description: 'An element the schema allows once appears more than once (libvirt silently reads only one of them).',
  check(context) {
    const { report } = context;
    const { elements, matches } = knownElements(context);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const match = matches[i];
      if (!mayHaveCopies(element)) continue;
      const refs = match.def.children;
      for (let k = 0; k < refs.length; k++) {
        const ref = refs[k];
        if (ref.max === null || !hasMoreThan(element, match, ref.ref, ref.max)) continue;
        const copies = element.children.filter((c) => isChildOfKind(c, match, ref.ref));
        for (const extra of copies.slice(ref.max)) {
          report(
            extra.nameRange,
            schemaMessage(`Element ${element.name} allows ${ref.max === 1 ? 'only one' : `at most ${ref.max}`} ${tag(ref.ref)}, this is copy ${copies.indexOf(extra) + 1} of ${copies.length}`),
            `${parserReaction(ref.ref)}; \`virsh net-define --validate\` rejects the document. Merge them into one ${tag(ref.ref)}`,
          );
        }
      }
    }
  },
};

/**
 * False when no two children can be copies of one kind: fewer than two, or a few that all have
 * different names (names are compared as written, so any prefixed name keeps the element in).
 */
function mayHaveCopies(element: XmlElement): boolean {
  const children = element.children;
  if (children.length < 2) return false;
  if (children.length > 32) return true;
  for (let i = 0; i < children.length; i++) {
    const name = children[i].name;
    if (name.includes(':')) return true;
    for (let j = 0; j < i; j++) if (children[j].name === name) return true;
  }
  return false;
}

/** Counts without collecting: a <dhcp> with thousands of hosts has no copies to list. */
function hasMoreThan(element: XmlElement, match: KnownMatch, id: string, max: number): boolean {
  let count = 0;
  // Indexed, not for-of: this runs per element, and an indexed loop never makes an iterator.
  for (let i = 0; i < element.children.length; i++) if (isChildOfKind(element.children[i], match, id) && ++count > max) return true;
  return false;
}

function parserReaction(id: string): string {
  const rejects = PARSER_REJECTS[id];
  if (rejects !== undefined) return rejects;
  if (PARSER_READS_LAST.has(id)) return `the parser silently uses the last ${tag(id)} and ignores the others`;
  if (PARSER_UNVERIFIED.has(id)) return 'libvirt\'s parser does not reject it';
  return `the parser silently uses the first ${tag(id)} and ignores this one`;
}
