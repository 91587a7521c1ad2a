import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAddress, fromBigInt, isMulticastMac, isMulticastMacText, libvirtEffectivePrefix, libvirtMacText, libvirtIpDef, libvirtRangeProblems, parseAddress, parseLibvirtMac, parseLibvirtUInt, parseLibvirtULongLong, toBigInt } from '../../server/src/service/ip';

const def = (attrs: Record<string, string>) => libvirtIpDef((n) => attrs[n]);

test('parseLibvirtUInt reads like virStrToLong_uip (checked against virsh 9.0)', () => {
  assert.equal(parseLibvirtUInt('24'), 24);
  assert.equal(parseLibvirtUInt(' 24'), 24);
  assert.equal(parseLibvirtUInt('+24'), 24);
  assert.equal(parseLibvirtUInt('4294967295'), 4294967295);
  for (const bad of ['', '24 ', '-0', '-1', 'x', '0x10', '4294967296']) assert.equal(parseLibvirtUInt(bad), undefined, bad);
});

test('parseLibvirtULongLong reads base 0 like virStrToLong_ullp', () => {
  assert.equal(parseLibvirtULongLong('0x10'), 16n);
  assert.equal(parseLibvirtULongLong(' +5'), 5n);
  assert.equal(parseLibvirtULongLong('010'), 8n);
  assert.equal(parseLibvirtULongLong('0'), 0n);
  assert.equal(parseLibvirtULongLong('18446744073709551615'), 18446744073709551615n);
  for (const bad of ['', '-1', '09', '5 ', '0x', '18446744073709551616', 'ten']) assert.equal(parseLibvirtULongLong(bad), undefined, bad);
});

test('libvirtEffectivePrefix: prefix, then netmask, then classful / 64', () => {
  const a = (s: string) => parseAddress(s)!;
  assert.equal(libvirtEffectivePrefix(a('10.1.2.3'), 24, undefined), 24);
  assert.equal(libvirtEffectivePrefix(a('10.1.2.3'), 0, a('255.255.0.0')), 16);
  assert.equal(libvirtEffectivePrefix(a('10.1.2.3'), 0, a('255.0.255.0')), -1);
  assert.equal(libvirtEffectivePrefix(a('10.1.2.3'), 0, undefined), 8);
  assert.equal(libvirtEffectivePrefix(a('172.16.0.1'), 0, undefined), 16);
  assert.equal(libvirtEffectivePrefix(a('192.168.1.1'), 0, undefined), 24);
  assert.equal(libvirtEffectivePrefix(a('224.0.0.1'), 0, undefined), -1);
  assert.equal(libvirtEffectivePrefix(a('0.0.0.0'), 0, undefined), 0);
  assert.equal(libvirtEffectivePrefix(a('fd00::1'), 0, undefined), 64);
  assert.equal(libvirtEffectivePrefix(a('::'), 0, undefined), 0);
});

test('libvirtIpDef accepts what virNetworkIPDefParseXML accepts', () => {
  assert.equal(def({ address: '10.0.0.1', prefix: '24' })?.prefix, 24);
  assert.equal(def({ address: '10.0.0.1', netmask: '255.255.255.0', prefix: '0' })?.prefix, 24);
  assert.equal(def({ address: '10.0.0.1', netmask: '', prefix: '24' })?.prefix, 24);
  assert.equal(def({ address: '10.0.0.1', family: '' })?.prefix, 8);
  assert.equal(def({ address: 'fd00::1', family: 'ipv6' })?.prefix, 64);
  assert.equal(def({ address: '10.1', prefix: '16' })?.address.text, '10.0.0.1');
});

test('libvirtIpDef rejects what the parser rejects', () => {
  const rejected: Record<string, string>[] = [
    {},
    { address: '' },
    { address: '10.0.0.256' },
    { address: '10.0.0.1', netmask: 'bad' },
    { address: '10.0.0.1', prefix: '' },
    { address: 'fd00::1' },
    { address: 'fd00::1', family: 'ipv4' },
    { address: '10.0.0.1', netmask: 'fd00::' },
    { address: '10.0.0.1', netmask: '255.0.0.0', prefix: '8' },
    { address: '10.0.0.1', prefix: '33' },
    { address: '10.0.0.1', family: 'ipv6' },
    { address: 'fd00::1', family: 'ipv6', netmask: '255.0.0.0' },
    { address: 'fd00::1', family: 'ipv6', prefix: '129' },
    { address: 'fd00::1', family: 'IPv6' },
  ];
  for (const attrs of rejected) assert.equal(def(attrs), undefined, JSON.stringify(attrs));
});

