import { attr } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { replaceValue } from './fix-edits';
import { KNOWN_FORWARD_MODES } from './libvirt-values';

export const forwardModeUnknown: Rule = {
  id: 'forward-mode-unknown',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-1'],
  description: '<forward mode> must be one of nat, route, open, bridge, private, vepa, passthrough, hostdev (lower case).',
  elements: ['forward'],
  check({ facts, report }) {
    const mode = facts.forward && attr(facts.forward, 'mode');
    // An empty mode reads as absent, i.e. nat. 'none' is in libvirt's enum but never written: it parses.
    if (!mode || mode.value === '' || KNOWN_FORWARD_MODES.includes(mode.value)) return;
    const lower = mode.value.trim().toLowerCase();
    const fixes: QuickFix[] = KNOWN_FORWARD_MODES.includes(lower) ? [{ title: `Change to '${lower}'`, edits: [replaceValue(mode, lower)] }] : [];
    report(
      mode,
      `unsupported configuration: unknown forwarding type '${mode.value}'`,
      'use nat, route, open, bridge, private, vepa, passthrough or hostdev; leave <forward> out for an isolated network',
      fixes,
    );
  },
};
