import { test } from 'node:test';
import { domainWithoutIp } from '../../../server/src/service/rules/domain-without-ip';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('domain-without-ip warns on <domain> in an isolated network without <ip>, at the domain', () => {
  assertFires(domainWithoutIp, net('<bridge name="virbr9"/>\n<⟦domain⟧ name="example.com"/>'), "<domain name='example.com'> has no effect: network 'test' has no <ip>");
});

test('domain-without-ip is quiet with an <ip>, and in bridge mode (where the driver rejects <domain> itself)', () => {
  assertQuiet(domainWithoutIp, net('<domain name="example.com"/>\n<ip address="192.168.122.1" prefix="24"/>'));
  assertQuiet(domainWithoutIp, net('<forward mode="bridge"/>\n<bridge name="br0"/>\n<domain name="example.com"/>'));
});
