import type { Rule } from '../../rule';
import { bridgeZoneNeedsFirewalld } from '../bridge-zone-needs-firewalld';
import { domainRegisterNeedsResolved } from '../domain-register-needs-resolved';
import { directModeWithoutDevices } from '../direct-mode-without-devices';
import { natIpv6WithoutIpv6Address } from '../nat-ipv6-without-ipv6-address';
import { dnsForwarderIgnoredInDeviceMode } from '../dns-forwarder-ignored-in-device-mode';
import { natPortStartZero } from '../nat-port-start-zero';
import { nameUnusualCharacters } from '../name-unusual-characters';
import { bridgeNamePrefix } from '../bridge-name-prefix';
import { bridgeNameReservedPrefix } from '../bridge-name-reserved-prefix';

/** §6: what libvirt never checks (or only on some hosts, or when a guest connects). */
export const lintRules: Rule[] = [
  bridgeZoneNeedsFirewalld,
  domainRegisterNeedsResolved,
  directModeWithoutDevices,
  natIpv6WithoutIpv6Address,
  dnsForwarderIgnoredInDeviceMode,
  natPortStartZero,
  nameUnusualCharacters,
  bridgeNamePrefix,
  bridgeNameReservedPrefix,
];
