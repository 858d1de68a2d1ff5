import type { DocumentRule } from '../engine/types.js';
import { missingSectionFix } from '../fix/sections.js';
import { EMPTY_ANSWER } from '../language.js';
import type { AdrDocument, Block, Section } from '../model.js';
import { proseSentences, splitSentences } from '../text/sentences.js';
import { anchorFor, sectionProse } from './anchors.js';

interface Options {
  oneWayMinOptions: number;
  oneWayRequiresEvidence: boolean;
}

export type Reversibility = 'two-way' | 'costly' | 'one-way';

export const REVERSIBILITY_VALUES: Record<string, Reversibility> = {
  'two-way': 'two-way',
  reversible: 'two-way',
  costly: 'costly',
  hard: 'costly',
  'one-way': 'one-way',
  irreversible: 'one-way',
};

/** Sentences that say how hard the decision is to undo, or how it would be undone. */
const REVERSIBILITY_PROSE =
  /\b(?:(?:ir)?reversib(?:le|ility)|two-way door|one-way door|lock-?in|locked in|(?:easy|easily|hard|harder|difficult|costly|expensive|cheap|quick|fast|simple|possible|trivial|straightforward) to (?:change|switch(?! on\b)|replace|migrate|move away|remove|deprecate|undo|revert|reverse|retract|back out|roll back)(?: later)?|(?:can|could) (?:always |later |easily |still )?(?:be )?(?:changed|replaced|switched|reverted|undone|rolled back)(?: later| again| in the future| if)|pivot away|migrat(?:e|ion) (?:away|back)|switch(?:ing)? back|at a later stage|retract support|exit strategy|freedom to (?:change|rename|switch|revisit|move)|(?:change|rename|redo)\w* (?:\w+ ){0,5}again|once (?:\w+ ){0,3}(?:are |is )?(?:released|published|separated|shipped|adopted)[^.]{0,60}\b(?:hard|difficult|need|cannot)|(?:undo(?:ing)?|revert(?:ing)?|reversing|rolling back|roll back|backing out(?: of)?|back out(?: of)?|switching back|going back|moving back)(?: (?:this|it|the change|the decision|this decision|this change))? (?:means|would mean|takes|would take|is|would be|costs|would cost|requires|would require)|(?:can(?:no|')t|could(?:n't| not)|won't|will not) (?:easily |simply |quickly )?(?:go|switch|move) back|(?:can|could) (?:always |easily |still |quickly )?(?:(?:go|switch|move) back|revert to (?:the |our )?(?:old|previous|original|former|legacy|earlier))|no (?:way|going) back|point of no return|(?:cannot|can't|can not) be (?:undone|reversed|reverted|rolled back)|return to the (?:old|previous|existing|current)|(?:moving|migrating|switching) (?:off|away from) (?:[\w-]+ ){1,3}(?:later|again|would|in the future)|(?:replac|swapp|remov|chang)(?:e|es|ing) (?:[\w-]+ ){1,3}later (?:would|will|is|means|costs?)|(?:can|could) (?:\w+ ){0,2}(?:replace|swap|rip out|migrate away from|move away from)\b[^.]{0,60}\b(?:in (?:a|an|one|two|three|a few|a couple of|\d+) (?:days?|hours?|weeks?|sprints?)|behind (?:an?|our|the|this|its) (?:[\w-]+ )?(?:adapter|interface|abstraction|facade|port|wrapper))|(?:moving|switching|going|migrating|returning|reverting) back to (?:[\w-]+ ){1,4}?(?:(?:(?:would|will) )?(?:take|takes|cost|costs|mean|means|require|requires)|is|would be|will be|remains|stays)\b|(?:can|could) (?:always |easily |still )?(?:move|switch|migrate) (?:over )?to (?:[\w-]+ ){1,3}later\b|(?:moving|switching|migrating|changing) (?:over )?to (?:[\w-]+ ){1,4}(?:later|in the future|one day|down the line) (?:(?:would|will) )?(?:take|takes|cost|costs|mean|means|require|requires|is|be)\b|(?:keep|keeping|leave|leaving) the (?:old|previous|legacy|existing|current) [^.]{0,60}\b(?:fall|roll|switch|go|move) back\b)\b/i;

