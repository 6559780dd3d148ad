/** npm run data:schema — regenerates src/lib/data/schema-validators.js from data/schema.json. */
import { writeFileSync } from 'node:fs';
import { schemaValidatorsCode, VALIDATORS_PATH } from './schema-code';

writeFileSync(VALIDATORS_PATH, schemaValidatorsCode());
console.log(`${VALIDATORS_PATH} updated`);
