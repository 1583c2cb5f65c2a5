// functions.json for WPS, in the shape the wpsjs tool's functionsScanner writes:
//   { functions: [{ name, description, parameters: [{ name, description, type }], result: { type } }] }
// with types string | number | bool | any, any[][] for a range, and a trailing ? for an optional
// parameter. It is derived from the Excel metadata of the same src/functions/functions.ts (so the
// ids and parameters cannot drift) with the Chinese descriptions of metadata.zh-cn.json.
// Build-time only (Node); nothing here runs in WPS.

export interface OfficeParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface OfficeFunction {
  id: string;
  name: string;
  description?: string;
  parameters: OfficeParameter[];
  result?: { type?: string; dimensionality?: string };
}

export type ZhMetadata = Record<string, { description?: string; parameters?: Record<string, { name?: string; description?: string }> }>;

export interface WpsFunction {
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string }[];
  result: { type: string };
}

const SCALAR: Record<string, string> = { string: 'string', number: 'number', boolean: 'bool', any: 'any' };

function wpsType(type: string | undefined, dimensionality: string | undefined): string {
  const scalar = SCALAR[type ?? 'any'] ?? 'any';
  return dimensionality === 'matrix' ? `${scalar}[][]` : scalar;
}

/** Names must match ^[A-Za-z_]\w*$ (functionsScanner's rule). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function wpsFunctionsJson(office: { functions: OfficeFunction[] }, zh: ZhMetadata): { functions: WpsFunction[] } {
  return {
    functions: office.functions.map((f) => {
      if (!NAME.test(f.id)) throw new Error(`函数名 ${f.id} 不符合 WPS 的命名规则 ${NAME}`);
      const t = zh[f.id];
      if (!t) throw new Error(`metadata.zh-cn.json 中没有函数 ${f.id} 的中文说明`);
      return {
        name: f.id,
        description: t.description ?? f.description ?? '',
        parameters: f.parameters.map((p) => ({
          name: p.name,
          description: t.parameters?.[p.name]?.description ?? p.description ?? '',
          type: wpsType(p.type, p.dimensionality) + (p.optional ? '?' : ''),
        })),
        result: { type: wpsType(f.result?.type, f.result?.dimensionality) },
      };
    }),
  };
}
