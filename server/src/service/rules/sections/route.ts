import type { Rule } from '../../rule';

export const routeRules: Rule[] = [];
