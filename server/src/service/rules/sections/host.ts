import type { Rule } from '../../rule';

export const hostRules: Rule[] = [];
