import { test } from 'node:test';
import { dnsmasqOptionValueMissing } from '../../../server/src/service/rules/dnsmasq-option-value-missing';
import { assertFires, assertQuiet } from '../../support/rule-harness';

const NS = 'http://libvirt.org/schemas/network/dnsmasq/1.0';

test('dnsmasq-option-value-missing fires on an option without value, at the option', () => {
  assertFires(
    dnsmasqOptionValueMissing,
    `<network xmlns:dnsmasq="${NS}">\n  <name>lab</name>\n  <dnsmasq:options>\n    <⟦dnsmasq:option⟧/>\n  </dnsmasq:options>\n</network>`,
    'internal error: No dnsmasq options value specified',
  );
});

test('dnsmasq-option-value-missing matches by namespace URI, not by prefix', () => {
  assertFires(
    dnsmasqOptionValueMissing,
    `<network xmlns:d="${NS}"><name>lab</name><d:options><d:option value="a"/><⟦d:option⟧/></d:options></network>`,
    'No dnsmasq options value specified',
  );
  // No prefix at all: the default namespace is the dnsmasq one.
  assertFires(dnsmasqOptionValueMissing, `<network><name>lab</name><options xmlns="${NS}"><⟦option⟧/></options></network>`, 'No dnsmasq options value specified');
  // A longer local name that ends like one is not one.
  assertQuiet(dnsmasqOptionValueMissing, `<network xmlns:d="${NS}"><name>lab</name><d:xoptions><d:option/></d:xoptions></network>`);
  assertQuiet(dnsmasqOptionValueMissing, '<network xmlns:dnsmasq="http://example.com/other"><name>lab</name><dnsmasq:options><dnsmasq:option/></dnsmasq:options></network>');
});

test('dnsmasq-option-value-missing is quiet with a value (even empty) and outside ./dnsmasq:options', () => {
  assertQuiet(dnsmasqOptionValueMissing, `<network xmlns:dnsmasq="${NS}"><name>lab</name><dnsmasq:options><dnsmasq:option value=""/></dnsmasq:options></network>`);
  assertQuiet(
    dnsmasqOptionValueMissing,
    `<network xmlns:dnsmasq="${NS}"><name>lab</name><metadata><dnsmasq:options><dnsmasq:option/></dnsmasq:options></metadata></network>`,
  );
});
