// The review pack: what `docket review` hands a review meeting. Plain data, so every renderer
// (Markdown, HTML, JSON) shows the same thing.
import type { Finding } from '../engine/types.js';
import type { Reversibility } from '../rules/reversibility-stated.js';

/** Text from the record that answers a question, and where it stands. */
export interface Quote {
  text: string;
  line: number;
  column: number;
}

export type ChecklistStatus = 'answered' | 'open';

export interface ChecklistItem {
  /** A rule id, or a built-in question's id (`force-money`, `operations-owner`, `cost-at-10x`, ...). */
  id: string;
  topic: string;
  /** The question to ask in the room. */
  question: string;
  status: ChecklistStatus;
  /** The record's own words that answer it (may be present on an open item: written, but not enough). */
  quotes: Quote[];
  /** Findings of the rules behind the question: why it is open. */
  findings: Finding[];
}

export interface OptionRow {
  name: string;
  line: number;
  chosen: boolean;
  pros: Quote[];
  cons: Quote[];
}

export interface ReviewedAdr {
  path: string;
  number: number | null;
  title: string;
  /** The status as written, or null when the record has none. */
  status: string | null;
  decisionMakers: string[];
  /** How hard the decision is to undo, or null when the record does not say. */
  reversibility: Reversibility | null;
  checklist: ChecklistItem[];
  openCount: number;
  options: OptionRow[];
  /** The chosen option's name, also when it is not among the listed options. */
  chosen: string | null;
  /** Every lint finding of the record, as `docket lint` reports it. */
  findings: Finding[];
}

export interface AgendaItem {
  /** Index into `ReviewPack.adrs`. */
  adr: number;
  /** Minutes from the start of the meeting. */
  start: number;
  minutes: number;
}

export interface ReviewPack {
  /** The date the pack was made for (YYYY-MM-DD). */
  today: string;
  adrs: ReviewedAdr[];
  agenda: AgendaItem[];
  totalMinutes: number;
}
