// The Office.js adapter: the only code in QS Assess that talks to Excel.
export { officeHost, type OfficeHost } from './host';
export { officeWorkbookHost } from './workbook-host';
export { WorkbookError, toWorkbookError, type WorkbookErrorKind } from './errors';
export { checkRequirements, checkCompatibility, REQUIRED_SETS, MINIMUM_SETS, type Requirements, type Compatibility } from './requirements';
export type { RenderOutcome, Progress, TemplateOutcome } from '../ui/host';
export { MARKER_PREFIX } from './markers';
export { DATE_1904_SHIFT } from './date1904';
