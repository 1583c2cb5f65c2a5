// The QS functions registered in HyperFormula, an independent formula engine, as a FunctionPlugin
// built from the generated metadata (functions.json): each formula QS.X(…) calls the entry
// point X of functions.ts with its arguments converted the way Excel hands them over (ranges as
// 2-D arrays, empty as null), and a thrown CustomFunctions.Error becomes the matching cell error.
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import * as QS from '../../src/functions/functions';

interface MetaFunction {
  id: string;
  name: string;
  parameters: { name: string; optional?: boolean }[];
}

const ERROR_TYPES: Record<string, ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#N/A': ErrorType.NA,
  '#NUM!': ErrorType.NUM,
};

function toExcel(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toExcel));
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return null;
  if (v !== null && typeof v === 'object' && 'val' in v) return (v as { val: number }).val; // DateNumber etc.
  return v;
}

function call(id: string, args: unknown[]): unknown {
  const fn = (QS as unknown as Record<string, (...a: unknown[]) => unknown>)[id];
  try {
    return fn(...args.map(toExcel));
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code && ERROR_TYPES[code]) return new CellError(ERROR_TYPES[code], (e as Error).message);
    throw e;
  }
}

/** A plugin class and its (identity) translations, for HyperFormula.registerFunctionPlugin. */
export function qsFunctionPlugin(metadata: { functions: MetaFunction[] }) {
  class QsPlugin extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  for (const f of metadata.functions) {
    const formulaName = `QS.${f.name}`;
    const method = `qs_${f.id}`;
    implemented[formulaName] = {
      method,
      parameters: f.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
    };
    // runFunction and metadata are protected members of FunctionPlugin: reached through a cast.
    type Runner = { runFunction: Function; metadata: (name: string) => unknown };
    (QsPlugin.prototype as unknown as Record<string, unknown>)[method] = function (this: Runner, ast: { args: unknown[] }, state: unknown) {
      return this.runFunction(ast.args, state, this.metadata(formulaName), (...args: unknown[]) => call(f.id, args));
    };
    names[formulaName] = formulaName;
  }
  (QsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  return { plugin: QsPlugin, translations: { enGB: names } };
}
