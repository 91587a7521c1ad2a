import type { Rule } from '../../rule';
import { subnetInUse } from '../subnet-in-use';
import { subnetOverlap } from '../subnet-overlap';
import { bridgeNameInUse } from '../bridge-name-in-use';
import { bridgeNameExistsOnHost } from '../bridge-name-exists-on-host';
import { networkExistsWithoutUuid } from '../network-exists-without-uuid';
import { bridgeMissingOnHost } from '../bridge-missing-on-host';

/** Checks against live host facts (ctx.host): silent without them. */
export const hostRules: Rule[] = [subnetInUse, subnetOverlap, bridgeNameInUse, bridgeNameExistsOnHost, networkExistsWithoutUuid, bridgeMissingOnHost];
