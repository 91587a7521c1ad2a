import type { Rule } from '../../rule';
import { nameMissing } from '../name-missing';

export const identityRules: Rule[] = [nameMissing];
