// The 考核通报 (SPEC §7) for the page: the engine's NoticePlan written as .docx by src/notice — the
// same writer `qs-assess notice` uses, browser-safe. The pane offers it after a generation and
// saves it through host.download. The 工作要求 paragraph comes from the workbook's 通报模板 sheet,
// read from the host's snapshot; the issue date is today on this machine, as the command does.
import { planNotice, readNoticeTemplate, type Model, type Result } from '../engine';
import { noticeDocx } from '../notice/docx';
import type { WorkbookHost } from '../ui/host';

export type MakeNotice = (model: Model, result: Result) => Promise<Uint8Array>;

export function noticeMaker(host: WorkbookHost, today: () => Date = () => new Date()): MakeNotice {
  return async (model, result) => {
    const { template } = readNoticeTemplate(await host.readSnapshot());
    const d = today();
    const date = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
    return noticeDocx(planNotice(model, result, { date, template }));
  };
}