/**
 * A rollout behind a feature flag undone by switching the flag off: "we can turn the flag off to roll
 * back", "rolling back is disabling the `new-checkout` toggle". The flag alone ("behind a flag") says
 * nothing about going back; it must be switched off for a way back.
 */
const FLAG =
  '(?:the |a |that |this |our |its )?(?:[\\w-]+ ){0,2}(?:feature[- ])?(?:flags?|toggles?|kill[- ]?switch(?:es)?)';
const SWITCH = '(?:turn|switch|flip|toggle)(?:s|ed|ing)?';
const SWITCH_OFF = `(?:${SWITCH} off ${FLAG}|${SWITCH} ${FLAG} (?:back )?off|disabl(?:e|es|ed|ing) ${FLAG})`;
const FLAG_ROLLBACK = new RegExp(
  `\\b${SWITCH_OFF}\\b[^.;]{0,60}\\b(?:roll(?:s|ed|ing)? ?back|rollbacks?|revert|undo|back out|go back|switch back|return to)\\b` +
    `|\\b(?:roll(?:ing)? ?back|rollbacks?|revert(?:ing)?|undo(?:ing)?|back(?:ing)? out)\\b[^.;]{0,40}\\b(?:by|is|means|takes) ${SWITCH_OFF}\\b`,
  'i',
);

/**
 * A way back with its cost in the same sentence: "in case we need to stand the gateway up again
 * (about two days, from the tagged image)", "bringing the old importer back would take a week".
 */
const WAY_BACK =
  /\b(?:stand|bring|spin|set|start|turn|put)(?:s|ting|ing)? (?:[\w-]+ ){0,4}?(?:up|on) again\b|\bbring(?:s|ing)? (?:[\w-]+ ){0,4}?back\b|\b(?:restor|reinstat|re-?enabl|re-?deploy)\w* (?:[\w-]+ ){0,4}?again\b/i;
const COST_IN_TIME =
  /\b(?:\d+|an?|one|two|three|four|five|six|a few|a couple of) (?:hours?|days?|weeks?|sprints?|months?)\b/i;

/**
 * A way back offered for when the old need returns: "if we need x86 agents again, we can switch the
 * instance type back", "should we ever want the old importer again, we could restore it". The
 * consequent must go back to what was there; "if we need to restart it again, we can" is no way back.
 */
const RETURN_IF_NEEDED_AGAIN =
  /\b(?:if|should|in case|whenever) (?:we|you|the team|teams) (?:ever )?(?:need|want|have|require)s?\b[^.;]{0,80}\bagain\b[^.;]{0,80}\b(?:can|could)\b[^.;]{0,80}\b(?:back|revert\w*|restor\w*|re-?enabl\w*|(?:the |our )?(?:old|previous|original|former|legacy) (?:[\w-]+ )?(?:one|setup|system|service|version|instances?|type|cluster|platform))\b/i;

/**
 * A fallback that returns to what the decision replaced: "the fallback is to repoint the backend at
 * the old system", "our fallback is to point traffic back to the legacy cluster", "the fallback is to
 * repoint the backend to <the hosted service>": re-pointing, reverting and returning go back by
 * themselves, so the target may be named. A fallback that serves a cached page is failure handling,
 * not a way back, and neither is "return a cached response".
 */
const FALLBACK_TO_OLD =
  /\bfall ?back (?:plan )?(?:is|would be|will be|remains) to (?:(?:re-?point|point|switch|route|send|move|direct|revert|return|go|roll|flip)\b[^.;]{0,80}\b(?:back|(?:the |our )(?:old|previous|original|former|legacy))|(?:re-?point|revert) (?:[\w-]+ ){0,4}?(?:to|at)|return to)\b/i;

/**
 * The old way kept available alongside the new: "we will retain the flexibility to continue to
 * support the old architecture should the need arise". The option to go on with what was there is a
 * way back.
 */
const OLD_WAY_KEPT_OPEN =
  /\b(?:retain|keep|preserve|maintain)(?:s|ed|ing)? (?:the |our |an? )?(?:flexibility|option) to (?:continue to (?:support|use|run|offer)|go back|switch back|move back|fall back|return to|revert to)\b/i;

