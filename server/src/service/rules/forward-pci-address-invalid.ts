import { attr, type XmlElement } from '../xml';
import type { Rule, RuleContext } from '../rule';
import { forwardPool, strToUipBase0 } from './libvirt-values';

export interface PciAddress {
  domain: number;
  bus: number;
  slot: number;
  function: number;
}

const FIELDS = ['domain', 'bus', 'slot', 'function'] as const;

/**
 * virPCIDeviceAddressParseXML: each field an unsigned int (base 0: hex, octal, decimal; absent = 0).
 * Reports what libvirt would report when `ctx` is given; returns undefined when unparseable.
 */
export function parsePciAddress(address: XmlElement, ctx?: Pick<RuleContext, 'report'>): PciAddress | undefined {
  const parsed: PciAddress = { domain: 0, bus: 0, slot: 0, function: 0 };
  let ok = true;
  for (const field of FIELDS) {
    const a = attr(address, field);
    if (!a) continue;
    const n = strToUipBase0(a.value);
    if (n === undefined) {
      ok = false;
      ctx?.report(
        a,
        `Invalid value for attribute '${field}' in element 'address': '${a.value}'. Expected non-negative integer value`,
        'use a number, in hex (0x1f), octal (017) or decimal (31)',
      );
    } else {
      parsed[field] = n;
    }
  }
  const multifunction = attr(address, 'multifunction');
  if (multifunction && multifunction.value !== 'on' && multifunction.value !== 'off') {
    ok = false;
    ctx?.report(multifunction, `Invalid value for attribute 'multifunction' in element 'address': '${multifunction.value}'.`, "use 'on' or 'off'");
  }
  if (!ok) return undefined;
  // An address with domain, bus and slot all 0 counts as "empty" and is not range-checked.
  const empty = parsed.domain === 0 && parsed.bus === 0 && parsed.slot === 0;
  const limits: [typeof FIELDS[number], number, string][] = [
    ['bus', 0xff, `Invalid PCI address bus='0x${parsed.bus.toString(16)}', must be <= 0xFF`],
    ['slot', 0x1f, `Invalid PCI address slot='0x${parsed.slot.toString(16)}', must be <= 0x1F`],
    ['function', 7, `Invalid PCI address function=0x${parsed.function.toString(16)}, must be <= 7`],
  ];
  if (!empty) {
    // virPCIDeviceAddressIsValid stops at the first bad field.
    const bad = limits.find(([field, max]) => parsed[field] > max);
    if (bad) {
      const [field, , message] = bad;
      const a = attr(address, field);
      if (a) ctx?.report(a, message, 'bus is 0-0xff, slot 0-0x1f, function 0-7');
      return undefined;
    }
  }
  return parsed;
}

export const forwardPciAddressInvalid: Rule = {
  id: 'forward-pci-address-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-20'],
  description: '<forward><address type="pci"> fields must be numbers within PCI limits.',
  elements: ['address'],
  check(ctx) {
    const forward = ctx.facts.forward;
    if (!forward) return;
    const pool = forwardPool(forward);
    if (pool.kind !== 'addresses') return;
    for (const address of pool.addresses) {
      if (attr(address, 'type')?.value === 'pci') parsePciAddress(address, ctx);
    }
  },
};
