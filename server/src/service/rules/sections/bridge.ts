import type { Rule } from '../../rule';
import { bridgeDelayInvalid } from '../bridge-delay-invalid';
import { bridgeMacTableManagerInvalid } from '../bridge-mac-table-manager-invalid';
import { macAddressInvalid } from '../mac-address-invalid';
import { macAddressMulticast } from '../mac-address-multicast';
import { mtuSizeInvalid } from '../mtu-size-invalid';

/** §3.2: <bridge>, <mac>, <mtu> as the parser reads them. */
export const bridgeRules: Rule[] = [bridgeDelayInvalid, bridgeMacTableManagerInvalid, macAddressInvalid, macAddressMulticast, mtuSizeInvalid];
