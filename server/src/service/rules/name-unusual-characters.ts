import { child } from '../xml';
import type { Rule } from '../rule';

/** §6.26: libvirt accepts any name without '/' (and '\n' in the network driver); the docs recommend [A-Za-z0-9_.-]. */
export const nameUnusualCharacters: Rule = {
  id: 'name-unusual-characters',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.26'],
  description: 'Network names with characters outside [A-Za-z0-9_.-].',
  elements: ['name'],
  check({ root, facts, report }) {
    // '/' and '\n' are errors reported by other rules (ID-2, ID-3).
    const odd = [...new Set([...facts.name].filter((c) => !/[A-Za-z0-9_.\-/\n]/.test(c)))];
    if (odd.length === 0) return;
    const name = child(root, 'name');
    if (!name) return;
    const shown = odd.map((c) => (c === ' ' ? "' ' (space)" : c === '\t' ? "'\\t'" : `'${c}'`)).join(', ');
    report(
      name.textRange.end > name.textRange.start ? name.textRange : name,
      `network name '${facts.name}' contains characters outside [A-Za-z0-9_.-]: ${shown}`,
      'libvirt accepts it, but the name becomes file names and shell arguments (virsh, dnsmasq files); prefer letters, digits, _ . -',
    );
  },
};
