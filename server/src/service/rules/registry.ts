import type { Rule } from '../rule';
import { identityRules } from './sections/identity';
import { bridgeRules } from './sections/bridge';
import { forwardRules } from './sections/forward';
import { ipRules } from './sections/ip';
import { dhcpRules } from './sections/dhcp';
import { dnsRules } from './sections/dns';
import { routeRules } from './sections/route';
import { deviceRules } from './sections/devices';
import { driverValidationRules } from './sections/driver-validation';
import { startRules } from './sections/start';
import { lintRules } from './sections/lint';
import { schemaRules } from './sections/schema';
import { hostRules } from './sections/host';

/** The one table of rules, grouped by the spec's sections (LIBVIRT-NETWORK-RULES.md §3, §5, §6). */
export const allRules: readonly Rule[] = [
  ...identityRules,
  ...bridgeRules,
  ...forwardRules,
  ...ipRules,
  ...dhcpRules,
  ...dnsRules,
  ...routeRules,
  ...deviceRules,
  ...driverValidationRules,
  ...startRules,
  ...lintRules,
  ...schemaRules,
  ...hostRules,
];