test('parseLibvirtMac reads like virMacAddrParse', () => {
  assert.deepEqual(parseLibvirtMac('52:54:00:AB:cd:01'), [0x52, 0x54, 0, 0xab, 0xcd, 1]);
  assert.deepEqual(parseLibvirtMac('2:54:0:0:0:1'), [2, 0x54, 0, 0, 0, 1]);
  assert.deepEqual(parseLibvirtMac('52:54:00:00:00:01 trailing'), [0x52, 0x54, 0, 0, 0, 1]);
  for (const bad of ['52-54-00-00-00-01', '525400000001', '52:54:00:00:00', '52:54:00:00:00:01:02', '52:54:00:00:00:001', ' 52:54:00:00:00:01', '']) assert.equal(parseLibvirtMac(bad), undefined, bad);
  assert.equal(isMulticastMac([0x53, 0, 0, 0, 0, 0]), true);
  assert.equal(isMulticastMac([0x52, 0, 0, 0, 0, 0]), false);
});

test('libvirtMacText spells what parseLibvirtMac reads the usual way; isMulticastMacText reads its first byte', () => {
  const usual = '52:54:00:0a:bc:01';
  assert.equal(libvirtMacText(usual), usual);
  assert.equal(libvirtMacText('52:54:00:0A:BC:01'), usual);
  assert.equal(libvirtMacText('52:54:0:a:bc:1 trailing'), usual);
  assert.equal(libvirtMacText('52-54-00-0a-bc-01'), undefined);
  assert.equal(isMulticastMacText(usual), false);
  assert.equal(isMulticastMacText(libvirtMacText('1:0:0:0:0:0')!), true);
  assert.equal(isMulticastMacText(libvirtMacText('0b:0:0:0:0:0')!), true);
  assert.equal(isMulticastMacText(libvirtMacText('FE:0:0:0:0:0')!), false);
});

test('libvirtRangeProblems follows virSocketAddrGetRange (checked against virsh 9.0)', () => {
  const a = (s: string) => parseAddress(s)!;
  const net = (addr: string, prefix: number) => ({ address: a(addr), prefix });
  const p = (s: string, e: string, n?: { address: ReturnType<typeof a>; prefix: number }) => libvirtRangeProblems(a(s), a(e), n);
  assert.deepEqual(p('10.0.0.2', '10.0.0.9', net('10.0.0.1', 24)), []);
  assert.deepEqual(p('10.0.0.2', 'fd00::1', net('10.0.0.1', 24)), ['family']);
  assert.deepEqual(p('fd00::2', 'fd00::9', net('10.0.0.1', 24)), ['network-family']);
  assert.deepEqual(p('10.0.0.2', '10.0.0.9', net('10.0.0.1', -1)), ['bad-prefix']);
  assert.deepEqual(p('10.0.1.2', '10.0.1.9', net('10.0.0.1', 24)), ['outside']);
  assert.deepEqual(p('10.0.0.0', '10.0.0.255', net('10.0.0.1', 24)), ['network-address', 'broadcast-address']);
  assert.deepEqual(p('10.0.0.9', '10.0.0.2', net('10.0.0.1', 24)), ['reversed']);
  // only the first two bytes are compared for "too large": a small range across them fails, a reversed one too
  assert.deepEqual(p('10.0.255.200', '10.1.0.10', net('10.0.0.1', 8)), ['too-large']);
  assert.deepEqual(p('10.1.0.5', '10.0.0.5', net('10.0.0.1', 8)), ['too-large']);
  assert.deepEqual(p('10.0.0.1', '10.0.255.254', net('10.0.0.1', 8)), []);
  assert.deepEqual(p('0.0.0.0', '10.0.0.9', net('0.0.0.0', 0)), ['network-address', 'too-large']);
  assert.deepEqual(p('fd00::1:2', 'fd00::9', net('fd00::1', 64)), ['too-large']);
  assert.deepEqual(p('fd00::9', 'fd00::2', net('fd00::1', 64)), ['reversed']);
  assert.deepEqual(p('::', '::9', net('::', 0)), []);
  assert.deepEqual(p('10.0.0.9', '10.0.0.2'), ['reversed']);
});

test('toBigInt and fromBigInt: addresses as numbers, both ways, both families', () => {
  const cases: [string, bigint][] = [
    ['0.0.0.0', 0n],
    ['0.0.0.1', 1n],
    ['1.0.0.0', 0x1000000n],
    ['192.168.122.1', 0xc0a87a01n],
    ['255.255.255.255', 0xffffffffn],
    ['::', 0n],
    ['::1', 1n],
    ['fd00::1:2', (0xfd00n << 112n) | 0x10002n],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', (1n << 128n) - 1n],
  ];
  for (const [text, number] of cases) {
    const parsed = parseAddress(text);
    assert.ok(parsed, text);
    assert.equal(toBigInt(parsed.addr), number, text);
    assert.equal(formatAddress(fromBigInt(number, parsed.family)), text);
  }
});
