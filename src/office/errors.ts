// Office failures sorted into the few kinds a user can act on. The task pane turns a kind into a
// sentence in the user's language; nothing here is shown raw except as a detail line.

// The kinds and the error class belong to the UI's interface (src/ui/host.ts): every host
// throws the same WorkbookError, so the pane explains them the same way.
import { WorkbookError } from '../ui/host';
export { WorkbookError, type WorkbookErrorKind } from '../ui/host';

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
}

export const PAYLOAD_LIMIT_CODES = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit'];

export function officeErrorCode(e: unknown): string | null {
  const code = (e as OfficeLikeError | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** Any thrown thing → a WorkbookError with the kind the pane can explain. */
export function toWorkbookError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = officeErrorCode(e);
  const message = String((e as OfficeLikeError | null)?.message ?? e);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new WorkbookError('edit-mode', '请先退出单元格编辑(按 Enter 或 Esc)再试', [], code);
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
    case 'UnsupportedFeature':
      return new WorkbookError('unsupported', `此版本的 Excel 不支持所需的功能:${message}`, [], code);
    case 'ItemNotFound':
      return new WorkbookError('not-found', `找不到要操作的工作表或单元格:${message}`, [], code);
    default:
      if (code && PAYLOAD_LIMIT_CODES.includes(code)) {
        return new WorkbookError('too-large', `工作簿太大,Excel 拒绝了请求:${message}`, [], code);
      }
      return new WorkbookError('unknown', message, [], code);
  }
}
