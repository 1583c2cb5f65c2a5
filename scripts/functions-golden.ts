// Rewrites test/functions/metadata.golden.json from src/functions/functions.ts.
//   npx tsx scripts/functions-golden.ts
// Run it only for a deliberate, compatible change (a new function, a new optional parameter at
// the end): ids and existing parameters are public API, stored in users' workbooks.
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { signatures } from '../test/functions/signature';

const root = path.join(__dirname, '..');

async function main(): Promise<void> {
  const r = await generateCustomFunctionsMetadata(path.join(root, 'src/functions/functions.ts'));
  if (r.errors.length) throw new Error(r.errors.join('\n'));
  const file = path.join(root, 'test/functions/metadata.golden.json');
  fs.writeFileSync(file, JSON.stringify(signatures(r.metadataJson), null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
