import type { Rule } from '../engine/types.js';
import { failureStory } from './failure-story.js';
import { optionsMinTwo } from './options-min-two.js';
import { rejectedAlternativesReasoned } from './rejected-alternatives-reasoned.js';
import { reversibilityStated } from './reversibility-stated.js';
import { revisitTriggers } from './revisit-triggers.js';
import { tradeoffsNamed } from './tradeoffs-named.js';

/** Every rule docket ships, in documentation order. */
export const allRules: readonly Rule[] = [
  optionsMinTwo,
  tradeoffsNamed,
  rejectedAlternativesReasoned,
  failureStory,
  reversibilityStated,
  revisitTriggers,
];
