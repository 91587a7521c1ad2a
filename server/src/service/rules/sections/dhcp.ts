import type { Rule } from '../../rule';
import { dhcpRangeAttributeMissing } from '../dhcp-range-attribute-missing';
import { dhcpRangeAddressInvalid } from '../dhcp-range-address-invalid';
import { dhcpRangeBadPrefix } from '../dhcp-range-bad-prefix';
import { dhcpRangeFamilyMismatch } from '../dhcp-range-family-mismatch';
import { dhcpRangeOutsideSubnet } from '../dhcp-range-outside-subnet';
import { dhcpRangeNetworkOrBroadcast } from '../dhcp-range-network-or-broadcast';
import { dhcpRangeTooLarge } from '../dhcp-range-too-large';
import { dhcpRangeReversed } from '../dhcp-range-reversed';
import { dhcpLeaseInvalid } from '../dhcp-lease-invalid';
import { dhcpLeaseTooShort } from '../dhcp-lease-too-short';
import { dhcpHostMacIpv6 } from '../dhcp-host-mac-ipv6';
import { dhcpHostMacInvalid } from '../dhcp-host-mac-invalid';
import { dhcpHostIdInvalid } from '../dhcp-host-id-invalid';
import { dhcpHostNameInvalid } from '../dhcp-host-name-invalid';
import { dhcpHostIpInvalid } from '../dhcp-host-ip-invalid';
import { dhcpHostIdentityMissing } from '../dhcp-host-identity-missing';
import { dhcpHostIpMissing } from '../dhcp-host-ip-missing';
import { dhcpBootpFileMissing } from '../dhcp-bootp-file-missing';
import { dhcpBootpServerInvalid } from '../dhcp-bootp-server-invalid';
import { dhcpBootpIpv6 } from '../dhcp-bootp-ipv6';
import { dhcpHostIpOutsideSubnet } from '../dhcp-host-ip-outside-subnet';
import { dhcpHostDuplicate } from '../dhcp-host-duplicate';
import { dhcpRangeContainsGateway } from '../dhcp-range-contains-gateway';
import { dhcpRangeOverlap } from '../dhcp-range-overlap';
import { dhcpHostNameCharacters } from '../dhcp-host-name-characters';

/** §3.5 DHCP ranges (DR-*), §3.6 hosts/lease/bootp (DH-*), and the §6 lint warnings about them. */
export const dhcpRules: Rule[] = [
  dhcpRangeAttributeMissing,
  dhcpRangeAddressInvalid,
  dhcpRangeBadPrefix,
  dhcpRangeFamilyMismatch,
  dhcpRangeOutsideSubnet,
  dhcpRangeNetworkOrBroadcast,
  dhcpRangeTooLarge,
  dhcpRangeReversed,
  dhcpLeaseInvalid,
  dhcpLeaseTooShort,
  dhcpHostMacIpv6,
  dhcpHostMacInvalid,
  dhcpHostIdInvalid,
  dhcpHostNameInvalid,
  dhcpHostIpInvalid,
  dhcpHostIdentityMissing,
  dhcpHostIpMissing,
  dhcpBootpFileMissing,
  dhcpBootpServerInvalid,
  dhcpBootpIpv6,
  dhcpHostIpOutsideSubnet,
  dhcpHostDuplicate,
  dhcpRangeContainsGateway,
  dhcpRangeOverlap,
  dhcpHostNameCharacters,
];
