import { test } from 'node:test';
import { bandwidthAverageMissing } from '../../../server/src/service/rules/bandwidth-average-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bandwidth-average-missing fires on an inbound with only peak, at the inbound', () => {
  assertFires(bandwidthAverageMissing, net('<bandwidth>\n  <⟦inbound⟧ peak="5000"/>\n</bandwidth>'), 'Missing mandatory average or floor attributes');
});

test('bandwidth-average-missing is quiet with average, or with floor (that is another error)', () => {
  assertQuiet(bandwidthAverageMissing, net('<bandwidth><inbound average="1000"/><outbound average="1000" peak="2000"/></bandwidth>'));
  assertQuiet(bandwidthAverageMissing, net('<bandwidth><inbound floor="1000"/></bandwidth>'));
});
