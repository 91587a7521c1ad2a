import { test } from 'node:test';
import { dnsDisabledWithRecords } from '../../../server/src/service/rules/dns-disabled-with-records';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("dns-disabled-with-records fires on enable='no' with a forwarder, at the first record", () => {
  assertFires(dnsDisabledWithRecords, net('<dns enable="no">\n  <⟦forwarder⟧ addr="8.8.8.8"/>\n  <txt name="a" value="b"/>\n</dns>'), "Extra data in disabled network 'test'");
});

test('dns-disabled-with-records is quiet on an empty disabled <dns>, and when DNS is enabled', () => {
  assertQuiet(dnsDisabledWithRecords, net('<dns enable="no"/>'));
  assertQuiet(dnsDisabledWithRecords, net('<dns enable="yes"><txt name="a" value="b"/></dns>'));
  assertQuiet(dnsDisabledWithRecords, net('<dns><host ip="192.168.122.2"><hostname>a</hostname></host></dns>'));
});
