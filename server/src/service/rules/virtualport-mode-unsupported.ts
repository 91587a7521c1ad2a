import { attr, attrValue, type XmlElement } from '../xml';
import type { Rule } from '../rule';
import { mergeVirtualports, nonEmpty, virtualportContexts, type VPortType } from './devices-support';

/** How networkAllocatePort connects a guest for the forward mode, and which virtualport types it takes. */
function connection(mode: string, hasBridgeName: boolean): { via: string; allowed: readonly VPortType[] } | undefined {
  switch (mode) {
    case 'none':
    case 'nat':
    case 'route':
    case 'open':
      return { via: 'IP forwarding', allowed: [] };
    case 'hostdev':
      return { via: 'an SR-IOV Virtual Function via PCI passthrough', allowed: ['802.1Qbg', '802.1Qbh'] };
    case 'bridge':
      if (hasBridgeName) return { via: 'a bridge device', allowed: ['openvswitch'] };
      return { via: 'a macvtap device', allowed: ['802.1Qbg', '802.1Qbh'] };
    case 'private':
    case 'vepa':
    case 'passthrough':
      return { via: 'a macvtap device', allowed: ['802.1Qbg', '802.1Qbh'] };
    default:
      return undefined;
  }
}

export const virtualportModeUnsupported: Rule = {
  id: 'virtualport-mode-unsupported',
  severity: 'error',
  layer: 'allocate',
  spec: ['VP-10', 'A-1'],
  description: 'The virtualport type must fit the forward mode: none for nat/route/open/isolated, openvswitch for a bridge, 802.1Qbg/Qbh for macvtap and hostdev.',
  elements: ['virtualport'],
  check({ root, facts, report }) {
    const bridge = facts.bridge;
    const conn = connection(facts.forwardMode, bridge !== undefined && nonEmpty(bridge, 'name') !== undefined);
    const contexts = virtualportContexts(root);
    if (!conn || !contexts) return;
    const reported = new Set<XmlElement>();
    for (const context of contexts) {
      const { merged } = mergeVirtualports(context.network, context.portgroupProfile);
      if (!merged?.type || conn.allowed.includes(merged.type)) continue;
      // The type comes from the network's virtualport when it has one, else from the portgroup's.
      const source = context.network?.type ? context.network : context.portgroupProfile;
      if (!source || reported.has(source.element)) continue;
      reported.add(source.element);
      const where = source === context.network ? 'this network' : `portgroup '${attrValue(context.portgroup ?? source.element, 'name') ?? ''}'`;
      report(
        attr(source.element, 'type') ?? source.element,
        `unsupported configuration: <virtualport type='${merged.type}'> not supported for network '${facts.name}' which uses ${conn.via}`,
        conn.allowed.length === 0
          ? `guests on ${where} fail to start: ${facts.forwardMode === 'none' ? 'an isolated' : facts.forwardMode === 'open' ? 'an open' : `a ${facts.forwardMode}`} network takes no <virtualport>; remove it`
          : `guests on ${where} fail to start: with this forward mode only ${conn.allowed.map((t) => `type='${t}'`).join(' or ')} works`,
      );
    }
  },
};
