import type { Rule } from '../../rule';
import { routePrefixInvalid } from '../route-prefix-invalid';
import { routeMetricInvalid } from '../route-metric-invalid';
import { routeAddressMissing } from '../route-address-missing';
import { routeGatewayMissing } from '../route-gateway-missing';
import { routeAddressInvalid } from '../route-address-invalid';
import { routeGatewayInvalid } from '../route-gateway-invalid';
import { routeFamilyMismatch } from '../route-family-mismatch';
import { routeNetmaskInvalid } from '../route-netmask-invalid';
import { routeNetmaskWithPrefix } from '../route-netmask-with-prefix';
import { routeFamilyUnknown } from '../route-family-unknown';
import { routeAddressNotNetwork } from '../route-address-not-network';
import { routeGatewayUnreachable } from '../route-gateway-unreachable';

/** §3.8: static routes. */
export const routeRules: Rule[] = [
  routePrefixInvalid,
  routeMetricInvalid,
  routeAddressMissing,
  routeGatewayMissing,
  routeAddressInvalid,
  routeGatewayInvalid,
  routeFamilyMismatch,
  routeNetmaskInvalid,
  routeNetmaskWithPrefix,
  routeFamilyUnknown,
  routeAddressNotNetwork,
  routeGatewayUnreachable,
];
