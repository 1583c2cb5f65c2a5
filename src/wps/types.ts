// The shapes the WPS host shares with the engine and the UI's workbook interface, imported once.
export type { CellValue, SheetPlan, Snapshot } from '../engine';
export type { GeneratedSheet, RenderOutcome, TemplateOutcome, WorkbookHost } from '../ui/host';
