import { test } from 'node:test';
import { bridgeNameTooLong } from '../../../server/src/service/rules/bridge-name-too-long';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-name-too-long fires on 16 characters, at the name', () => {
  assertFires(bridgeNameTooLong, net('<bridge name="⟦virbr01234567890⟧"/>'), 'error creating bridge interface virbr01234567890: Numerical result out of range');
});

test('bridge-name-too-long checks the expansion of a %d template', () => {
  assertFires(bridgeNameTooLong, net('<bridge name="⟦averyverylongbr%d⟧"/>'), 'error creating bridge interface averyverylongbr0: Numerical result out of range');
});

test('bridge-name-too-long is quiet at exactly 15 characters and for a short %d template', () => {
  assertQuiet(bridgeNameTooLong, net('<bridge name="virbr0123456789"/>'));
  assertQuiet(bridgeNameTooLong, net('<bridge name="virbr%d"/>'));
});

test('bridge-name-too-long is quiet when libvirt falls back to virbr%d, and for host bridges (forward mode bridge)', () => {
  assertQuiet(bridgeNameTooLong, net('<bridge name="averyveryverylongname%d%d"/>'));
  assertQuiet(bridgeNameTooLong, net('<forward mode="bridge"/><bridge name="averyverylonghostbridge"/>'));
});
