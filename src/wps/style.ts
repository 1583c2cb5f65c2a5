// A plan's CellStyle through ET's VBA-shaped formatting: Font, Interior (BGR colours), alignment
// constants, thin continuous borders on every cell of the range.
import type { CellRange, CellStyle } from '../engine';
import { bgr } from './app';
import { XL, type EtRange } from './et';

export function applyStyle(target: EtRange, range: CellRange, s: CellStyle): void {
  if (s.bold !== undefined) target.Font.Bold = s.bold;
  if (s.fontSize !== undefined) target.Font.Size = s.fontSize;
  if (s.fontColor) target.Font.Color = bgr(s.fontColor);
  if (s.fill) target.Interior.Color = bgr(s.fill);
  if (s.hAlign) target.HorizontalAlignment = XL.hAlign[s.hAlign];
  if (s.vAlign) target.VerticalAlignment = XL.vAlign[s.vAlign];
  if (s.wrap !== undefined) target.WrapText = s.wrap;
  if (s.border) {
    // Inside borders exist only where the range has an inside.
    const edges: number[] = [...XL.edges];
    if (range.cols > 1) edges.push(XL.insideVertical);
    if (range.rows > 1) edges.push(XL.insideHorizontal);
    for (const edge of edges) {
      const b = target.Borders.Item(edge);
      b.LineStyle = XL.continuous;
      b.Weight = XL.thin;
      b.Color = 0;
    }
  }
}
