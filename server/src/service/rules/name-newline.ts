import { child } from '../xml';
import type { QuickFix, Rule } from '../rule';

export const nameNewline: Rule = {
  id: 'name-newline',
  severity: 'error',
  layer: 'validate',
  spec: ['ID-3', 'V-1'],
  description: 'A network name must not contain a newline (the network driver rejects it at define).',
  elements: ['name'],
  check({ root, facts, xml, report }) {
    if (!facts.name.includes('\n')) return;
    const name = child(root, 'name');
    if (!name) return;
    const raw = xml.text.slice(name.textRange.start, name.textRange.end);
    const trimmed = facts.name.trim();
    const fixes: QuickFix[] =
      raw === facts.name && trimmed !== '' && !trimmed.includes('\n')
        ? [{ title: `Trim the name to '${trimmed}'`, edits: [{ range: name.textRange, newText: trimmed }] }]
        : [];
    report(
      name.textRange.end > name.textRange.start ? name.textRange : name,
      'invalid char in name: \\n',
      'libvirt keeps the whitespace around a name verbatim: write <name>mynet</name> on one line',
      fixes,
    );
  },
};
