// The template and the sample as the Excel host writes them: the entry of the chunk the pane loads
// on first use (src/office/workbook-host.ts), so the template's sheets and the sample's data are not
// part of the pane's first load.
import { sampleSheets, templateSheets } from '../engine';
import type { OfficeHost } from './host';
import { writeTemplateSheets } from './template';

export const createTemplate = (host: OfficeHost) => writeTemplateSheets(host, templateSheets(), 'skip');
export const insertSample = (host: OfficeHost) => writeTemplateSheets(host, sampleSheets(), 'refuse');
