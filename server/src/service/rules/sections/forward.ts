import type { Rule } from '../../rule';

export const forwardRules: Rule[] = [];
