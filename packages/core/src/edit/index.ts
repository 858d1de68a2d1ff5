export type { AdrEdit, LinkTarget, MetadataHome } from './edit.js';
export { applyEdit, applyEdits, metadataHome } from './edit.js';
export { EditError } from './text.js';
