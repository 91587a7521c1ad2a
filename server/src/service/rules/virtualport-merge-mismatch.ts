import { attrValue } from '../xml';
import type { Rule } from '../rule';
import { mergeVirtualports, virtualportContexts } from './devices-support';

export const virtualportMergeMismatch: Rule = {
  id: 'virtualport-merge-mismatch',
  severity: 'error',
  layer: 'allocate',
  spec: ['VP-9', 'A-1'],
  description: "A portgroup's <virtualport> must agree with the network's in type and in every parameter both set.",
  elements: ['virtualport'],
  check({ root, report }) {
    const contexts = virtualportContexts(root);
    if (!contexts) return;
    for (const context of contexts) {
      if (!context.portgroup) continue;
      for (const problem of mergeVirtualports(context.network, context.portgroupProfile).problems) {
        report(
          problem.target,
          problem.message,
          `guests in portgroup '${attrValue(context.portgroup, 'name') ?? ''}' fail to start: the network-level <virtualport> and this one are merged and may not disagree; set the value in one place only`,
        );
      }
    }
  },
};
