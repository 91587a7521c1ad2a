import { attrValue, type XmlElement } from '../xml';
import type { Rule } from '../rule';
import { mergeVirtualports, nonEmpty, virtualportContexts, type MergedVPort, type VPortType } from './devices-support';

/** virNetDevVPortProfileCheckComplete(…, generateMissing = true): instanceid and openvswitch's interfaceid are generated. */
function missing(merged: MergedVPort): string[] {
  switch (merged.type) {
    case '802.1Qbg':
      return (['managerid', 'typeid', 'typeidversion'] as const).filter((n) => merged[n] === undefined);
    case '802.1Qbh':
      return merged.profileid === undefined ? ['profileid'] : [];
    case 'midonet':
      return merged.interfaceid === undefined ? ['interfaceid'] : [];
    default:
      return [];
  }
}

/** Types networkAllocatePort accepts for the mode (virtualport-mode-unsupported reports the others first). */
function typeFits(mode: string, hasBridgeName: boolean, type: VPortType): boolean {
  if (mode === 'bridge' && hasBridgeName) return type === 'openvswitch';
  if (['hostdev', 'bridge', 'private', 'vepa', 'passthrough'].includes(mode)) return type === '802.1Qbg' || type === '802.1Qbh';
  return false;
}

export const virtualportParameterMissing: Rule = {
  id: 'virtualport-parameter-missing',
  severity: 'error',
  layer: 'allocate',
  spec: ['VP-8', 'A-1'],
  description: '802.1Qbg needs managerid, typeid and typeidversion, 802.1Qbh a profileid (from the network, the portgroup or every guest interface).',
  elements: ['virtualport'],
  check({ root, facts, report }) {
    const contexts = virtualportContexts(root);
    if (!contexts) return;
    const hasBridgeName = facts.bridge !== undefined && nonEmpty(facts.bridge, 'name') !== undefined;
    const reported = new Set<string>();
    const ids = new Map<XmlElement, number>();
    for (const context of contexts) {
      const { merged } = mergeVirtualports(context.network, context.portgroupProfile);
      if (!merged?.type || !typeFits(facts.forwardMode, hasBridgeName, merged.type)) continue;
      const element = context.portgroupProfile?.element ?? context.network?.element;
      if (!element) continue;
      if (!ids.has(element)) ids.set(element, ids.size);
      const where = context.portgroup ? `portgroup '${attrValue(context.portgroup, 'name') ?? ''}'` : 'this network';
      for (const name of missing(merged)) {
        const key = `${ids.get(element)} ${name}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report(
          element,
          `missing ${name} in <virtualport type='${merged.type}'>`,
          `guests on ${where} fail to start unless their own <interface><virtualport> supplies ${name}; add <parameters ${name}='…'/> here`,
        );
      }
    }
  },
};
