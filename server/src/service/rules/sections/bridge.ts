import type { Rule } from '../../rule';

export const bridgeRules: Rule[] = [];
