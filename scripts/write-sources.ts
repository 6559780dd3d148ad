/** npm run data:sources — regenerates the lower half of data/SOURCES.md from data/mek.json. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withReport } from './sources-report';

const dataset = JSON.parse(readFileSync('data/mek.json', 'utf8'));
const path = 'data/SOURCES.md';
writeFileSync(path, withReport(readFileSync(path, 'utf8'), dataset));
console.log(`${path} updated`);
