import { child } from '../xml';
import type { QuickFix, Rule } from '../rule';

export const titleNewline: Rule = {
  id: 'title-newline',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-5'],
  description: '<title> must be a single line (libvirt ≥ 9.7).',
  elements: ['title'],
  check({ root, xml, report }) {
    const title = child(root, 'title');
    if (!title || !title.text.includes('\n')) return;
    const raw = xml.text.slice(title.textRange.start, title.textRange.end);
    const oneLine = title.text.trim().replace(/\s*\n\s*/g, ' ');
    const fixes: QuickFix[] = raw === title.text ? [{ title: 'Join the title into one line', edits: [{ range: title.textRange, newText: oneLine }] }] : [];
    report(title.textRange, "Network title can't contain newlines", 'put a longer text in <description>', fixes);
  },
};
