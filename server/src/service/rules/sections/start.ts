import type { Rule } from '../../rule';
import { bridgeNameTooLong } from '../bridge-name-too-long';

export const startRules: Rule[] = [bridgeNameTooLong];
