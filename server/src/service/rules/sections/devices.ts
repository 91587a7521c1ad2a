import type { Rule } from '../../rule';

export const deviceRules: Rule[] = [];
