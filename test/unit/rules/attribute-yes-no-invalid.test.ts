import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeYesNoInvalid } from '../../../server/src/service/rules/attribute-yes-no-invalid';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

test('attribute-yes-no-invalid fires on trustGuestRxFilters="YES", at the value', () => {
  assertFires(
    attributeYesNoInvalid,
    '<network trustGuestRxFilters="⟦YES⟧">\n  <name>lab</name>\n</network>',
    "Invalid value for attribute 'trustGuestRxFilters' in element 'network': 'YES'.",
  );
});

test('attribute-yes-no-invalid fires on an empty value (marked on the whole attribute) and on the internal "default"', () => {
  assertFires(attributeYesNoInvalid, net('<domain name="lab" ⟦localOnly=""⟧/>'), "Invalid value for attribute 'localOnly' in element 'domain': ''.");
  assertFires(attributeYesNoInvalid, net('<forward mode="nat"><nat ipv6="⟦default⟧"/></forward>'), "in element 'nat': 'default'.");
});

test('attribute-yes-no-invalid covers domain register, ip localPtr and portgroup trustGuestRxFilters', () => {
  const { problems } = runRule(
    attributeYesNoInvalid,
    net('<domain name="lab" register="true"/>\n<ip address="10.0.0.1" prefix="24" localPtr="on"/>\n<portgroup name="pg" trustGuestRxFilters="1"/>'),
  );
  assert.deepEqual(
    problems.map((p) => p.message),
    [
      "Invalid value for attribute 'register' in element 'domain': 'true'.",
      "Invalid value for attribute 'localPtr' in element 'ip': 'on'.",
      "Invalid value for attribute 'trustGuestRxFilters' in element 'portgroup': '1'.",
    ],
  );
});

test('attribute-yes-no-invalid is quiet on yes/no, and leaves dns and port attributes to their rules', () => {
  assertQuiet(
    attributeYesNoInvalid,
    '<network trustGuestRxFilters="no"><name>lab</name><domain name="lab" localOnly="yes" register="yes"/><forward><nat ipv6="yes"/></forward>' +
      '<ip address="10.0.0.1" prefix="24" localPtr="yes"/><dns enable="maybe"/><port isolated="maybe"/></network>',
  );
});
