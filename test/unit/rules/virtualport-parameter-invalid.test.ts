import { test } from 'node:test';
import { virtualportParameterInvalid } from '../../../server/src/service/rules/virtualport-parameter-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const vp = (params: string): string => net(`<forward mode="vepa"><interface dev="eth0"/></forward>\n<virtualport type="802.1Qbg"><parameters ${params}/></virtualport>`);

test('virtualport-parameter-invalid fires on managerid 0x100, at the value', () => {
  assertFires(virtualportParameterInvalid, vp('managerid="⟦0x100⟧"'), 'value of managerid out of range');
});

test('virtualport-parameter-invalid fires on an octal-looking 08 (base 0 parsing)', () => {
  assertFires(virtualportParameterInvalid, vp('managerid="⟦08⟧"'), 'cannot parse value of managerid parameter');
});

test('virtualport-parameter-invalid fires on typeid over 24 bits and a bad instanceid', () => {
  assertFires(virtualportParameterInvalid, vp('typeid="⟦16777216⟧"'), 'value for typeid out of range');
  assertFires(virtualportParameterInvalid, vp('instanceid="⟦not-a-uuid⟧"'), 'cannot parse instanceid parameter as a uuid');
});

test('virtualport-parameter-invalid fires on a 40-byte profileid', () => {
  assertFires(virtualportParameterInvalid, net(`<portgroup name="p"><virtualport type="802.1Qbh"><parameters profileid="⟦${'p'.repeat(40)}⟧"/></virtualport></portgroup>`), 'profileid parameter too long');
});

test('virtualport-parameter-invalid is quiet on hex, octal, -1-free values and spaced UUIDs', () => {
  assertQuiet(virtualportParameterInvalid, vp('managerid="010" typeid="0xffffff" typeidversion="255" instanceid=" 09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f "'));
  assertQuiet(virtualportParameterInvalid, net(`<portgroup name="p"><virtualport type="802.1Qbh"><parameters profileid="${'p'.repeat(39)}"/></virtualport></portgroup>`));
});
