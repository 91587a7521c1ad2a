import type { Rule } from '../../rule';

export const dhcpRules: Rule[] = [];
