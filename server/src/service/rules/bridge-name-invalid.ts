import type { QuickFix, Rule } from '../rule';
import { bridgeNameAttr, createsBridge, isBridgeTemplate, replaceAttrValue } from './network-runtime';
import { utf8Bytes, utf8Length } from '../utf8';

/** Bytes the kernel's isspace() accepts (Latin-1 ctype: 0xA0 too, which UTF-8 uses as a continuation byte). */
const SPACE_BYTES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

/** Why the kernel's dev_valid_name / dev_alloc_name refuse a (≤ 15 byte) name, or undefined. */
function kernelRejects(name: string): string | undefined {
  if (name === '.' || name === '..') return `'${name}' is reserved`;
  if (name.includes('/')) return "'/' is not allowed";
  if (name.includes(':')) return "':' is not allowed (it was the alias separator)";
  for (const c of name) {
    const bytes = [...utf8Bytes(c)];
    if (!bytes.some((b) => SPACE_BYTES.has(b))) continue;
    return bytes.length === 1 ? 'whitespace is not allowed' : `'${c}' is not allowed (its UTF-8 byte 0xA0 counts as whitespace to the kernel)`;
  }
  const percent = name.indexOf('%');
  if (percent >= 0 && (name[percent + 1] !== 'd' || name.indexOf('%', percent + 2) >= 0)) return "'%' is only allowed as a single %d template";
  return undefined;
}

/**
 * S-2 (EINVAL): net-start creates the bridge over netlink and the kernel refuses names with '/',
 * ':', whitespace, '.' or '..', and '%' other than one %d. Names over 15 bytes fail earlier
 * with ERANGE (bridge-name-too-long). A %d template is expanded by libvirt first.
 * S-2 (EEXIST): 'lo' exists in every network namespace, so a bridge of that name is never
 * created; other existing names depend on the host (bridge-name-exists-on-host).
 */
export const bridgeNameInvalid: Rule = {
  id: 'bridge-name-invalid',
  severity: 'error',
  layer: 'start',
  spec: ['S-2', '§6.1', 'BR-4'],
  description: "Bridge names with '/', ':', whitespace, '%' (other than one %d), '.'/'..', or 'lo' fail at net-start.",
  elements: ['bridge'],
  check({ facts, report }) {
    if (!createsBridge(facts)) return;
    const name = bridgeNameAttr(facts);
    if (!name) return;
    let created = name.value;
    if (name.value.includes('%d')) {
      if (!isBridgeTemplate(name.value)) return; // falls back to virbr%d
      created = name.value.replace('%d', '0');
    }
    if (utf8Length(created) > 15) return;
    if (created === 'lo') {
      report(name, 'error creating bridge interface lo: File exists', "'lo' is the loopback interface, which every Linux host (and network namespace) has: pick another name, e.g. 'virbr1'", [
        { title: "Rename the bridge to 'virbr1'", edits: [replaceAttrValue(name, 'virbr1')] },
      ]);
      return;
    }
    const reason = kernelRejects(created);
    if (!reason) return;
    const cleaned = name.value.replace(/%(?!d)|[/:\s\u00a0]/g, '-');
    const fixes: QuickFix[] = cleaned !== name.value && !kernelRejects(cleaned.replace('%d', '0')) ? [{ title: `Rename the bridge to '${cleaned}'`, edits: [replaceAttrValue(name, cleaned)] }] : [];
    report(name, `error creating bridge interface ${created}: Invalid argument`, `${reason} in a Linux interface name; net-define accepts it but net-start fails`, fixes);
  },
};