/**
 * The chosen part said to be cheap to take out again: "can easily be temporarily introduced and later
 * replaced with another solution", "the adapter can be quickly swapped out again". The ease is the
 * cost, the replacing the way back. A time must say it is a later change of course: "its usages can
 * be easily replaced with the new method" is a step of the rollout. "Changed" stays out: "the limit
 * can easily be changed later" is a setting.
 */
const EASILY_UNDONE =
  /\b(?:(?:can|could|would) (?:\w+ )?(?:easily|cheaply|quickly|simply|trivially|readily) be|(?:is|are|be|remains?|stays?) (?:(?:still|also|very|quite|fairly|relatively) )?(?:easily|cheaply|quickly|simply|trivially|readily)) (?:[\w-]+ ){0,6}?(?:replaced|swapped(?: out)?|switched out|exchanged|reverted|undone|rolled back|ripped out|backed out)\b/i;

/** A later change of course, or a choice made only for the time being. */
const LATER_OR_INTERIM =
  /\b(?:later|again|in the future|down the line|at any (?:time|point)|temporar(?:y|ily)|for now|for the time being|interim)\b/i;

/**
 * What the decision replaces kept running beside it to fall back on: "the existing dump job will
 * remain operational as a backup", "the old cluster stays in place as a fallback".
 */
const OLD_KEPT_AS_FALLBACK =
  /\b(?:existing|old|current|previous|legacy|original|former)\b[^.;]{0,60}\b(?:remains?|stays?|(?:is|are|will be) kept|continues? to run)(?: (?:operational|running|in place|available|active|live|deployed|around))? as (?:an? |the |our )?(?:backup|fall-?back|safety net)\b/i;

/** An instruction for undoing the decision: "To undo, re-enable the old resizer", "To reverse this, ...". */
const UNDO_INSTRUCTION =
  /^\W*to (?:undo|revert|reverse|roll back|back out)(?: (?:this|it|the change|the decision|this decision|this change))?,/i;

/**
 * A way back the record keeps open: "we can always combine the two repositories later", "switching to
 * it later is still possible". "Always" or "still" is what makes it a statement about undoing.
 */
const STILL_OPEN_LATER =
  /\b(?:can|could) (?:always|still) (?:\w+ ){0,2}?(?:merge|combine|split|consolidate|unify|join|move|switch|migrate|change|replace|swap|port)\b[^.;]{0,60}\b(?:later|again|in the future|down the line|at any time)\b|\b(?:switch|mov|migrat|chang|port|go|return|revert)\w*\b[^.;]{0,60}\blater (?:is|remains|stays|would|will)(?: still| also)?(?: be)? (?:still |also )?(?:possible|an option|open|feasible|viable|on the table)\b/i;

/**
 * The chosen part built to be swapped cheaply: "the implementation can be changed at any time with no
 * effect on the rest of the code", "the storage backend can be replaced without touching callers".
 * The subject must be the thing decided on; "the timeout can be changed at any time" is a setting.
 */
const SWAPPABLE_PART =
  /\b(?:implementation|backend|provider|vendor|library|store|storage|database|engine|tool|service|framework|approach|adapter|driver|client)s? (?:can|could) (?:always |easily |still |later )?be (?:changed|replaced|swapped(?: out)?|switched(?: out)?|exchanged)\b[^.;]{0,40}?\b(?:at any (?:time|point)|without (?:affecting|changing|touching|breaking)|with (?:no|little|minimal) (?:effect|impact) on)\b/i;

/**
 * A later change of course the record leaves open in other words: "nothing stops us from moving to
 * dedicated runners later", "which lets us change our mind about the vendor at a later date". The
 * change must be made possible, not merely dated: "at a later date we will revisit this" is a revisit.
 */
