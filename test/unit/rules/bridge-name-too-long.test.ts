import { test } from 'node:test';
import { bridgeNameTooLong } from '../../../server/src/service/rules/bridge-name-too-long';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-name-too-long fires on 16 characters, at the name', () => {
  assertFires(bridgeNameTooLong, net('<bridge name="⟦virbr01234567890⟧"/>'), 'error creating bridge interface virbr01234567890: Numerical result out of range');
});

test('bridge-name-too-long is quiet at exactly 15 characters and for a short %d template', () => {
  assertQuiet(bridgeNameTooLong, net('<bridge name="virbr0123456789"/>'));
  assertQuiet(bridgeNameTooLong, net('<bridge name="virbr%d"/>'));
});
