import { child } from '../xml';
import type { Rule } from '../rule';
import { isValidUuid } from './libvirt-values';

export const uuidMalformed: Rule = {
  id: 'uuid-malformed',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-4'],
  description: '<uuid> must hold 32 hex digits (dashes or spaces allowed between pairs).',
  elements: ['uuid'],
  check({ root, report }) {
    const uuid = child(root, 'uuid');
    // An empty <uuid/> reads as absent: libvirt generates one.
    if (!uuid || uuid.text === '' || isValidUuid(uuid.text)) return;
    report(
      uuid.textRange,
      'internal error: malformed uuid element',
      'use 32 hex digits such as 3e3fce45-4f53-4fa7-bb32-11f34168b82b, or remove <uuid> to let libvirt generate one',
    );
  },
};
