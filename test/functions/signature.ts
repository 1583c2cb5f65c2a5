// The public signature of the QS functions: what a workbook depends on once a formula is typed.
// Ids, parameter order, names, types, dimensionality and optionality, and the result type; the
// descriptions may be reworded freely.

interface MetaParam {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface MetaFunction {
  id: string;
  name: string;
  parameters?: MetaParam[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

export function signatures(metadataJson: string): unknown {
  const meta = JSON.parse(metadataJson) as { functions: MetaFunction[] };
  return meta.functions.map((f) => ({
    id: f.id,
    name: f.name,
    parameters: (f.parameters ?? []).map((p) => ({
      name: p.name,
      type: p.type ?? 'any',
      dimensionality: p.dimensionality ?? 'scalar',
      optional: p.optional === true,
    })),
    result: { type: f.result?.type ?? 'any', dimensionality: f.result?.dimensionality ?? 'scalar' },
    options: f.options ?? {},
  }));
}
