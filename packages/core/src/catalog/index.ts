export type { GraphEdge, GraphFormat } from './graph.js';
export { escapeDot, escapeMermaid, GRAPH_FORMATS, renderDot, renderGraph, renderMermaid } from './graph.js';
export type { IndexSplice } from './index-table.js';
export { INDEX_END_MARKER, INDEX_START_MARKER, renderIndexTable, spliceIndex } from './index-table.js';
export type { ListFormat } from './list-formats.js';
export { LIST_FORMATS, renderList, renderListCsv, renderListJson, renderListTable } from './list-formats.js';
export type { DateSource, RecordRow, RowOptions } from './rows.js';
export { compareRows, recordNumberText, recordRow, recordTitle, writtenDate } from './rows.js';
