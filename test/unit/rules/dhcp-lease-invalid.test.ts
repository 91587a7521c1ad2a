import { test } from 'node:test';
import { dhcpLeaseInvalid } from '../../../server/src/service/rules/dhcp-lease-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const inRange = (lease: string) => net(`<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.9'>${lease}</range></dhcp></ip>`);

test('dhcp-lease-invalid: negative expiry', () => {
  assertFires(dhcpLeaseInvalid, inRange("<lease expiry='⟦-1⟧'/>"), "Invalid value for attribute 'expiry' in element 'lease': '-1'. Expected non-negative integer value");
});

test('dhcp-lease-invalid: unknown unit on a host lease', () => {
  assertFires(
    dhcpLeaseInvalid,
    net("<ip address='10.0.0.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' ip='10.0.0.5'><lease expiry='5' unit='⟦Minutes⟧'/></host></dhcp></ip>"),
    "Invalid value for attribute 'unit' in element 'lease': 'Minutes'.",
  );
});

test('dhcp-lease-invalid is quiet on valid leases (hex and +), and on a lease without expiry (ignored)', () => {
  assertQuiet(dhcpLeaseInvalid, inRange("<lease expiry='1' unit='hours'/>"));
  assertQuiet(dhcpLeaseInvalid, inRange("<lease expiry='0x10'/>"));
  assertQuiet(dhcpLeaseInvalid, inRange("<lease expiry=' +5'/>"));
  assertQuiet(dhcpLeaseInvalid, inRange("<lease unit='fortnights'/>"));
});
