import { test } from 'node:test';
import assert from 'node:assert/strict';
import { macAddressInvalid } from '../../../server/src/service/rules/mac-address-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('mac-address-invalid fires on dash separators, at the value, and offers colons', () => {
  const p = assertFires(macAddressInvalid, net('<mac address="⟦52-54-00-ab-cd-ef⟧"/>', 'lab'), "Invalid bridge mac address '52-54-00-ab-cd-ef' in network 'lab'");
  assert.equal(p.fixes?.[0].edits[0].newText, '52:54:00:ab:cd:ef');
});

test('mac-address-invalid fires on five octets, three-digit octets, leading blanks and trailing garbage', () => {
  for (const v of ['52:54:00:00:00', '052:54:00:00:00:01', ' 52:54:00:00:00:01', '52:54:00:00:00:01x', '52:54:00:00:00:01:02', '0x:54:00:00:00:01']) {
    assertFires(macAddressInvalid, net(`<mac address="⟦${v}⟧"/>`), `Invalid bridge mac address '${v}'`);
  }
});

test('mac-address-invalid is quiet on what virMacAddrParse accepts', () => {
  for (const v of ['52:54:00:AB:cd:ef', '2:54:0:0:0:1', '52:54:00:00:00:01 junk', '']) assertQuiet(macAddressInvalid, net(`<mac address="${v}"/>`));
  // multicast is a different rule
  assertQuiet(macAddressInvalid, net('<mac address="53:54:00:00:00:01"/>'));
});
