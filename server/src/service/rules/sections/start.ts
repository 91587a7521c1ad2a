import type { Rule } from '../../rule';
import { bridgeNameTooLong } from '../bridge-name-too-long';
import { bridgeNameInvalid } from '../bridge-name-invalid';
import { ipNetmaskInvalidAtStart } from '../ip-netmask-invalid-at-start';
import { mtuRejectedAtStart } from '../mtu-rejected-at-start';
import { bridgeMacZero } from '../bridge-mac-zero';
import { ipAddressUnassignable } from '../ip-address-unassignable';
import { natPortRangeEmpty } from '../nat-port-range-empty';
import { localPtrPrefixUnsupported } from '../local-ptr-prefix-unsupported';
import { ipv6DhcpPrefixTooShort } from '../ipv6-dhcp-prefix-too-short';
import { dnsmasqOptionRejected } from '../dnsmasq-option-rejected';
import { dnsmasqRecordRejected } from '../dnsmasq-record-rejected';
import { nameTooLongForDnsmasqFiles } from '../name-too-long-for-dnsmasq-files';
import { nameBreaksDnsmasqConfig } from '../name-breaks-dnsmasq-config';

/** §3.12 / §6: what net-start refuses, decidable from the document alone. */
export const startRules: Rule[] = [
  bridgeNameTooLong,
  bridgeNameInvalid,
  ipNetmaskInvalidAtStart,
  mtuRejectedAtStart,
  bridgeMacZero,
  ipAddressUnassignable,
  natPortRangeEmpty,
  localPtrPrefixUnsupported,
  ipv6DhcpPrefixTooShort,
  dnsmasqOptionRejected,
  dnsmasqRecordRejected,
  nameTooLongForDnsmasqFiles,
  nameBreaksDnsmasqConfig,
];
