import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDnsmasqLine, dnsmasqOptionRejected as rule } from '../../../server/src/service/rules/dnsmasq-option-rejected';
import { assertFires, assertQuiet } from '../../support/rule-harness';

const doc = (options: string, prefix = 'dnsmasq', extra = '<ip address="192.168.122.1" prefix="24"/>') =>
  `<network xmlns:${prefix}="http://libvirt.org/schemas/network/dnsmasq/1.0">\n  <name>default</name>\n  ${extra}\n  <${prefix}:options>${options}</${prefix}:options>\n</network>\n`;

test('dnsmasq-option-rejected fires on an unknown option, quoting it, at the value', () => {
  assertFires(rule, doc('<dnsmasq:option value="⟦foo=bar⟧"/>'), 'dnsmasq: bad option at line "foo=bar" of /var/lib/libvirt/dnsmasq/default.conf');
});

test('dnsmasq-option-rejected resolves the namespace by URI, not by prefix, and offers the nearest name', () => {
  const problem = assertFires(rule, doc('<d:option value="⟦strict-ordr⟧"/>', 'd'), 'bad option at line "strict-ordr"');
  assert.equal(problem.fixes?.[0]?.edits[0]?.newText, 'strict-order');
});

test('dnsmasq-option-rejected fires on a value for a flag, and a flag without its value', () => {
  const problem = assertFires(rule, doc('<dnsmasq:option value="⟦strict-order=yes⟧"/>'), 'dnsmasq: extraneous parameter at line "strict-order=yes"');
  assert.equal(problem.fixes?.[0]?.edits[0]?.newText, 'strict-order');
  assertFires(rule, doc('<dnsmasq:option value="⟦dhcp-range⟧"/>'), 'dnsmasq: missing parameter at line "dhcp-range"');
});

test('dnsmasq-option-rejected is quiet for valid options, and when dnsmasq does not run', () => {
  assertQuiet(rule, doc('<dnsmasq:option value="cname=*.cloudapps.example.com,master.example.com"/><dnsmasq:option value=" log-queries = extra "/><dnsmasq:option value="# comment"/>'));
  assertQuiet(rule, doc('<dnsmasq:option value="foo=bar"/>', 'dnsmasq', ''));
  assertQuiet(rule, doc('<dnsmasq:option value="foo=bar"/>', 'dnsmasq', '<dns enable="no"/><ip address="10.0.0.1" prefix="24"/>'));
  assertQuiet(rule, doc('<other:option xmlns:other="urn:x" value="foo=bar"/>'));
});

test("checkDnsmasqLine follows dnsmasq's config reader", () => {
  assert.equal(checkDnsmasqLine('strict-order#c')?.error, 'bad option');
  assert.equal(checkDnsmasqLine('strict-order # c'), undefined);
  assert.equal(checkDnsmasqLine('cname a,b')?.error, 'bad option');
  assert.deepEqual(checkDnsmasqLine('strict-order='), { error: 'extraneous parameter', name: 'strict-order' });
  assert.equal(checkDnsmasqLine('port='), undefined);
  assert.equal(checkDnsmasqLine('--strict-order')?.error, 'bad option');
  assert.equal(checkDnsmasqLine('cname="a#b",c'), undefined);
  assert.equal(checkDnsmasqLine('cname="a,b')?.error, 'missing "');
});

test('dnsmasq-option-rejected fires on a non-number for a numeric option, and a port above 65535', () => {
  assertFires(rule, doc('<dnsmasq:option value="⟦cache-size=abc⟧"/>'), 'dnsmasq: error at line "cache-size=abc"');
  assertFires(rule, doc('<dnsmasq:option value="⟦local-ttl=1h⟧"/>'), 'dnsmasq: error at line "local-ttl=1h"');
  assertFires(rule, doc('<dnsmasq:option value="⟦query-port=70000⟧"/>'), 'dnsmasq: error at line');
  assertQuiet(rule, doc('<dnsmasq:option value="cache-size=010"/><dnsmasq:option value="port= 5353"/>'));
});

test('dnsmasq-option-rejected fires on a once-only option libvirt already writes, or that is given twice', () => {
  assertFires(rule, doc('<dnsmasq:option value="⟦pid-file=/tmp/x.pid⟧"/>'), 'dnsmasq: illegal repeated keyword at line "pid-file=/tmp/x.pid"');
  assertFires(rule, doc('<dnsmasq:option value="cache-size=10"/><dnsmasq:option value="⟦cache-size=20⟧"/>'), 'illegal repeated keyword at line "cache-size=20"');
  assertFires(rule, doc('<dnsmasq:option value="⟦port=5353⟧"/>', 'dnsmasq', '<dns enable="no"/><ip address="10.0.0.1" prefix="24"><dhcp><range start="10.0.0.2" end="10.0.0.9"/></dhcp></ip>'), 'illegal repeated keyword');
  assertFires(rule, doc('<dnsmasq:option value="⟦dhcp-lease-max=50⟧"/>', 'dnsmasq', '<ip address="10.0.0.1" prefix="24"><dhcp><range start="10.0.0.2" end="10.0.0.9"/></dhcp></ip>'), 'illegal repeated keyword');
  assertQuiet(rule, doc('<dnsmasq:option value="port=5353"/><dnsmasq:option value="dhcp-lease-max=50"/><dnsmasq:option value="log-queries"/><dnsmasq:option value="log-queries"/>'));
});

test('dnsmasq-option-rejected fires on an unknown DHCP option name, not on known names, codes or qualifiers', () => {
  assertFires(rule, doc('<dnsmasq:option value="⟦dhcp-option=option:routerx,10.0.0.1⟧"/>'), 'dnsmasq: bad dhcp-option at line "dhcp-option=option:routerx,10.0.0.1"');
  assertFires(rule, doc('<dnsmasq:option value="⟦dhcp-option=tag:a,option6:bogus,1⟧"/>'), 'bad dhcp-option');
  assertFires(rule, doc('<dnsmasq:option value="⟦dhcp-option=0x6,1.1.1.1⟧"/>'), 'bad dhcp-option');
  assertQuiet(rule, doc('<dnsmasq:option value="dhcp-option=option:Router,10.0.0.1"/><dnsmasq:option value="dhcp-option=tag:!known,option:t1,5"/><dnsmasq:option value="dhcp-option=vendor:MSFT,2,1i"/><dnsmasq:option value="dhcp-option=option6:NTP-server,[fd00::1]"/><dnsmasq:option value="dhcp-option=252,x"/>'));
});

test('dnsmasq-option-rejected fires on address= and listen-address= values that are not IP literals', () => {
  assertFires(rule, doc('<dnsmasq:option value="⟦address=/lab/10.0.0⟧"/>'), 'dnsmasq: Bad address in --address at line "address=/lab/10.0.0"');
  assertFires(rule, doc('<dnsmasq:option value="⟦listen-address=10.0.0⟧"/>'), 'dnsmasq: error at line "listen-address=10.0.0"');
  assertQuiet(rule, doc('<dnsmasq:option value="address=/lab/"/><dnsmasq:option value="address=/ads/#"/><dnsmasq:option value="address=/lab/fd00::1"/><dnsmasq:option value="listen-address=10.0.0.1,fd00::1"/>'));
});
