import type { Section, SectionKind } from '../model.js';

/** The starter alias table from the rulebook, plus common spellings seen in real records. */
export const STARTER_ALIASES: Record<SectionKind, string[]> = {
  context: [
    'Context',
    'Context and Problem Statement',
    'Problem',
    'Background',
    'Problem Statement',
    'Context and Problem',
    'Motivation',
    // Tyree and Akerman's template opens with the issue the decision addresses.
    'Issue',
    // Nygard's template as questions, when a record keeps the questions as its headings.
    "What is the issue that we're seeing that is motivating this decision or change",
  ],
  constraints: ['Constraints', 'Forces', 'Assumptions', 'Requirements', 'Non-functional requirements'],
  drivers: [
    'Decision Drivers',
    'Drivers',
    'Criteria',
    'Evaluation Criteria',
    // What the decision must achieve, not what it does: "## Desired Outcomes", "## Goals".
    'Goals',
    'Design Goals',
    'Objectives',
    'Desired Outcomes',
  ],
  options: [
    'Considered Options',
    'Options',
    'Options Considered',
    'Alternatives',
    'Alternatives Considered',
    'Alternatives Considered and Rejected',
    'Alternative Approaches',
    'Alternative Solutions',
    'Alternative Options',
    'Other Options',
    'Possible Solutions',
    // In the plural, the ways weighed: "## Solutions" with a sub-heading per way ("Solution" alone is the decision).
    'Solutions',
    'Potential Solutions',
    'Approaches',
    'Possible Approaches',
    'Potential Approaches',
    'Possible Options',
    // Tyree and Akerman's template calls the options "Positions"; business-case records, "Candidates".
    'Positions',
    'Candidates',
    'Candidate Solutions',
  ],
  outcome: [
    'Decision Outcome',
    'Decision',
    'Outcome',
    'Chosen Option',
    'Decisions',
    'Our Decision',
    'The Decision',
    'Proposal',
    'Proposed Solution',
    'Proposed Decision',
    'Proposed Change',
    'Solution',
    'Recommendation',
    // EdgeX records and design documents state the choice as the proposed design.
    'Proposed Design',
    "What is the change that we're proposing and/or doing",
  ],
  consequences: [
    'Consequences',
    'Implications',
    'Positive/Negative Consequences',
    'Positive Consequences',
    'Negative Consequences',
    'Trade-offs',
    'Tradeoffs',
    'Trade offs',
    'What becomes easier or more difficult to do because of this change',
  ],
  proscons: ['Pros and Cons of the Options', 'Pros and Cons', 'Evaluation', 'Comparison'],
  rejected: ['Rejected Alternatives', 'Rejected Options', 'What we decided not to do', 'Not chosen'],
  failure: [
    'Failure Story',
    'Failure Modes',
    'What Could Go Wrong',
    'Risks',
    'Risks and Mitigations',
    'Failure Scenarios',
  ],
  reversibility: ['Reversibility', 'How Reversible', 'Reversal Plan', 'Exit Strategy', 'Rollback'],
  revisit: ['Revisit Triggers', 'When to Revisit', 'Review Triggers', 'Revisit', 'Expiry', 'Review Date'],
  // Planguage and other requirement-style templates give the owner a heading of its own.
  operations: ['Operations', 'Ownership', 'Owner', 'Who Operates This', 'Operational Impact', 'Runbook'],
  evidence: ['Evidence', 'Proof of Concept', 'POC Results', 'Benchmarks', 'Validation', 'Confirmation'],
  status: ['Status'],
  // "Issues" (plural) lists tracker links; the singular "Issue" is Tyree and Akerman's context.
  links: ['Links', 'Related Decisions', 'More Information', 'References', 'Issues', 'Related Issues'],
};

/**
 * Heading text reduced to what alias matching compares: lower case, no leading numbering
 * ("2.", "2)", "ADR-", "A."), no trailing parenthesised words, no punctuation ("&" reads as "and").
 */
export function headingKey(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/\([^()]*\)\s*$/u, ' ')
      .replace(/^\s*(?:\d+(?:\.\d+)*[.):]?|[ivx]+[.)]|[a-z][.)])\s+/u, '')
      // "Context & Problem" is "Context and Problem".
      .replace(/\s&\s/g, ' and ')
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Titles of a section that argues the decision rather than naming a kind of its own: "Rationale",
 * "Reasoning", "Justification", "Why", and Tyree and Akerman's "Argument". Matched on a heading key
 * of a section with no kind.
 */
export const REASONING_SECTION =
  /^(?:rationale|reasoning|justification|reasons?|arguments?|why|why this (?:option|decision)|motivation for the decision)\b/;

export type AliasTable = Map<string, SectionKind>;

export function buildAliasTable(extra: Partial<Record<SectionKind, string[]>> = {}): AliasTable {
  const table: AliasTable = new Map();
  for (const [kind, aliases] of Object.entries(STARTER_ALIASES) as [SectionKind, string[]][]) {
    for (const alias of aliases) table.set(headingKey(alias), kind);
  }
  // User aliases win over the starter table.
  for (const [kind, aliases] of Object.entries(extra) as [SectionKind, string[]][]) {
    for (const alias of aliases ?? []) table.set(headingKey(alias), kind);
  }
  return table;
}

