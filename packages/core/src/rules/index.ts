import type { Rule } from '../engine/types.js';
import { acceptedImmutable } from './accepted-immutable.js';
import { constraintsQuantified } from './constraints-quantified.js';
import { dateValid } from './date-valid.js';
import { decisionJustified } from './decision-justified.js';
import { evidenceForOneWay } from './evidence-for-one-way.js';
import { failureStory } from './failure-story.js';
import { filenameConvention } from './filename-convention.js';
import { frontmatterValid } from './frontmatter-valid.js';
import { inlineDirectives } from './inline-directives.js';
import { linksResolve } from './links-resolve.js';
import { noHypeClaims } from './no-hype-claims.js';
import { noPlaceholders } from './no-placeholders.js';
import { numberUnique } from './number-unique.js';
import { operationsOwner } from './operations-owner.js';
import { optionsMinTwo } from './options-min-two.js';
import { proseLanguage } from './prose-language.js';
import { rejectedAlternativesReasoned } from './rejected-alternatives-reasoned.js';
import { reversibilityStated } from './reversibility-stated.js';
import { revisitOverdue } from './revisit-overdue.js';
import { revisitTriggers } from './revisit-triggers.js';
import { sectionNonempty } from './section-nonempty.js';
import { statusValid } from './status-valid.js';
import { titlePresent } from './title-present.js';
import { tradeoffsNamed } from './tradeoffs-named.js';

/** Every rule docket ships, in documentation order. */
export const allRules: readonly Rule[] = [
  optionsMinTwo,
  tradeoffsNamed,
  rejectedAlternativesReasoned,
  failureStory,
  reversibilityStated,
  revisitTriggers,
  constraintsQuantified,
  decisionJustified,
  noHypeClaims,
  revisitOverdue,
  operationsOwner,
  evidenceForOneWay,
  frontmatterValid,
  statusValid,
  titlePresent,
  dateValid,
  numberUnique,
  filenameConvention,
  linksResolve,
  acceptedImmutable,
  noPlaceholders,
  sectionNonempty,
  proseLanguage,
  inlineDirectives,
];
