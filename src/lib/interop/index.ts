/** Interoperability with TimelineJS3: import its JSON and spreadsheet CSV, export its JSON. */
export { detectFormat, type Format } from './detect';
export { exportTimelineJs, escapeHtml } from './export';
export { importTimelineCsv } from './import-csv';
export { importTimelineJs } from './import-json';
export { oursYearToTl, tlYearToOurs } from './tl-date';
export type {
  ImportOptions,
  ImportResult,
  ImportWarning,
  TlDate,
  TlDocument,
  TlEra,
  TlMedia,
  TlSlide,
} from './types';
