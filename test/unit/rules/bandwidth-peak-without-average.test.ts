import { test } from 'node:test';
import { bandwidthPeakWithoutAverage } from '../../../server/src/service/rules/bandwidth-peak-without-average';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bandwidth-peak-without-average fires on floor + peak without average, at the peak', () => {
  assertFires(bandwidthPeakWithoutAverage, net('<bandwidth><inbound floor="100" peak="⟦5000⟧"/></bandwidth>'), "unsupported configuration: 'peak' and 'burst' require 'average' attribute");
});

test('bandwidth-peak-without-average is quiet with average, and when average and floor are both missing (reported as such)', () => {
  assertQuiet(bandwidthPeakWithoutAverage, net('<bandwidth><inbound average="1000" peak="5000" burst="1024"/></bandwidth>'));
  assertQuiet(bandwidthPeakWithoutAverage, net('<bandwidth><inbound peak="5000"/></bandwidth>'));
});
