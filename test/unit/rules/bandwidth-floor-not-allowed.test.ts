import { test } from 'node:test';
import { bandwidthFloorNotAllowed } from '../../../server/src/service/rules/bandwidth-floor-not-allowed';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bandwidth-floor-not-allowed fires on floor in a portgroup, at the value', () => {
  assertFires(bandwidthFloorNotAllowed, net('<portgroup name="p"><bandwidth><inbound average="1000" floor="⟦200⟧"/></bandwidth></portgroup>'), 'unsupported configuration: floor attribute is not supported for this config');
});

test("bandwidth-floor-not-allowed fires on floor='0' too (libvirt 11.x checks presence)", () => {
  assertFires(bandwidthFloorNotAllowed, net('<bandwidth><inbound floor="⟦0⟧"/></bandwidth>'), 'floor attribute is not supported');
});

test('bandwidth-floor-not-allowed fires on outbound floor', () => {
  assertFires(bandwidthFloorNotAllowed, net('<bandwidth><outbound average="10" floor="⟦5⟧"/></bandwidth>'), 'floor attribute is not supported');
});

test('bandwidth-floor-not-allowed is quiet without floor', () => {
  assertQuiet(bandwidthFloorNotAllowed, net('<bandwidth><inbound average="1000" peak="2000"/></bandwidth>'));
});
