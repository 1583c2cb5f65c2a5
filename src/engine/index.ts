// The engine's public face: everything outside src/engine imports from here only. Doors (the
// command, the page, the panes, the ribbon) go through the one use case, assess(); the stages
// below it (parseWorkbook, score, planSummaries, planNotice) are exported for the custom functions,
// which keep their per-cell path — the lint rule keeps doors off them.
export * from './types';
export { assess, readWorkbook, defaultPeriodOf } from './assess';
export type { Assessment, AssessRequest, WorkbookReading, Overview, RepublishRequest } from './assess';
export {
  parseWorkbook,
  parseRules,
  parseDateText,
  makeDateReader,
  parseYesNo,
  UNIT_TABLE,
  CLAUSE_TABLE,
  LADDER_TABLE,
  PARAM_TABLE,
  CALENDAR_TABLE,
  EVENT_TABLE,
  UNIT_EVENT_TABLE,
  HEADER_SEARCH_ROWS,
  makeUnitResolver,
} from './parse';
export type { ParseOptions, FieldSpec, TableSchema } from './parse';
export * from './rules';
export {
  parsePeriod,
  formatPeriod,
  periodLabel,
  periodBounds,
  previousPeriod,
  quarterPeriod,
  yearPeriod,
  samePeriod,
  quarterOf,
  defaultPeriod,
  periodYears,
  ymdOf,
} from './period';
export type { Ymd, Quarter } from './period';
export { bookStem, noticeFileName, summaryFileName } from './file-names';
export { followUp, openAt, closedBy, historyOpenCounts } from './followup';
export type { FollowUp, OpenItem } from './followup';
export {
  checkRecord,
  publication,
  publishPeriod,
  regeneration,
  planPublishRecord,
  readPublishRecord,
  publishedChanges,
  fingerprint,
  PUBLISH_SHEET,
  PUBLISH_MARKER,
} from './publish';
export type {
  RecordCheck,
  PublishEntry,
  PublishOutcome,
  PublishOptions,
  Regeneration,
  PeriodChanges,
  NumberChange,
  RowChange,
} from './publish';
export { score, periodWarnings } from './score';
export {
  planSummaries,
  planNotice,
  readNoticeTemplate,
  NOTICE_TEMPLATE_SHEET,
  DEFAULT_REQUIREMENTS,
  previousResult,
  parseMarker,
  MARKER_PREFIX,
  planErrorList,
  ERROR_LIST_SHEET,
  ERROR_LIST_MARKER,
  planRows,
} from './report';
export type { NoticeOptions, NoticeTemplate, PlanRows } from './report';
export { personalFines, personalFinesOf, UNNAMED } from './people';
export { describeError, describeWarning } from './errors';
export * from './import';
// One rule at a time, for the custom functions (QS.POINTS, QS.FINE, QS.GRADE) and the calendar
// (QS.WORKDAYS, QS.ADDWORKDAYS, QS.CHECK): the very functions score() uses.
export { gradeOf, stricter, multiplierFor, eventPoints, eventFine, isCommendation } from './score';
export type { FineParty } from './score';
export { buildCalendar, CalendarCoverageError } from './calendar';
export type { WorkCalendar } from './calendar';
export {
  cellText,
  invisibleIn,
  stripInvisible,
  XML_FORBIDDEN,
  labelKey,
  parseNumber,
  toHalfWidth,
  quote,
  fitCellText,
  MAX_CELL_TEXT,
  CUT_MARK,
  fullWidth,
  halfWidthInChinese,
} from './text';
export { serialToIso, serialToYmd, ymdToSerial } from './dates';
// The template and the bundled sample, as data for the ExcelJS and Office.js renderers.
export * from './template';
export { columnLetter, cellAddress, quoteSheet, parseReference } from './cells';
export { sheetKey, markerRefs, markedSheets, sheetClashMessage, asLiteral, literalRows } from './hosting';
export type { NamedRef, MarkerRef } from './hosting';
