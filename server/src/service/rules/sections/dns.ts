import type { Rule } from '../../rule';
import { dnsYesNoInvalid } from '../dns-yes-no-invalid';
import { dnsForwarderAddrInvalid } from '../dns-forwarder-addr-invalid';
import { dnsForwarderEmpty } from '../dns-forwarder-empty';
import { dnsHostHostnameMissing } from '../dns-host-hostname-missing';
import { dnsHostIpInvalid } from '../dns-host-ip-invalid';
import { dnsHostIpMissing } from '../dns-host-ip-missing';
import { dnsSrvServiceMissing } from '../dns-srv-service-missing';
import { dnsSrvServiceTooLong } from '../dns-srv-service-too-long';
import { dnsSrvServiceInvalidChar } from '../dns-srv-service-invalid-char';
import { dnsSrvProtocolMissing } from '../dns-srv-protocol-missing';
import { dnsSrvProtocolInvalidChar } from '../dns-srv-protocol-invalid-char';
import { dnsSrvFieldWithoutTarget } from '../dns-srv-field-without-target';
import { dnsSrvNumberInvalid } from '../dns-srv-number-invalid';
import { dnsTxtNameMissing } from '../dns-txt-name-missing';
import { dnsTxtNameInvalidChar } from '../dns-txt-name-invalid-char';
import { dnsTxtValueMissing } from '../dns-txt-value-missing';
import { dnsDisabledWithRecords } from '../dns-disabled-with-records';
import { dnsTxtDuplicateName } from '../dns-txt-duplicate-name';
import { dnsSrvDuplicate } from '../dns-srv-duplicate';
import { dnsHostDuplicateIp } from '../dns-host-duplicate-ip';
import { domainWithoutIp } from '../domain-without-ip';

/** §3.7: DNS (and the §6.22/§6.23 DNS lint warnings). */
export const dnsRules: Rule[] = [
  dnsYesNoInvalid,
  dnsForwarderAddrInvalid,
  dnsForwarderEmpty,
  dnsHostHostnameMissing,
  dnsHostIpInvalid,
  dnsHostIpMissing,
  dnsSrvServiceMissing,
  dnsSrvServiceTooLong,
  dnsSrvServiceInvalidChar,
  dnsSrvProtocolMissing,
  dnsSrvProtocolInvalidChar,
  dnsSrvFieldWithoutTarget,
  dnsSrvNumberInvalid,
  dnsTxtNameMissing,
  dnsTxtNameInvalidChar,
  dnsTxtValueMissing,
  dnsDisabledWithRecords,
  dnsTxtDuplicateName,
  dnsSrvDuplicate,
  dnsHostDuplicateIp,
  domainWithoutIp,
];
