// What the task pane may ask of the workbook. Components depend on this interface only; the
// Office implementation below is the one place it meets Excel, and tests pass a fake.
import type { SheetPlan, Snapshot } from '../engine';
import { sampleSheets, templateSheets } from '../engine/template';
import { officeHost, type OfficeHost } from './host';
import { readSnapshot } from './read';
import { renderPlans, type Progress, type RenderOutcome } from './render';
import { checkRequirements, type Requirements } from './requirements';
import { selectCell } from './select';
import { writeTemplateSheets, type TemplateOutcome } from './template';

export interface WorkbookService {
  readSnapshot(): Promise<Snapshot>;
  renderPlans(plans: SheetPlan[], onProgress?: Progress): Promise<RenderOutcome>;
  createTemplate(): Promise<TemplateOutcome>;
  insertSample(): Promise<TemplateOutcome>;
  selectCell(sheet: string, row: number | null, column: number | null): Promise<void>;
  requirements(): Requirements;
}

export function officeWorkbookService(host: OfficeHost = officeHost()): WorkbookService {
  return {
    readSnapshot: () => readSnapshot(host),
    renderPlans: (plans, onProgress) => renderPlans(host, plans, onProgress),
    createTemplate: () => writeTemplateSheets(host, templateSheets(), 'skip'),
    insertSample: () => writeTemplateSheets(host, sampleSheets(), 'refuse'),
    selectCell: (sheet, row, column) => selectCell(host, sheet, row, column),
    requirements: () => checkRequirements(host),
  };
}
