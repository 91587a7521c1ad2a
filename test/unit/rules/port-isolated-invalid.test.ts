import { test } from 'node:test';
import { portIsolatedInvalid } from '../../../server/src/service/rules/port-isolated-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("port-isolated-invalid fires on isolated='on', at the value", () => {
  assertFires(portIsolatedInvalid, net('<port isolated="⟦on⟧"/>'), "Invalid value for attribute 'isolated' in element 'port': 'on'.");
});

test('port-isolated-invalid is quiet on yes/no and on the NAT <port> inside <forward>', () => {
  assertQuiet(portIsolatedInvalid, net('<port isolated="yes"/>'));
  assertQuiet(portIsolatedInvalid, net('<forward mode="nat"><nat><port start="1024" end="65535"/></nat></forward>\n<ip address="192.168.122.1" prefix="24"/>'));
});
