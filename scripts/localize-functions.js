// Derives functions-zh-cn.json from the functions.json that custom-functions-metadata generates,
// using the translation table src/functions/metadata.zh-cn.json (keyed by function id, then by
// parameter name). Ids, types, dimensionality and options are copied untouched, so the two files
// describe the same functions; only what users read is translated.
//
// Used by webpack.config.js (LocalizeFunctionsPlugin) and by the tests (localizeMetadata).
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('fs');
const path = require('path');

const TABLE_PATH = path.join(__dirname, '..', 'src', 'functions', 'metadata.zh-cn.json');

function readTable() {
  return JSON.parse(fs.readFileSync(TABLE_PATH, 'utf8'));
}

/**
 * @param {{functions: Array<{id: string, name: string, description?: string, parameters?: Array<{name: string, description?: string}>}>}} metadata
 * @param {Record<string, {name?: string, description: string, result?: string, parameters: Record<string, {name: string, description: string}>}>} table
 * @returns {{metadata: object, missing: string[]}} the localized copy and what the table lacks
 */
function localizeMetadata(metadata, table) {
  const missing = [];
  const copy = JSON.parse(JSON.stringify(metadata));
  for (const fn of copy.functions) {
    const t = table[fn.id];
    if (!t) {
      missing.push(`${fn.id}: 整个函数`);
      continue;
    }
    // Function names stay as in English (see docs/functions.md): Chinese Excel keeps built-in
    // names such as SUM in English, so QS.SCORE reads the same in every language. The table may
    // still give a `name` for a function if that decision ever changes.
    if (t.name) fn.name = t.name;
    if (t.description) fn.description = t.description;
    else missing.push(`${fn.id}: description`);
    for (const p of fn.parameters || []) {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp || !tp.name || !tp.description) {
        missing.push(`${fn.id}(${p.name})`);
        continue;
      }
      p.name = tp.name;
      p.description = tp.description;
    }
  }
  return { metadata: copy, missing };
}

/** Webpack plugin: emits `output` next to the metadata plugin's `input` asset. */
class LocalizeFunctionsPlugin {
  constructor(options = {}) {
    this.input = options.input || 'functions.json';
    this.output = options.output || 'functions-zh-cn.json';
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LocalizeFunctionsPlugin', (compilation) => {
      compilation.fileDependencies.add(TABLE_PATH);
      compilation.hooks.processAssets.tap({ name: 'LocalizeFunctionsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) {
          compilation.errors.push(new WebpackError(`LocalizeFunctionsPlugin: ${this.input} was not generated`));
          return;
        }
        const { metadata, missing } = localizeMetadata(JSON.parse(asset.source.source().toString()), readTable());
        if (missing.length) {
          compilation.errors.push(
            new WebpackError(`LocalizeFunctionsPlugin: ${path.relative(process.cwd(), TABLE_PATH)} lacks ${missing.join(', ')}`),
          );
        }
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

module.exports = { localizeMetadata, readTable, LocalizeFunctionsPlugin, TABLE_PATH };
