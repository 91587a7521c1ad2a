import { test } from 'node:test';
import { bandwidthValueInvalid } from '../../../server/src/service/rules/bandwidth-value-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bandwidth-value-invalid fires on a value with a unit, at the value', () => {
  assertFires(bandwidthValueInvalid, net('<bandwidth><inbound average="⟦1000kbps⟧"/></bandwidth>'), "Invalid value for attribute 'average' in element 'inbound': '1000kbps'. Expected non-negative integer value");
});

test('bandwidth-value-invalid fires on a negative burst in a portgroup outbound', () => {
  assertFires(bandwidthValueInvalid, net('<portgroup name="p"><bandwidth><outbound average="10" burst="⟦-1⟧"/></bandwidth></portgroup>'), "Invalid value for attribute 'burst' in element 'outbound'");
});

test('bandwidth-value-invalid is quiet on decimal values (0 and 2^64-1 included)', () => {
  assertQuiet(bandwidthValueInvalid, net('<bandwidth><inbound average="0" peak="18446744073709551615" burst="1024"/><outbound average=" +5"/></bandwidth>'));
});
