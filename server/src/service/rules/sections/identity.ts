import type { Rule } from '../../rule';
import { rootNotNetwork } from '../root-not-network';
import { nameMissing } from '../name-missing';
import { nameInvalidChar } from '../name-invalid-char';
import { nameNewline } from '../name-newline';
import { uuidMalformed } from '../uuid-malformed';
import { titleNewline } from '../title-newline';
import { networkIpv6Invalid } from '../network-ipv6-invalid';
import { attributeYesNoInvalid } from '../attribute-yes-no-invalid';
import { domainRegisterWithoutLocalOnly } from '../domain-register-without-local-only';
import { dnsmasqOptionValueMissing } from '../dnsmasq-option-value-missing';

/** §3.1: document, identity, top-level attributes. */
export const identityRules: Rule[] = [
  rootNotNetwork,
  nameMissing,
  nameInvalidChar,
  nameNewline,
  uuidMalformed,
  titleNewline,
  networkIpv6Invalid,
  attributeYesNoInvalid,
  domainRegisterWithoutLocalOnly,
  dnsmasqOptionValueMissing,
];
