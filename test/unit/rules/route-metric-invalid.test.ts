import { test } from 'node:test';
import { routeMetricInvalid } from '../../../server/src/service/rules/route-metric-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-metric-invalid fires on metric 0, at the value', () => {
  assertFires(routeMetricInvalid, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10" metric="⟦0⟧"/>`), "Invalid value for attribute 'metric' in element 'route': Zero is not permitted");
});

test('route-metric-invalid fires on a negative metric', () => {
  assertFires(routeMetricInvalid, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10" metric="⟦-1⟧"/>`), "Invalid value for attribute 'metric' in element 'route': '-1'. Expected non-negative integer value");
});

test('route-metric-invalid is quiet on a positive metric', () => {
  assertQuiet(routeMetricInvalid, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10" metric="1"/>`));
});
