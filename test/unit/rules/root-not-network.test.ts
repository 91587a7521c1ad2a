import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rootNotNetwork as rule, looksLikeNetwork } from '../../../server/src/service/rules/root-not-network';
import { validateText } from '../../../server/src/service/validate';
import { assertFires, assertQuiet } from '../../support/rule-harness';

test('root-not-network fires on a misspelt root, at its name', () => {
  assertFires(rule, "<⟦netwrk⟧>\n  <name>n</name>\n  <bridge name='virbr1'/>\n</netwrk>\n", "expecting root element of 'network', not 'netwrk'");
});

test('root-not-network is quiet on <network>', () => {
  assertQuiet(rule, '<network><name>n</name></network>');
});

test('validateText reports only the root error for a network-like document with another root', () => {
  const problems = validateText("<Network>\n  <name>n</name>\n  <ip address='10.0.0.1' prefix='99'/>\n</Network>\n").problems.filter((p) => p.severity === 'error');
  assert.deepEqual(problems.map((p) => p.code), ['root-not-network']);
  assert.equal(problems[0].message, "expecting root element of 'network', not 'Network'");
});

test('looksLikeNetwork: misspellings and network-only children count; domains and other XML do not', () => {
  assert.ok(looksLikeNetwork(validateText('<netowrk/>').xml.root!));
  assert.ok(looksLikeNetwork(validateText('<net><name>a</name></net>').xml.root!));
  assert.ok(looksLikeNetwork(validateText('<config><name>a</name><forward mode="nat"/></config>').xml.root!));
  assert.ok(!looksLikeNetwork(validateText('<domain><name>a</name><devices/></domain>').xml.root!));
  assert.ok(!looksLikeNetwork(validateText('<domain><name>a</name><bridge name="b"/></domain>').xml.root!));
  assert.ok(!looksLikeNetwork(validateText('<interface type="bridge" name="br0"><bridge/><mtu size="1500"/></interface>').xml.root!));
  assert.ok(!looksLikeNetwork(validateText('<pool><name>a</name></pool>').xml.root!));
  assert.equal(validateText('<domain><name>a</name></domain>').problems.length, 0);
});
