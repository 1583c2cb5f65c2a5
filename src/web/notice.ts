// The hook for the 考核通报 (SPEC §7): the page offers "下载考核通报" for each generated period
// when a writer is connected here. The .docx writer is being built in src/notice (issue 12); until
// it is merged this is null and the page shows no notice button (the command `qs-assess notice`
// writes it meanwhile). To connect it: return the writer's bytes for the workbook's Snapshot and
// the period ('2026Q3' or '2026'), e.g.
//   export const noticeWriter: NoticeWriter = async (snapshot, period) => {
//     const { model } = parseWorkbook(snapshot);
//     const result = score(model, parsePeriod(period)!);
//     return { name: `${period}考核通报.docx`, bytes: await writeNoticeDocx(planNotice(model, result)) };
//   };
import type { Snapshot } from '../engine';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type NoticeWriter = (snapshot: Snapshot, period: string) => Promise<{ name: string; bytes: Uint8Array }>;

export const noticeWriter: NoticeWriter | null = null;
