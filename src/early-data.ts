/**
 * What the page entries do first: decide where the dataset comes from (`?data=` or the
 * built-in one) and ask for it at once, so that its download overlaps the app's code
 * (preloaded by the page) instead of following it. The request is a preload link, as
 * first-request.js makes it, so whichever script comes first asks and the other's is
 * answered by the same response.
 */
import builtInData from '../data/mek.json?url';
import { preloadData } from './data-preload';
import { chooseDataSource, fetchEarly, originList, type DataSource } from './lib/data/source';

export function requestDataEarly(params: URLSearchParams): DataSource {
  const source = chooseDataSource(
    params.get('data'),
    location.href,
    builtInData,
    originList(import.meta.env.VITE_DATA_ORIGINS),
  );
  if ('url' in source) {
    preloadData(source.url);
    fetchEarly(source.url, fetch);
  }
  return source;
}
