import { test } from 'node:test';
import { forwardInterfaceMultiple } from '../../../server/src/service/rules/forward-interface-multiple';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-interface-multiple fires on a second interface in nat mode, at that interface', () => {
  assertFires(
    forwardInterfaceMultiple,
    net("<forward dev='eth47' mode='nat'>\n  <interface dev='eth47'/>\n  <⟦interface⟧ dev='eth1'/>\n</forward>\n<ip address='192.168.10.1' prefix='24'/>", 'default'),
    "multiple forwarding interfaces specified for network 'default', only one is supported",
  );
});

test('forward-interface-multiple counts PCI addresses in route mode', () => {
  assertFires(forwardInterfaceMultiple, net('<forward mode="route"><address type="pci" bus="1"/><⟦address⟧ type="pci" bus="2"/></forward>\n<ip address="192.168.10.1" prefix="24"/>'), 'multiple forwarding interfaces');
});

test('forward-interface-multiple is quiet on dev + the matching first interface, and in device modes', () => {
  assertQuiet(forwardInterfaceMultiple, net("<forward dev='eth0' mode='nat'><interface dev='eth0'/></forward>\n<ip address='192.168.10.1' prefix='24'/>"));
  assertQuiet(forwardInterfaceMultiple, net("<forward mode='bridge'><interface dev='eth0'/><interface dev='eth1'/></forward>"));
});
