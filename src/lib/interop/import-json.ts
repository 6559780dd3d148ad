/** TimelineJS3 JSON → our dataset. See README.md in this folder for the mapping. */
import { isObject } from './context';
import { buildDataset, guarded, type Located } from './build';
import type { ImportOptions, ImportResult } from './types';

const located = (list: unknown): Located[] =>
  Array.isArray(list) ? list.map((value, index) => ({ value, where: { index } })) : [];

/** Never throws: junk gives an empty (valid) dataset with a `fatal` reason. */
export function importTimelineJs(json: unknown, options: ImportOptions): ImportResult {
  return guarded(options, () => read(json, options));
}

function read(json: unknown, options: ImportOptions): ImportResult {
  if (!isObject(json) || !Array.isArray(json.events)) {
    const fatal = 'not a TimelineJS document: it needs an "events" array';
    return buildDataset({ events: [], eras: [] }, options, fatal);
  }
  const result = buildDataset(
    { title: json.title, events: located(json.events), eras: located(json.eras) },
    options,
  );
  if (json.eras !== undefined && !Array.isArray(json.eras))
    result.warnings.push({ message: '"eras" is not an array; ignored' });
  if (json.scale === 'cosmological')
    result.warnings.push({
      message: 'cosmological scale: only years within ±999999 can be kept',
    });
  return result;
}
