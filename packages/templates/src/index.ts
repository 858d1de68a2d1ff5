// The ADR templates that `docket new` scaffolds from arrive with the authoring issue; until then
// this package only reserves its place in the workspace so the build graph is complete.
export const TEMPLATE_PACKAGE = '@docket/templates';
