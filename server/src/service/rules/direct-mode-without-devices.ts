import { attrValue, child, children } from '../xml';
import type { Rule } from '../rule';
import { bridgeNameAttr, forwardModeOf, nonEmptyAttr } from './network-runtime';

/**
 * A-2 / §6.16: macvtap modes (bridge without a bridge name, private, vepa, passthrough) pick a
 * host interface for each guest from forward/@dev, `<interface>`s or a `<pf>`'s VFs. With none
 * of them the network defines and starts, but no guest can ever connect. A network virtualport
 * of another type than 802.1Qbg/Qbh fails allocation earlier (VP-10), reported elsewhere.
 */
export const directModeWithoutDevices: Rule = {
  id: 'direct-mode-without-devices',
  severity: 'error',
  layer: 'allocate',
  spec: ['A-2', '§6.16'],
  description: 'A macvtap network (bridge without bridge name, private, vepa, passthrough) without forward dev, interfaces or pf.',
  elements: ['forward'],
  check({ root, facts, report }) {
    const forward = facts.forward;
    const mode = forwardModeOf(facts);
    if (!forward || !['bridge', 'private', 'vepa', 'passthrough'].includes(mode)) return;
    if (mode === 'bridge' && bridgeNameAttr(facts)) return;
    if (nonEmptyAttr(forward, 'dev') || ['interface', 'address', 'pf'].some((kind) => children(forward, kind).length > 0)) return;
    // networkAllocatePort checks the virtualport type first (VP-10): only 802.1Qbg/Qbh get this far.
    const virtualport = child(root, 'virtualport');
    const type = virtualport && attrValue(virtualport, 'type');
    if (type !== undefined && type !== '802.1Qbg' && type !== '802.1Qbh') return;
    report(
      forward,
      `internal error: network '${facts.name}' uses a direct mode, but has no forward dev and no interface pool`,
      mode === 'bridge'
        ? "name the host bridge guests join (<bridge name='br0'/>), or give the host interface for macvtap (<forward mode='bridge' dev='eth0'/>)"
        : `give the host interface(s): <forward mode='${mode}' dev='eth0'/>, <interface dev='...'/> children, or <pf dev='...'/>`,
    );
  },
};
