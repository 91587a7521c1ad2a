import type { Rule } from '../rule';
import { removeAttribute } from './fix-edits';
import { DIRECT_MODES, nonEmptyAttr, strToUlp } from './libvirt-values';
import { MAC_TABLE_MANAGERS } from './bridge-mac-table-manager-invalid';

export const bridgeAttributeNotAllowed: Rule = {
  id: 'bridge-attribute-not-allowed',
  severity: 'error',
  layer: 'parse',
  spec: ['FM-4', 'FM-5', 'FM-6', 'FM-7'],
  description: '<bridge> name/zone/macTableManager/stp/delay that the forward mode does not allow.',
  elements: ['bridge'],
  check({ facts, xml, report }) {
    const mode = facts.forwardMode;
    const direct = DIRECT_MODES.includes(mode);
    if (!facts.bridge || (!direct && mode !== 'bridge')) return;
    const net = `(network '${facts.name}')`;
    const stpDelayZone = `bridge delay/stp/zone options only allowed in open, route, nat, and isolated mode, not in ${mode} ${net}`;
    const found: { name: string; message: string }[] = [];
    if (direct) {
      found.push({ name: 'name', message: `bridge name not allowed in ${mode} mode ${net}` });
      found.push({ name: 'zone', message: `bridge zone not allowed in ${mode} mode ${net}` });
      found.push({ name: 'macTableManager', message: `bridge macTableManager setting not allowed in ${mode} mode ${net}` });
    } else {
      found.push({ name: 'zone', message: stpDelayZone });
    }
    found.push({ name: 'stp', message: stpDelayZone });
    found.push({ name: 'delay', message: stpDelayZone });
    const hint =
      mode === 'bridge'
        ? 'STP, forward delay and firewalld zone belong to the host bridge, which libvirt does not manage in this mode'
        : `a ${mode} network attaches guests to host devices directly (macvtap/SR-IOV): it has no bridge to configure`;
    for (const { name, message } of found) {
      const a = nonEmptyAttr(facts.bridge, name);
      if (!a) continue;
      // delay='0' passes (libvirt tests the number); an invalid macTableManager is bridge-mac-table-manager-invalid.
      if (name === 'delay' && (strToUlp(a.value) ?? 0n) === 0n) continue;
      if (name === 'macTableManager' && !MAC_TABLE_MANAGERS.includes(a.value)) continue;
      report(a, message, hint, [{ title: `Remove ${name}`, edits: [removeAttribute(xml.text, a)] }]);
    }
  },
};
