// A WPS workbook in the strict ET double, holding the bundled sample, and the engine's own plans for it.
import { parsePeriod, parseWorkbook, planSummaries, score, sampleSheets, type SheetPlan, type Snapshot } from '../../src/engine';
import type { EtApplication } from '../../src/wps/et';
import { EtDouble, type EtDoubleOptions } from '../doubles/et-double';

export function sampleSnapshot(): Snapshot {
  return { sheets: sampleSheets().map((s) => ({ name: s.name, values: [s.columns.map((c) => c.header), ...s.rows] })) };
}

export function sampleBook(options: EtDoubleOptions = {}): { et: EtDouble; app: EtApplication } {
  const et = new EtDouble(options);
  for (const s of sampleSheets()) et.addSheet(s.name, [s.columns.map((c) => c.header), ...s.rows]);
  return { et, app: et.application() as EtApplication };
}

export function enginePlans(period: string, snapshot: Snapshot = sampleSnapshot()): SheetPlan[] {
  const { model, errors } = parseWorkbook(snapshot);
  if (errors.length) throw new Error(`sample has errors: ${errors.map((e) => e.message).join('; ')}`);
  return planSummaries(model, score(model, parsePeriod(period)!));
}

/** A plan's values as the double shows them: null → '', trailing empty cells kept to the plan's width. */
export function shown(plan: SheetPlan): unknown[][] {
  const cols = plan.values.reduce((n, r) => Math.max(n, r.length), plan.columnWidths.length);
  return plan.values.map((row) => Array.from({ length: cols }, (_, c) => row[c] ?? ''));
}

/** The double's sheet trimmed to the plan's rectangle (the used range may be narrower where the last columns are empty). */
export function written(et: EtDouble, plan: SheetPlan): unknown[][] {
  const want = shown(plan);
  const got = et.valuesOf(plan.name);
  return want.map((row, r) => row.map((_, c) => got[r]?.[c] ?? ''));
}
