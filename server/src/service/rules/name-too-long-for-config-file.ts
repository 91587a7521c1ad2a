import { child } from '../xml';
import type { Rule } from '../rule';
import { utf8Length } from '../utf8';

/** NAME_MAX: a file name is at most 255 bytes; the driver writes "<name>.xml.new" first. */
const MAX_NAME_BYTES = 255 - '.xml.new'.length;

/** virNetworkSaveConfig (V-20): the real driver cannot save a definition whose name makes a too long file name. */
export const nameTooLongForConfigFile: Rule = {
  id: 'name-too-long-for-config-file',
  severity: 'error',
  layer: 'validate',
  spec: ['V-20', '§6.26'],
  description: `Network names longer than ${MAX_NAME_BYTES} bytes cannot be saved by the network driver.`,
  elements: ['name'],
  check({ root, facts, report }) {
    const length = utf8Length(facts.name);
    if (length <= MAX_NAME_BYTES) return;
    const name = child(root, 'name');
    if (!name) return;
    report(
      name.textRange.end > name.textRange.start ? name.textRange : name,
      `Failed to create file '/etc/libvirt/qemu/networks/${facts.name}.xml.new': File name too long`,
      `the name is ${length} bytes; the config file name allows at most ${MAX_NAME_BYTES} (and net-start needs at most 245)`,
    );
  },
};
