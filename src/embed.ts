/**
 * The embed page's entry (embed.html). Small on purpose: it asks for the dataset at
 * once, then loads the timeline, whose code the page has been preloading meanwhile.
 */
import { requestDataEarly } from './early-data';
import './app.css';

const params = new URLSearchParams(location.search);
const source = requestDataEarly(params);
void import('./embed.svelte').then(({ startEmbed }) => startEmbed(params, source));
