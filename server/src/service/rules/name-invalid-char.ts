import { child } from '../xml';
import type { QuickFix, Rule } from '../rule';

export const nameInvalidChar: Rule = {
  id: 'name-invalid-char',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-2'],
  description: "A network name must not contain '/'.",
  elements: ['name'],
  check({ root, facts, xml, report }) {
    if (!facts.name.includes('/')) return;
    const name = child(root, 'name');
    if (!name) return;
    const raw = xml.text.slice(name.textRange.start, name.textRange.end);
    const fixes: QuickFix[] =
      raw === facts.name ? [{ title: "Replace '/' with '-'", edits: [{ range: name.textRange, newText: facts.name.replace(/\//g, '-') }] }] : [];
    report(name.textRange.end > name.textRange.start ? name.textRange : name, 'invalid char in name: /', "network names become file names: remove the '/'", fixes);
  },
};
