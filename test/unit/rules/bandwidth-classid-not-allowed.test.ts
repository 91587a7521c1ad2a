import { test } from 'node:test';
import { bandwidthClassidNotAllowed } from '../../../server/src/service/rules/bandwidth-classid-not-allowed';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bandwidth-classid-not-allowed fires on classID in the network bandwidth, at the value', () => {
  assertFires(bandwidthClassidNotAllowed, net('<bandwidth classID="⟦3⟧"><inbound average="1000"/></bandwidth>'), 'classID attribute not supported on <bandwidth> in this usage context');
});

test('bandwidth-classid-not-allowed fires on an unparsable classID in a portgroup with the 11.x message', () => {
  assertFires(bandwidthClassidNotAllowed, net('<portgroup name="p"><bandwidth classID="⟦x⟧"/></portgroup>'), "Invalid value for attribute 'classID' in element 'bandwidth': 'x'. Expected non-negative integer value");
});

test('bandwidth-classid-not-allowed is quiet without classID', () => {
  assertQuiet(bandwidthClassidNotAllowed, net('<bandwidth><inbound average="1000"/></bandwidth>'));
});
