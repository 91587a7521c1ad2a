import { attr } from '../xml';
import type { Rule } from '../rule';
import { firstDns, fix } from './devices-support';
import { replaceValue } from './fix-edits';

/**
 * `<dns enable>` and `<dns forwardPlainNames>` (virXMLPropTristateBool): exactly 'yes' or 'no',
 * case-sensitive; 'default' and '' are rejected too. The other yes/no attributes of ID-7 are
 * attribute-yes-no-invalid's.
 */
export const dnsYesNoInvalid: Rule = {
  id: 'dns-yes-no-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-1', 'ID-7'],
  description: "<dns enable> and <dns forwardPlainNames> take exactly 'yes' or 'no'.",
  elements: ['dns'],
  check({ root, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const name of ['enable', 'forwardPlainNames']) {
      const a = attr(dns, name);
      if (!a || a.value === 'yes' || a.value === 'no') continue;
      report(a, `Invalid value for attribute '${name}' in element 'dns': '${a.value}'.`, "use 'yes' or 'no' (lower case), or leave the attribute out for the default", [
        fix("Change to 'yes'", replaceValue(a, 'yes')),
        fix("Change to 'no'", replaceValue(a, 'no')),
      ]);
    }
  },
};
