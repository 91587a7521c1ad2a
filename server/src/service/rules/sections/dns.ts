import type { Rule } from '../../rule';

export const dnsRules: Rule[] = [];
