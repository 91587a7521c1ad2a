import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { fix } from './devices-support';
import { replaceValue } from './fix-edits';

/** `<port isolated>` (virXMLPropTristateBool on the first `<port>`): exactly 'yes' or 'no'. */
export const portIsolatedInvalid: Rule = {
  id: 'port-isolated-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['PO-1', 'ID-7'],
  description: "<port isolated> takes exactly 'yes' or 'no'.",
  elements: ['port'],
  check({ root, report }) {
    const port = child(root, 'port');
    const a = port && attr(port, 'isolated');
    if (!a || a.value === 'yes' || a.value === 'no') return;
    report(a, `Invalid value for attribute 'isolated' in element 'port': '${a.value}'.`, "use 'yes' (guests on this network cannot talk to each other) or 'no'", [
      fix("Change to 'yes'", replaceValue(a, 'yes')),
      fix("Change to 'no'", replaceValue(a, 'no')),
    ]);
  },
};
