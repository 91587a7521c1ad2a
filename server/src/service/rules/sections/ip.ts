import type { Rule } from '../../rule';

export const ipRules: Rule[] = [];
