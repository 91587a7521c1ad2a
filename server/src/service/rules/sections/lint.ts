import type { Rule } from '../../rule';

export const lintRules: Rule[] = [];