const CHANGE_LEFT_OPEN =
  /\bnothing (?:stops|prevents|keeps|blocks|would stop|would prevent) (?:us|the team|teams|you) from (?:(?:moving|switching|migrating|changing|replacing|porting)\b[^.;]{0,60}\b(?:later|again|in the future|down the line|at a later (?:date|stage|point))\b|(?:going|moving|switching|returning|reverting) back\b)|\b(?:lets?|letting|allows?|allowing|enables?|enabling|free|freedom|able|can|could)\b (?:(?:us|the team|them|teams|you) )?(?:to )?change (?:our|their|its|the team's) minds?\b[^.;]{0,60}\b(?:later|again|in the future|down the line|at a later (?:date|stage|point))\b/i;

/**
 * The cost of leaving should the choice not work out: "if the language does not take off, a migration
 * path to TypeScript would be tedious but not hard". The condition makes it a way out, not the rollout.
 */
const EXIT_IF_IT_FAILS =
  /\b(?:if|should|in case|unless)\b[^.;]{0,80}\b(?:port(?:ing)?|migrat(?:e|ing|ion)(?: path)?|rewrit(?:e|ing)|mov(?:e|ing)|switch(?:ing)?)\b (?:\w+ ){0,3}?to (?:[\w-]+ ){1,3}(?:would|will|could) (?:still )?be (?:\w+ ){0,2}?(?:tedious|hard|difficult|easy|straightforward|costly|expensive|cheap|possible|feasible|painful|simple|trivial|manageable|doable)\b/i;

/**
 * What undoing costs and where it would start: "swapping the driver out again would touch every call
 * site", "we keep the spike branch so that a future migration has somewhere to start".
 */
const UNDO_COST_OR_START =
  /\b(?:replac|swapp|remov|ripp)ing (?:[\w-]+ ){1,3}(?:out )?again (?:would |will )?(?:touch|mean|require|cost|take)|\b(?:keep|keeping|preserve|preserving|retain|retaining|archive|archiving)\b[^.;]{0,80}\bso (?:that )?(?:a |any |the )?(?:future|later|eventual|possible) (?:migration|switch|move|rollback|reversal|return|port|rewrite)\b/i;

/**
 * What the decision replaced left in place so that going back still works: "the old index is neither
 * read nor deleted, so a rollback to the previous release still finds its data", "the legacy table
 * stays until June so we can roll back", "the old image is kept in case we need to go back". The old thing kept alone ("kept for read-only audits") is no
 * way back, nor is a rollback of a bad deploy that keeps nothing old.
 */
const OLD_KEPT_FOR_ROLLBACK =
  /\b(?:old|previous|former|legacy|original)\b[^.;]{0,80}\b(?:kept|keeps?|retained|left|stays?|remains?|preserved|untouched|(?:not|nor|never) (?:deleted|dropped|removed|destroyed|touched))\b[^.;]{0,60}\b(?:so(?: that)?|in case|to allow|to let)\b[^.;]{0,40}\b(?:roll(?:s|ed|ing)?[- ]?backs?|revert(?:s|ed|ing)?|go(?:es|ing)? back|switch(?:es|ing)? back|return(?:s|ing)? to)\b/i;

/**
 * What taking the decision apart later costs, in the words teams use for it: "extraction of a domain
 * into its own service later will require effort", "a driver swap touches every call site", "a little
 * more work to use Postgres later", "without ruling out a future change of runtime", "minimal
 * obstacles to migrate later", "a return to the old VM would take an afternoon". Migrating more services later is the rollout going on, not a way back,
 * so only undoing nouns count.
 */
const LATER_CHANGE_COST =
  /\b(?:extraction|separation|splitting(?: out)?|replacement|removal|reversal|(?:migration|move) (?:away|back|off))\b[^.;]{0,60}?\blater (?:will|would|may|might) (?:require|take|cost|mean|need|involve)\b|\ban? (?:[\w-]+ ){1,2}swap (?:would |will )?(?:touch|touches|mean|means|cost|costs|require|requires|take|takes)\b|\b(?:more|extra|additional|some) (?:work|effort) to (?:use|reintroduce|bring back|switch to|move to|migrate to|go back to|return to)\b[^.;]{0,60}\blater\b|\bwithout (?:ruling|closing) out (?:a |any )?(?:future |later )?(?:change|switch|move|migration|return)\b|\b(?:obstacles?|barriers?) to (?:migrat|switch|mov|port)\w* (?:to|away|back|off)\b|\b(?:the )?other (?:option|approach|alternative) (?:is|remains) (?:still )?(?:possible|open|available)\b|\b(?:return|switch back|move back|way back|roll-?back|reversal) to (?:[\w-]+ ){1,4}?(?:would|will|could) (?:take|cost|mean|require|need|involve)\b/i;

/**
 * A way out the record foresees: "should we decide to switch providers, ...", "if we ever want to go
 * back", "if we change our minds, we only need to ...".
 */
const DECIDE_TO_LEAVE =
  /\bshould we (?:ever )?decide to\b|\b(?:if|should) we (?:ever )?change our minds?\b|\bif we (?:ever )?(?:decide|need|want) to (?:change|switch|move|undo|revert|reverse|go back)\b/i;
/** Going back, as against moving on to something else: "undo", "revert", "go back". */
const GOING_BACK = /\b(?:undo|revert|reverse|go back|switch back|move back|roll back)\b/i;
/** A decision to look again, not a way to undo: "we will reevaluate our caching needs", "we will revisit this". */
const LOOK_AGAIN = /\b(?:re-?evaluat|re-?visit|reconsider|re-?assess|re-?examin|review)\w*/i;

/**
 * Lock-in named as a benefit avoided ("prevents a vendor lock-in", "no lock-in") says neither how
 * the decision would be undone nor at what cost; a lock-in the record accepts still does.
 */
const LOCK_IN_AVOIDED =
  /\b(?:avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|minimi[sz](?:e|es|ed|ing)|no|without|free of|free from)(?: (?:a|any|the))?(?: [\w-]+)? lock-?in\b/gi;

/**
 * Whether one step of the work can be undone, not the decision: "it does not guarantee that the
 * migration is reversible", "the backfill of the table is irreversible". The decision may stand either way.
 */
const STEP_REVERSIBLE =
  /\b(?:the |a |each |every |this |that |any )?(?:[\w-]+ )?(?:migrations?|backfills?|scripts?|schema changes?|data changes?|downgrades?|upgrades?)(?: (?:of|to|for) (?:[\w-]+ ){0,3}?[\w-]+)? (?:is|are|will be|would be|remains?|stays?) (?:not |always |fully |only )?(?:ir)?reversible\b/gi;

/** A sentence that says how hard the decision is to undo, or how it would be undone. */
function statesReversibility(sentence: string): boolean {
  if (UNDO_INSTRUCTION.test(sentence)) return true;
  // "If we decide to move to SSR we will reevaluate" is a revisit trigger: moving on, not going back.
  if (DECIDE_TO_LEAVE.test(sentence) && (GOING_BACK.test(sentence) || !LOOK_AGAIN.test(sentence)))
    return true;
  if (WAY_BACK.test(sentence) && COST_IN_TIME.test(sentence)) return true;
  if (
    RETURN_IF_NEEDED_AGAIN.test(sentence) ||
    FALLBACK_TO_OLD.test(sentence) ||
    OLD_WAY_KEPT_OPEN.test(sentence) ||
    OLD_KEPT_AS_FALLBACK.test(sentence) ||
    (EASILY_UNDONE.test(sentence) && LATER_OR_INTERIM.test(sentence))
  )
    return true;
  if (
    STILL_OPEN_LATER.test(sentence) ||
    SWAPPABLE_PART.test(sentence) ||
    CHANGE_LEFT_OPEN.test(sentence) ||
    EXIT_IF_IT_FAILS.test(sentence) ||
    UNDO_COST_OR_START.test(sentence) ||
    OLD_KEPT_FOR_ROLLBACK.test(sentence) ||
    LATER_CHANGE_COST.test(sentence)
  )
    return true;
  return (
    REVERSIBILITY_PROSE.test(sentence.replace(LOCK_IN_AVOIDED, ' ').replace(STEP_REVERSIBLE, ' ')) ||
    FLAG_ROLLBACK.test(sentence)
  );
}

/**
 * What the decision must achieve, not what it achieved: "Goals: it doesn't make it difficult to
 * migrate later" is a requirement on the options, not a statement about the chosen one.
 */
const REQUIREMENT_KINDS = new Set<string | null>(['drivers', 'constraints']);
const GOALS = /\b(?:goals?|objectives?|requirements?|drivers?|criteria)\b/i;
const GOALS_LABEL =
  /^\W*(?:(?:design|decision|our|key) )?(?:goals?|objectives?|requirements?|drivers?|criteria)\s*:/i;

/** True when the block states a goal or requirement: under such a heading, label or lead-in. */
function statesGoal(document: AdrDocument, block: Block): boolean {
  const section = document.sections[block.section];
  if (section && (REQUIREMENT_KINDS.has(section.effectiveKind) || GOALS.test(section.title))) return true;
  if (GOALS_LABEL.test(block.prose)) return true;
  if (block.kind !== 'listItem') return false;
  // A list led in by "The goals are:" lists goals: the lead-in is the first block above the list.
  let above = block.index - 1;
  while (document.blocks[above]?.kind === 'listItem' && document.blocks[above]?.section === block.section)
    above--;
  const leadIn = document.blocks[above];
  return (
    !!leadIn && leadIn.section === block.section && GOALS.test(leadIn.prose) && /:\s*$/.test(leadIn.prose)
  );
}

/** A heading about rolling back and nothing else: "Migration Rollback", "Rollback plan", "Back-out plan". */
const ROLLBACK_HEADING = /\broll ?back\b|\bback ?out\b/i;
const REVERSIBILITY_HEADING = /\brevers|\bexit\b/i;

/**
 * Undoing a step of the rollout rather than the decision: "if the schema migration fails, restore the
 * snapshot". Rolling back a failed data copy leaves the decision standing.
 */
const STEP_ROLLBACK =
  /\b(?:restor|reload|re-?import)\w* (?:[\w-]+ ){0,3}?(?:snapshot|backup|dump)s?\b|\b(?:if|when|should)\b[^.;]{0,60}\b(?:migrations?|backfills?|scripts?|imports?|copy|schema changes?|cut-?overs?|jobs?) (?:\w+ )?(?:fails?|errors?|breaks?|aborts?|goes wrong|is interrupted)\b/i;

/**
 * True when a rollback section only undoes a step of the rollout: it must then say, like any other
 * sentence, how the decision itself would be undone.
 */
function rollsBackOnlyAStep(section: Section, blocks: Block[]): boolean {
  if (!ROLLBACK_HEADING.test(section.title) || REVERSIBILITY_HEADING.test(section.title)) return false;
  const sentences = blocks.flatMap((b) => splitSentences(b.prose));
  return sentences.some((s) => STEP_ROLLBACK.test(s)) && !sentences.some((s) => statesReversibility(s));
}

function sectionContent(document: AdrDocument): { text: string; found: boolean; span?: Block['span'] } {
  const section = document.sections.find((s) => s.kind === 'reversibility');
  if (!section) return { text: '', found: false };
  const blocks = sectionProse(document, section);
  if (rollsBackOnlyAStep(section, blocks)) return { text: '', found: false };
  const text = blocks
    .map((b) => b.prose)
    .join(' ')
    .trim();
  return { text, found: true, span: section.span };
}

/** The classification a record gives, from frontmatter or its reversibility section's first words. */
export function reversibilityOf(document: AdrDocument): Reversibility | null {
  const field = document.metadata.reversibility;
  if (field) return REVERSIBILITY_VALUES[field.text.trim().toLowerCase()] ?? null;
  const { text } = sectionContent(document);
  // "This is not a one-way door" classifies nothing as one-way.
  const match = /\b(?<!not (?:an? )?)(two-way|one-way|irreversible|reversible|costly)\b/i.exec(text);
  return match ? (REVERSIBILITY_VALUES[(match[1] as string).toLowerCase()] ?? null) : null;
}

/** How reversible is this? */
export const reversibilityStated: DocumentRule<Options> = {
  meta: {
    id: 'reversibility-stated',
    description:
      'Require the record to say how reversible the decision is, and more deliberation for one-way doors.',
    category: 'review',
    needsEnglish: false,
    severity: 'error',
    recommended: true,
    legacy: false,
    fixable: true,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        oneWayMinOptions: {
          type: 'integer',
          minimum: 0,
          description: 'Options a one-way decision must consider (0 turns the check off).',
        },
        oneWayRequiresEvidence: {
          type: 'boolean',
          description:
            'Also require an evidence section for one-way decisions here. Off by default: the evidence-for-one-way rule asks for it, so it can be switched separately.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { oneWayMinOptions: 3, oneWayRequiresEvidence: false },
    messages: {
      missing:
        'The record does not say how reversible the decision is; add `reversibility: two-way | costly | one-way` to the frontmatter or a "## Reversibility" section saying how it would be undone and at what cost.',
      unknownValue:
        'Unknown reversibility "{{value}}"; use one of two-way, costly, one-way (or reversible, hard, irreversible).',
      emptySection:
        'The "## Reversibility" section is empty; say how the decision would be undone and what that would cost.',
      oneWayFewOptions:
        'This is a one-way decision but only {{count}} option(s) are considered; weigh at least {{min}} before walking through a one-way door.',
      oneWayNoEvidence:
        'This is a one-way decision without evidence; add an "## Evidence" section (proof of concept, benchmark or prior incident).',
    },
    rationale:
      'Spend deliberation in proportion to how hard the decision is to undo. A two-way door can be walked through quickly; a one-way door needs more options and evidence.',
    review: {
      topic: 'Reversibility',
      question: 'How hard is this to undo, and what would undoing it cost?',
      answeredBy: ['reversibility'],
    },
    docs: {
      incorrect: `---
status: proposed
---
# Move the search index to OpenSearch

## Considered Options

* OpenSearch
* PostgreSQL full-text search

## Decision

Chosen option: "OpenSearch", because queries over 12 million listings must answer in under 200 ms.
`,
      correct: `---
status: proposed
reversibility: two-way
---
# Move the search index to OpenSearch

## Considered Options

* OpenSearch
* PostgreSQL full-text search

## Decision

Chosen option: "OpenSearch", because queries over 12 million listings must answer in under 200 ms.

## Reversibility

Two-way: the index is rebuilt from PostgreSQL in 40 minutes, so switching back means dropping the cluster.
`,
      howToFix:
        'Add `reversibility: two-way`, `costly` or `one-way` to the frontmatter, or a "## Reversibility" section saying how the decision would be undone and what that would cost. For a one-way decision, consider at least `oneWayMinOptions` options (3 by default).',
      whenNotToUse:
        'Turn it off if your team does not classify decisions by how hard they are to undo; set `oneWayMinOptions: 0` to keep the statement but drop the extra options for one-way doors.',
    },
  },
  check({ document, options, report }) {
    const field = document.metadata.reversibility;
    const section = sectionContent(document);
    if (field) {
      const value = field.text.trim().toLowerCase();
      if (!REVERSIBILITY_VALUES[value]) {
        report({ messageId: 'unknownValue', span: field.span, data: { value: field.text } });
        return;
      }
    } else if (section.found) {
      if (!section.text || EMPTY_ANSWER.test(section.text)) {
        report({ messageId: 'emptySection', span: section.span as Block['span'] });
        return;
      }
    } else if (
      !proseSentences(document).some(
        (s) =>
          statesReversibility(s.text) &&
          !statesGoal(document, s.block) &&
          document.sections[s.block.section]?.kind !== 'context',
      )
    ) {
      report({
        messageId: 'missing',
        fix: missingSectionFix(document, 'reversibility') ?? undefined,
        span: anchorFor(document, ['consequences', 'outcome']),
      });
      return;
    }
    if (reversibilityOf(document) !== 'one-way') return;
    const span = field?.span ?? section.span ?? anchorFor(document, ['outcome']);
    if (options.oneWayMinOptions > 0 && document.options.length < options.oneWayMinOptions) {
      report({
        messageId: 'oneWayFewOptions',
        span,
        data: { count: document.options.length, min: options.oneWayMinOptions },
      });
    }
    if (
      options.oneWayRequiresEvidence &&
      !document.sections.some((s) => s.kind === 'evidence' && s.allBlocks.length > 0)
    ) {
      report({ messageId: 'oneWayNoEvidence', span });
    }
  },
};
