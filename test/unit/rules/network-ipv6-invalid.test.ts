import { test } from 'node:test';
import { networkIpv6Invalid } from '../../../server/src/service/rules/network-ipv6-invalid';
import { assertFires, assertQuiet } from '../../support/rule-harness';

test("network-ipv6-invalid fires on ipv6='YES' (case-sensitive), at the value", () => {
  assertFires(networkIpv6Invalid, '<network ipv6="⟦YES⟧">\n  <name>lab</name>\n</network>', "Invalid ipv6 setting 'YES' in network 'lab'");
});

test("network-ipv6-invalid is quiet on 'yes', 'no' and an empty value (read as absent)", () => {
  assertQuiet(networkIpv6Invalid, '<network ipv6="yes"><name>lab</name></network>');
  assertQuiet(networkIpv6Invalid, '<network ipv6="no"><name>lab</name></network>');
  assertQuiet(networkIpv6Invalid, '<network ipv6=""><name>lab</name></network>');
});
