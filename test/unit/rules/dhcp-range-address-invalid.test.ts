import { test } from 'node:test';
import { dhcpRangeAddressInvalid } from '../../../server/src/service/rules/dhcp-range-address-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-address-invalid: unparseable end, and an empty start', () => {
  assertFires(dhcpRangeAddressInvalid, net("<ip address='192.168.100.1' prefix='24'><dhcp><range start='192.168.100.2' end='⟦192.168.100.300⟧'/></dhcp></ip>"), "Cannot parse socket address '192.168.100.300': Name or service not known");
  assertFires(dhcpRangeAddressInvalid, net("<ip address='192.168.100.1' prefix='24'><dhcp><range ⟦start=''⟧ end='192.168.100.9'/></dhcp></ip>"), "Cannot parse socket address '': Name or service not known");
});

test('dhcp-range-address-invalid is quiet on numeric addresses, lenient ones included', () => {
  assertQuiet(dhcpRangeAddressInvalid, net("<ip address='192.168.100.1' prefix='24'><dhcp><range start='192.168.100.2' end='0xC0A86409'/></dhcp></ip>"));
});
