import { test } from 'node:test';
import { dnsmasqRecordRejected as rule } from '../../../server/src/service/rules/dnsmasq-record-rejected';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="10.0.0.1" prefix="24"/>';
const a = (n: number) => 'a'.repeat(n);

test('dnsmasq-record-rejected fires on an SRV service over 62 characters (the label _service exceeds 63), at the service', () => {
  assertFires(rule, net(`<dns><srv service="⟦${a(63)}⟧" protocol="tcp"/></dns>${IP}`, 'sv'), `dnsmasq: bad SRV record at line "srv-host=_${a(63)}._tcp" of /var/lib/libvirt/dnsmasq/sv.conf`);
  assertQuiet(rule, net(`<dns><srv service="${a(62)}" protocol="tcp"/></dns>${IP}`));
});

test('dnsmasq-record-rejected fires on a long SRV protocol, domain label or target label', () => {
  assertFires(rule, net(`<dns><srv service="http" protocol="⟦${a(63)}⟧"/></dns>${IP}`), 'bad SRV record');
  assertFires(rule, net(`<dns><srv service="http" protocol="tcp" domain="⟦${a(64)}.example⟧"/></dns>${IP}`), 'bad SRV record');
  assertFires(rule, net(`<dns><srv service="http" protocol="tcp" target="⟦${a(64)}.example⟧" port="80"/></dns>${IP}`), 'bad SRV target');
});

test('dnsmasq-record-rejected fires on non-ASCII names (dnsmasq runs in the C locale)', () => {
  assertFires(rule, net(`<dns><srv service="http" protocol="tcp" domain="⟦exämple⟧"/></dns>${IP}`), 'bad SRV record');
  assertFires(rule, net(`<dns><txt name="⟦tä⟧" value="x"/></dns>${IP}`), 'bad TXT record');
  assertFires(rule, net(`<domain name="⟦läb⟧"/>${IP}`), 'dnsmasq: error at line "domain=läb"');
});

test('dnsmasq-record-rejected fires on a comma in the SRV target, which shifts the port field', () => {
  assertFires(rule, net(`<dns><srv service="http" protocol="tcp" target="⟦a,b⟧" port="80"/></dns>${IP}`), 'invalid port number');
});

test('dnsmasq-record-rejected fires on a TXT value with an unclosed quote, at the value', () => {
  assertFires(rule, net(`<dns><txt name="t" value='⟦say "hi⟧'/></dns>${IP}`), 'dnsmasq: missing " at line');
  assertQuiet(rule, net(`<dns><txt name="t" value='"quoted"'/></dns>${IP}`));
});

test('dnsmasq-record-rejected fires on long domain and forwarder-domain labels', () => {
  assertFires(rule, net(`<domain name="⟦${a(64)}⟧" localOnly="yes"/>${IP}`), `dnsmasq: error at line "local=/${a(64)}/"`);
  assertFires(rule, net(`<dns><forwarder domain="⟦${a(64)}.example⟧" addr="10.0.0.53"/></dns>${IP}`), 'dnsmasq: error at line "server=/');
});

test('dnsmasq-record-rejected fires on a TXT record longer than dnsmasq\'s line buffer', () => {
  assertFires(rule, net(`<dns><txt name="⟦t⟧" value="${'v'.repeat(1020)}"/></dns>${IP}`), 'dnsmasq: bad option at line "vvvv');
  assertQuiet(rule, net(`<dns><txt name="t" value="${'v'.repeat(1000)}"/></dns>${IP}`));
});

test('dnsmasq-record-rejected is quiet where dnsmasq accepts or never runs', () => {
  assertQuiet(rule, net(`<domain name="Lab.Example"/><dns><txt name="a..b" value="a #b, c"/><srv service="ldap" protocol="tcp" domain="ex_ample" target="." port="389"/><srv service="h" protocol="udp" target="t.example" port="80" priority="1" weight="2"/><forwarder domain="a b" addr="10.0.0.53"/></dns>${IP}`));
  assertQuiet(rule, net(`<dns><srv service="${a(63)}" protocol="tcp"/></dns>`)); // no <ip>: no dnsmasq
  assertQuiet(rule, net(`<forward mode="bridge"/><bridge name="br0"/><domain name="${a(64)}"/>`));
});

test('dnsmasq-record-rejected fires on a bootp file with a quote (dhcp-boot line), not on spaces', () => {
  const dhcp = (bootp: string) => net(`<ip address="10.0.0.1" prefix="24"><dhcp><range start="10.0.0.2" end="10.0.0.9"/>${bootp}</dhcp></ip>`);
  assertFires(rule, dhcp(`<bootp file='⟦pxe"linux.0⟧'/>`), 'dnsmasq: missing " at line "dhcp-boot=pxe"linux.0"');
  assertQuiet(rule, dhcp(`<bootp file='boot dir/pxelinux.0' server='10.0.0.1'/>`));
});

test("dnsmasq-record-rejected fires on ' #' in a local or forwarder domain (dnsmasq reads a comment), not in domain= alone", () => {
  assertFires(rule, net(`<domain name="⟦lab #x⟧" localOnly="yes"/>${IP}`), 'dnsmasq: Name or service not known at line "local=/lab #x/"');
  assertFires(rule, net(`<dns><forwarder domain="⟦lab #x⟧" addr="10.0.0.53"/></dns>${IP}`), 'Name or service not known');
  assertQuiet(rule, net(`<domain name="lab #x"/>${IP}`));
});
