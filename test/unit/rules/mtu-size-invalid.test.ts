import { test } from 'node:test';
import { mtuSizeInvalid } from '../../../server/src/service/rules/mtu-size-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('mtu-size-invalid fires on a non-number, at the value', () => {
  assertFires(mtuSizeInvalid, net('<mtu size="⟦9000 bytes⟧"/>', 'lab'), "Invalid mtu size '9000 bytes' in network 'lab'");
});

test('mtu-size-invalid fires beyond 32 bits, on hex, and on a blank', () => {
  for (const v of ['4294967296', '-4294967296', '0x10', ' ']) assertFires(mtuSizeInvalid, net(`<mtu size="⟦${v}⟧"/>`), `Invalid mtu size '${v}'`);
});

test("mtu-size-invalid is quiet on what virStrToLong_ui accepts: '-1' wraps, '+1500', ' 1500', empty", () => {
  for (const v of ['1500', '0', '-1', '-4294967295', '4294967295', '+1500', ' 1500', '']) assertQuiet(mtuSizeInvalid, net(`<mtu size="${v}"/>`));
});

test('mtu-size-invalid reads the first size of any <mtu>, like string(./mtu/@size)', () => {
  assertFires(mtuSizeInvalid, net('<mtu/>\n<mtu size="⟦x⟧"/>'), "Invalid mtu size 'x'");
  assertQuiet(mtuSizeInvalid, net('<mtu size="1500"/>\n<mtu size="x"/>'));
});
