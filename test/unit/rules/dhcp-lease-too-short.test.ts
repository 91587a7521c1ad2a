import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dhcpLeaseTooShort } from '../../../server/src/service/rules/dhcp-lease-too-short';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const inRange = (lease: string) => net(`<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.9'>${lease}</range></dhcp></ip>`);

test('dhcp-lease-too-short: 1 minute (the default unit)', () => {
  const p = assertFires(dhcpLeaseTooShort, inRange("<lease expiry='⟦1⟧'/>"), 'unsupported configuration: The minimum lease time should be greater than 2 minutes');
  assert.equal(p.fixes?.[0].edits[0].newText, '2');
});

test('dhcp-lease-too-short: 119 seconds', () => {
  assertFires(dhcpLeaseTooShort, inRange("<lease expiry='⟦119⟧' unit='seconds'/>"), 'The minimum lease time should be greater than 2 minutes');
});

test('dhcp-lease-too-short is quiet at 2 minutes, 120 s, 1 hour and 0 (infinite)', () => {
  assertQuiet(dhcpLeaseTooShort, inRange("<lease expiry='2'/>"));
  assertQuiet(dhcpLeaseTooShort, inRange("<lease expiry='120' unit='seconds'/>"));
  assertQuiet(dhcpLeaseTooShort, inRange("<lease expiry='1' unit='hours'/>"));
  assertQuiet(dhcpLeaseTooShort, inRange("<lease expiry='0'/>"));
});
