/**
 * The embed page's entry (embed.html). Small on purpose: it decides where the dataset
 * comes from and asks for it at once, while the timeline's code (preloaded by the page)
 * is still arriving, so the two downloads overlap instead of following each other.
 */
import builtInData from '../data/mek.json?url';
import { chooseDataSource, fetchEarly, originList } from './lib/data/source';
import './app.css';

const params = new URLSearchParams(location.search);
const source = chooseDataSource(
  params.get('data'),
  location.href,
  builtInData,
  originList(import.meta.env.VITE_DATA_ORIGINS),
);
if ('url' in source) fetchEarly(source.url, fetch);
void import('./embed.svelte').then(({ startEmbed }) => startEmbed(params, source));
