import type { Rule } from '../../rule';
import { ipAddressMissing } from '../ip-address-missing';
import { ipAddressInvalid } from '../ip-address-invalid';
import { ipNetmaskInvalid } from '../ip-netmask-invalid';
import { ipPrefixInvalid } from '../ip-prefix-invalid';
import { ipFamilyMismatch } from '../ip-family-mismatch';
import { ipNetmaskNotIpv4 } from '../ip-netmask-not-ipv4';
import { ipPrefixAndNetmask } from '../ip-prefix-and-netmask';
import { ipPrefixTooLarge } from '../ip-prefix-too-large';
import { ipNetmaskIpv6 } from '../ip-netmask-ipv6';
import { ipFamilyUnknown } from '../ip-family-unknown';
import { ipTftpIpv6 } from '../ip-tftp-ipv6';
import { ipPrefixClassful } from '../ip-prefix-classful';
import { ipAddressNetworkOrBroadcast } from '../ip-address-network-or-broadcast';
import { ipSubnetOverlap } from '../ip-subnet-overlap';
import { ipAddressNoncanonical } from '../ip-address-noncanonical';

/** §3.4 `<ip>` (IP-1..IP-13) and the §6 lint warnings about it. */
export const ipRules: Rule[] = [
  ipAddressMissing,
  ipAddressInvalid,
  ipNetmaskInvalid,
  ipPrefixInvalid,
  ipFamilyMismatch,
  ipNetmaskNotIpv4,
  ipPrefixAndNetmask,
  ipPrefixTooLarge,
  ipNetmaskIpv6,
  ipFamilyUnknown,
  ipTftpIpv6,
  ipPrefixClassful,
  ipAddressNetworkOrBroadcast,
  ipSubnetOverlap,
  ipAddressNoncanonical,
];
