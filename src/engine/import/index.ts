// Taking data in (SPEC §9): the synonym tables, the column mapping and the one import plan.
export { HEADER_SYNONYMS, LEDGER_HEADER, KEPT_IN_REMARK, SOURCE_WORDS, fieldOfHeader, sourceOfWord } from './synonyms';
export type { ImportField } from './synonyms';
export { locateSourceTable, mapColumns, checkOverrides, fieldOfTarget, SOURCE_HEADER_ROWS } from './mapping';
export type { ColumnMapping, MapOverride, MatchKind, SourceTable } from './mapping';
export { planImport, importPlanFor } from './plan';
export type { ImportOptions, ImportPlan, ImportRow, LedgerWrite, PlannedCell, RowStatus } from './plan';
export { describeImport, describeMapping } from './report';
