import type { Rule } from '../engine/types.js';
import { optionsMinTwo } from './options-min-two.js';

/** Every rule docket ships, in documentation order. */
export const allRules: readonly Rule[] = [optionsMinTwo];
