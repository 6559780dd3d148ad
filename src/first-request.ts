/**
 * The embed page's first script (first-request.js), a classic one: it runs as soon as it
 * has arrived, before the page's modules have, and asks for the dataset with a preload
 * link (`preloadData`). The entry's own request (`fetchEarly`) is answered by that
 * response, so the data is on its way a round trip sooner. It applies the entry's rules (`chooseDataSource`): an
 * address the page refuses is never requested. The page's built-in dataset is named by
 * the script tag (`data-built-in`), so this file does not change when the data does.
 */
import { preloadData } from './data-preload';
import { chooseDataSource, originList } from './lib/data/source';

const script = document.currentScript as HTMLScriptElement | null;
const builtIn = script?.dataset.builtIn;
if (builtIn) {
  const source = chooseDataSource(
    new URLSearchParams(location.search).get('data'),
    location.href,
    builtIn,
    originList(import.meta.env.VITE_DATA_ORIGINS),
  );
  if ('url' in source) preloadData(source.url);
}
