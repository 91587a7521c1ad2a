import type { Rule } from '../../rule';
import { forwardModeUnknown } from '../forward-mode-unknown';
import { forwardDriverNameInvalid } from '../forward-driver-name-invalid';
import { forwardNatDuplicate } from '../forward-nat-duplicate';
import { forwardNatModeMismatch } from '../forward-nat-mode-mismatch';
import { forwardNatAddressDuplicate } from '../forward-nat-address-duplicate';
import { forwardNatAddressIncomplete } from '../forward-nat-address-incomplete';
import { forwardNatAddressNotIpv4 } from '../forward-nat-address-not-ipv4';
import { forwardNatRangeInvalid } from '../forward-nat-range-invalid';
import { forwardNatPortDuplicate } from '../forward-nat-port-duplicate';
import { forwardNatPortInvalid } from '../forward-nat-port-invalid';
import { forwardDevWithAddressOrPf } from '../forward-dev-with-address-or-pf';
import { forwardInterfaceDevMissing } from '../forward-interface-dev-missing';
import { forwardDevInterfaceMismatch } from '../forward-dev-interface-mismatch';
import { forwardInterfaceDuplicate } from '../forward-interface-duplicate';
import { forwardAddressTypeMissing } from '../forward-address-type-missing';
import { forwardAddressTypeInvalid } from '../forward-address-type-invalid';
import { forwardPciAddressInvalid } from '../forward-pci-address-invalid';
import { forwardPciAddressDuplicate } from '../forward-pci-address-duplicate';
import { forwardPfDuplicate } from '../forward-pf-duplicate';
import { forwardPfDevMissing } from '../forward-pf-dev-missing';
import { forwardChildrenIgnored } from '../forward-children-ignored';
import { forwardIpMissing } from '../forward-ip-missing';
import { forwardInterfaceMultiple } from '../forward-interface-multiple';
import { forwardOpenDevNotAllowed } from '../forward-open-dev-not-allowed';
import { bridgeAttributeNotAllowed } from '../bridge-attribute-not-allowed';
import { bridgeNameWithForwardDev } from '../bridge-name-with-forward-dev';
import { mtuNotAllowed } from '../mtu-not-allowed';

/** §3.3: <forward> and its children (FW-*), then the forward-mode constraints (FM-*). */
export const forwardRules: Rule[] = [
  forwardModeUnknown,
  forwardDriverNameInvalid,
  forwardNatDuplicate,
  forwardNatModeMismatch,
  forwardNatAddressDuplicate,
  forwardNatAddressIncomplete,
  forwardNatAddressNotIpv4,
  forwardNatRangeInvalid,
  forwardNatPortDuplicate,
  forwardNatPortInvalid,
  forwardDevWithAddressOrPf,
  forwardInterfaceDevMissing,
  forwardDevInterfaceMismatch,
  forwardInterfaceDuplicate,
  forwardAddressTypeMissing,
  forwardAddressTypeInvalid,
  forwardPciAddressInvalid,
  forwardPciAddressDuplicate,
  forwardPfDuplicate,
  forwardPfDevMissing,
  forwardChildrenIgnored,
  forwardIpMissing,
  forwardInterfaceMultiple,
  forwardOpenDevNotAllowed,
  bridgeAttributeNotAllowed,
  bridgeNameWithForwardDev,
  mtuNotAllowed,
];