/** Keyword fallbacks for headings that are not in the table but plainly name a kind. */
const KEYWORD_KINDS: [RegExp, SectionKind][] = [
  [/\b(?:pros? and cons?|pros?\s*\/\s*cons?)\b/, 'proscons'],
  // "Decision against option 2", "Reasons against Kafka", "Why not Kafka": the reasons an alternative lost.
  [
    /\brejected\b|\bnot chosen\b|\bdecided against\b|^(?:decision|reasons?|arguments?|case) against\b|^why not\b/,
    'rejected',
  ],
  // "Research and analysis of each candidate", "Evaluation of the options": the candidates weighed.
  [/\b(?:analysis|evaluation|assessment) of (?:each |the )?(?:candidates?|options?)\b/, 'proscons'],
  // "Decision Matrix", "Scoring matrix": the options scored side by side, usually as a table.
  [/\b(?:decision|comparison|evaluation|scoring|options?) matri(?:x|ces)\b/, 'proscons'],
  [
    /\b(?:alternatives?|considered options|options considered)\b|^(?:candidates?|options) (?:to consider|considered|evaluated)\b|^(?:evaluated|examined|assessed|explored|weighed|compared|investigated) (?:options|solutions|approaches|candidates)\b/,
    'options',
  ],
  [/\bconsequences?\b|\btrade ?offs?\b/, 'consequences'],
  [/\bfailure\b|\brisks?\b/, 'failure'],
  [/\brevers(?:ibility|al)\b|\brollback\b|\bexit strategy\b|\bback ?out plan\b/, 'reversibility'],
  // "Kill criteria": the conditions on which the team drops the decision, which are its revisit triggers.
  [/\brevisit\b|\bre ?evaluation\b|\breassessment\b|\bwhen to review\b|\bkill criteria\b/, 'revisit'],
  // "HTTP API Constraints", "Technical constraints": the constraints of one area are still constraints.
  // "Defaults and constraints" of an API's options are a specification, not the decision's forces.
  [/^(?:(?!and |or )[\w-]+ ){1,3}constraints$/, 'constraints'],
  [/\bdecision drivers?\b/, 'drivers'],
  [/\bdecision outcome\b/, 'outcome'],
];

/**
 * A heading that states the choice after a decision label: "Decision Outcome: AWS Lambda function",
 * "Chosen option: Redis". It is the decision wherever it sits, even nested under the options.
 */
export const OUTCOME_TITLE =
  /^(?:decision outcome|decision|outcome|chosen option|selected option)\s*:\s*(\S.{1,120})$/iu;

/**
 * The kind a heading names: an alias of the table, or else a keyword of one. `underOptions`: the
 * heading sits in an options or pros-and-cons section, where a sub-heading names an option and
 * may well quote another section's name ("Links after 'Decision Outcome'"); there a keyword only
 * names a kind about alternatives ("Other alternatives", "Rejected ones").
 */
export function kindOfHeading(key: string, table: AliasTable, underOptions = false): SectionKind | null {
  const exact = table.get(key);
  if (exact) return exact;
  if (key.endsWith('s')) {
    const singular = table.get(key.slice(0, -1));
    if (singular) return singular;
  }
  // "Option 2: Redis" and similar are option headings, not option sections.
  if (/^option\b/.test(key)) return null;
  // A heading that joins two sections ("Consequences and alternatives") opens with the first.
  const joined = key.indexOf(' and ');
  const kind = (joined > 0 && keywordKind(key.slice(0, joined))) || keywordKind(key);
  return kind && underOptions && kind !== 'options' && kind !== 'rejected' ? null : kind;
}

function keywordKind(key: string): SectionKind | null {
  for (const [pattern, kind] of KEYWORD_KINDS) if (pattern.test(key)) return kind;
  return null;
}

/** "Detailed design", "Technical design", "Design": in an RFC-like record, the design proposed is the choice. */
const DESIGN_HEADING = /^(?:detailed |technical )?design$/;

/**
 * A record with no decision section that sets out its design instead (Rust-RFC-like: Summary,
 * Motivation, Detailed design, Drawbacks, Alternatives): the first design section is read as the
 * decision, with its sub-sections that have no kind of their own. Only when the record also lists
 * its alternatives, so the design is a choice among them.
 */
export function readDesignAsDecision(sections: Section[]): void {
  if (sections.some((s) => s.effectiveKind === 'outcome')) return;
  const design = sections.find(
    (s) => s.kind === null && s.effectiveKind === null && DESIGN_HEADING.test(s.key),
  );
  // Only beside its alternatives, a section of the same rank ("## Alternatives", not "#### Peer
  // rejected event"): a design note that weighs no alternatives states no choice among options.
  const weighsAlternatives = sections.some(
    (s) => (s.kind === 'options' || s.kind === 'rejected') && design && s.level <= design.level,
  );
  if (!design || !weighsAlternatives) return;
  design.kind = 'outcome';
  design.effectiveKind = 'outcome';
  const reach = (section: Section) => {
    for (const child of section.children.map((i) => sections[i] as Section)) {
      if (child.kind !== null) continue;
      child.effectiveKind = 'outcome';
      reach(child);
    }
  };
  reach(design);
}
