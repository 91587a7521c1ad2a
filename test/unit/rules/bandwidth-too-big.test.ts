import { test } from 'node:test';
import { bandwidthTooBig as rule } from '../../../server/src/service/rules/bandwidth-too-big';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bandwidth-too-big fires on an average above 2^54, at the attribute', () => {
  assertFires(rule, net('<bandwidth><inbound average="⟦18014398509481985⟧"/></bandwidth>'), "numerical overflow: value '18014398509481985' is too big for 'average' parameter, maximum is '18014398509481984'");
});

test('bandwidth-too-big fires on a burst above UINT_MAX>>10', () => {
  assertFires(rule, net('<bandwidth><outbound average="1000" burst="⟦4194304⟧"/></bandwidth>'), "value '4194304' is too big for 'burst' parameter, maximum is '4194303'");
});

test('bandwidth-too-big is quiet at the limits', () => {
  assertQuiet(rule, net('<bandwidth><inbound average="18014398509481984" peak="18014398509481984" burst="4194303"/></bandwidth>'));
});
