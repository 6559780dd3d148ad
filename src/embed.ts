/**
 * The embed page's entry (embed.html). Small on purpose: it asks for the dataset at
 * once; when the data arrives, a first picture of it is drawn (`first-picture.ts`),
 * then the timeline's code is asked for and takes over. Asked for sooner, its download
 * and evaluation held the data and the picture back (the picture's code is preloaded).
 * A slow server never holds the timeline back: after PICTURE_WAIT_MS it starts anyway
 * (with its loading notice) and the picture is not drawn.
 */
import { requestDataEarly } from './early-data';
import { embedPicture } from './first-picture';
import './app.css';

const PICTURE_WAIT_MS = 1000;

const params = new URLSearchParams(location.search);
const source = requestDataEarly(params);
// The entry loads async, so it may run before the page has been parsed.
const pageParsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});
let started = false;
// Whichever comes first starts the timeline; a picture drawn too late is taken away.
const picture = new Promise<HTMLElement | null>((resolve) => {
  const give = (shown: HTMLElement | null) => {
    if (started) return shown?.remove();
    started = true;
    resolve(shown);
  };
  setTimeout(give, PICTURE_WAIT_MS, null);
  pageParsed.then(() => embedPicture(params, source, () => !started)).then(give, () => give(null));
});
void picture.then(async (shown) => {
  // The picture reaches the screen before the timeline's code takes the page for a while.
  if (shown) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const [{ startEmbed }] = await Promise.all([import('./embed.svelte'), pageParsed]);
  startEmbed(params, source, shown);
});
