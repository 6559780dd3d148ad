/**
 * The app page's entry point, one of the only places that touch the page: it reads
 * `?data=`, decides where the dataset comes from and asks for it at once, then mounts
 * the app, whose code (preloaded by the page) arrives meanwhile.
 */
import builtInData from '../data/mek.json?url';
import { chooseDataSource, fetchEarly, originList } from './lib/data/source';
import './app.css';

document.documentElement.dataset.theme = 'auto';

const params = new URLSearchParams(location.search);
const source = chooseDataSource(
  params.get('data'),
  location.href,
  builtInData,
  originList(import.meta.env.VITE_DATA_ORIGINS),
);
if ('url' in source) fetchEarly(source.url, fetch);
void import('./app-page').then(({ startApp }) => startApp(params, source));
