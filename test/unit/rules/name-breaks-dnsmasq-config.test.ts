import { test } from 'node:test';
import { nameBreaksDnsmasqConfig as rule } from '../../../server/src/service/rules/name-breaks-dnsmasq-config';
import { assertFires, assertQuiet } from '../../support/rule-harness';

const ip = '<ip address="10.9.9.1" prefix="24"/>';

test("name-breaks-dnsmasq-config fires on ' #' in the name when dnsmasq runs, at the name's text", () => {
  assertFires(rule, `<network><name>⟦lab #1⟧</name>${ip}</network>`, 'An error occurred, but the cause is unknown');
  assertFires(rule, `<network><name>⟦x\t#⟧</name><forward mode="nat"/>${ip}</network>`, 'cause is unknown');
});

test("name-breaks-dnsmasq-config is quiet on '#' without white space before it, and without dnsmasq", () => {
  assertQuiet(rule, `<network><name>#1</name>${ip}</network>`);
  assertQuiet(rule, `<network><name>a"b#c</name>${ip}</network>`);
  assertQuiet(rule, `<network><name>lab #1</name></network>`);
  assertQuiet(rule, `<network><name>lab #1</name><dns enable="no"/>${ip}</network>`);
});
