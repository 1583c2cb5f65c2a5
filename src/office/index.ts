// The Office.js adapter: the only code in QS Assess that talks to Excel.
export { officeHost, type OfficeHost } from './host';
export { officeWorkbookService, type WorkbookService } from './service';
export { WorkbookError, toWorkbookError, type WorkbookErrorKind } from './errors';
export { checkRequirements, REQUIRED_SETS, type Requirements } from './requirements';
export type { RenderOutcome, Progress } from './render';
export type { TemplateOutcome } from './template';
export { MARKER_PREFIX } from './markers';
