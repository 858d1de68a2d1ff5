// The fix that makes a link symmetric: when record A says "Supersedes B" and B does not say
// "Superseded by A", the fix writes the missing end into B in B's own dialect (frontmatter key,
// MADR bullet, Nygard status line or Links section), through the edit module. For links-resolve
// and any other rule that finds a one-sided link.
import { type AdrEdit, applyEdit, applyEdits, type LinkTarget } from '../edit/edit.js';
import { EditError } from '../edit/text.js';
import { fixFromTexts } from '../engine/fix.js';
import type { Fix } from '../engine/types.js';
import type { AdrDocument } from '../model.js';

/**
 * A fix adding `relation` to `target` in `document` (e.g. "superseded by" pointing at the record
 * that supersedes it), or null when the link is already there or the record cannot be edited
 * safely (frontmatter that does not parse, binary content).
 */
export function addLinkFix(document: AdrDocument, relation: string, target: LinkTarget): Fix | null {
  try {
    const after = applyEdit(document.text, document, { type: 'add-link', relation, target });
    return fixFromTexts(document.text, after);
  } catch (error) {
    if (error instanceof EditError) return null;
    throw error;
  }
}

/**
 * The fix for a record another one says it supersedes: status superseded and a "superseded by"
 * link to `successor` (adr-tools writes both as one status line, "Superseded by [...]"). Null when
 * there is nothing to add or the record cannot be edited safely.
 */
export function markSupersededFix(document: AdrDocument, successor: LinkTarget): Fix | null {
  const link: AdrEdit = { type: 'add-link', relation: 'superseded by', target: successor };
  const edits: AdrEdit[] =
    document.status?.normalized === 'superseded'
      ? [link]
      : [{ type: 'set-status', status: 'superseded' }, link];
  try {
    return fixFromTexts(document.text, applyEdits(document.text, document.path, edits));
  } catch (error) {
    if (error instanceof EditError) return null;
    throw error;
  }
}
