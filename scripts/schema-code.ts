/**
 * Generates src/lib/data/schema-validators.js from data/schema.json: one validating
 * function per part of a dataset, as plain code compiled ahead of time by Ajv. Checking
 * with compiled code is tens of times faster than interpreting the schema, and it needs
 * no `eval` in the page, so it runs under a strict Content-Security-Policy.
 * `npm run data:schema` writes the file; a unit test fails when it is out of date.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** Ajv is CommonJS: Node hands over its whole exports object, bundlers its default. */
function unwrap<T>(module: T): T {
  return ((module as { default?: T }).default ?? module) as T;
}

export const SCHEMA_PARTS = ['meta', 'country', 'actor', 'category', 'era', 'event'] as const;
export const VALIDATORS_PATH = 'src/lib/data/schema-validators.js';

/** The generated module's text, with Ajv's two runtime helpers imported through our shim. */
export function schemaValidatorsCode(schemaPath = 'data/schema.json'): string {
  const schema = { ...JSON.parse(readFileSync(schemaPath, 'utf8')), $id: 'dataset' };
  const Ajv = unwrap(Ajv2020);
  const ajv = new Ajv({
    code: { source: true, esm: true, optimize: true },
    allErrors: true,
    strict: false,
  });
  ajv.addSchema(schema);
  const exports = Object.fromEntries(SCHEMA_PARTS.map((part) => [part, `dataset#/$defs/${part}`]));
  let code = unwrap(standaloneCode)(ajv, exports);
  // Ajv writes CommonJS requires for its helpers even in ESM output.
  const helpers = new Set<string>();
  code = code.replace(
    /require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g,
    (_: string, name: string) => (helpers.add(name), name),
  );
  if (/\brequire\(/.test(code)) throw new Error('unexpected require() in the generated validators');
  const imports = helpers.size
    ? `import { ${[...helpers].sort().join(', ')} } from './schema-runtime';\n`
    : '';
  return (
    `// Generated from data/schema.json by \`npm run data:schema\`; do not edit.\n` +
    `// @ts-nocheck\n/* eslint-disable */\n${imports}${code.replace(/^"use strict";/, '')}\n`
  );
}
