import type { Rule } from '../../rule';

export const driverValidationRules: Rule[] = [];
