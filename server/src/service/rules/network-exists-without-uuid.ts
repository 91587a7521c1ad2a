import { child } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { indentationAt } from './network-runtime';

/**
 * O-2 / §6.25 (host facts): a definition without `<uuid>` gets a random one, so re-defining a
 * network that exists on the connection fails ("already exists with uuid"). Offers to insert
 * the existing uuid.
 */
export const networkExistsWithoutUuid: Rule = {
  id: 'network-exists-without-uuid',
  severity: 'warning',
  layer: 'host',
  spec: ['O-2', '§6.25'],
  description: 'The network name exists on the connection and the document has no <uuid>: net-define fails.',
  elements: ['name'],
  check({ root, facts, host, xml, report }) {
    if (facts.name === '') return;
    const existing = host.networks?.find((n) => n.name === facts.name && n.uuid);
    const uuidElement = child(root, 'uuid');
    if (!existing?.uuid || (uuidElement && uuidElement.text !== '')) return;
    const name = child(root, 'name');
    if (!name) return;
    const uuid = existing.uuid;
    let fix: QuickFix;
    if (uuidElement) {
      fix = { title: `Set <uuid>${uuid}</uuid>`, edits: [{ range: uuidElement.range, newText: `<uuid>${uuid}</uuid>` }] };
    } else {
      const indent = indentationAt(xml.text, name.range.start);
      const lineStart = xml.text.lastIndexOf('\n', name.range.start - 1) + 1;
      const ownLine = lineStart + indent.length === name.range.start;
      fix = { title: `Insert <uuid>${uuid}</uuid>`, edits: [{ range: { start: name.range.end, end: name.range.end }, newText: `${ownLine ? `\n${indent}` : ''}<uuid>${uuid}</uuid>` }] };
    }
    report(name, `operation failed: network '${facts.name}' already exists with uuid ${uuid}`, `to redefine the existing network, add <uuid>${uuid}</uuid>`, [fix]);
  },
};
