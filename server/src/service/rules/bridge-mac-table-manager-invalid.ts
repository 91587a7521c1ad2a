import type { QuickFix, Rule } from '../rule';
import { replaceValue } from './fix-edits';
import { nonEmptyAttr } from './libvirt-values';

export const MAC_TABLE_MANAGERS = ['kernel', 'libvirt'];

export const bridgeMacTableManagerInvalid: Rule = {
  id: 'bridge-mac-table-manager-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['BR-3'],
  description: "<bridge macTableManager> must be 'kernel' or 'libvirt'.",
  elements: ['bridge'],
  check({ facts, report }) {
    const manager = nonEmptyAttr(facts.bridge, 'macTableManager');
    if (!manager || MAC_TABLE_MANAGERS.includes(manager.value)) return;
    const fixes: QuickFix[] = MAC_TABLE_MANAGERS.map((v) => ({ title: `Change to '${v}'`, edits: [replaceValue(manager, v)] }));
    report(
      manager,
      `Invalid macTableManager setting '${manager.value}' in network '${facts.name}'`,
      "use 'kernel' (the default) or 'libvirt'; 'default' is not accepted",
      fixes,
    );
  },
};
