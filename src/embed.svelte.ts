/**
 * The embed page (embed.html), loaded by its entry once the dataset has been asked
 * for: the timeline without the page around it, presented as its URL parameters say,
 * reporting its height to the parent page in the dialects newsroom CMSs understand,
 * and keeping deep links through the iframe.
 */
import { mount } from 'svelte';
import TimelineApp from './lib/components/TimelineApp.svelte';
import type { DataSource } from './lib/data/source';
import { parseEmbedOptions, type EmbedOptions } from './lib/embed/options';
import { pickLanguage } from './lib/i18n/locale';
import { heightMessages, readMessage, selectionMessage } from './lib/embed/messages';
import type { TimelineState } from './lib/state/timeline.svelte';

const warn = (message: string) => console.warn(`timeline embed: ${message}`);
const inFrame = window.parent !== window;

function post(message: unknown): void {
  // Heights carry nothing private, and the parent's origin is not known in advance.
  if (inFrame) window.parent.postMessage(message, '*');
}

function reportHeight(root: HTMLElement, options: EmbedOptions, embedId: string): void {
  let last = -1;
  const send = () => {
    const height = options.height ?? Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of heightMessages(height, {
      id: embedId,
      childId: options.childId,
      src: location.href,
    }))
      post(message);
  };
  // The observer also reports the first size, once the page is laid out anyway: asking
  // now would force a layout in the middle of starting up.
  new ResizeObserver(send).observe(root);
}

function connect(timeline: TimelineState, embedId: string): void {
  // Tell the parent what the reader selects, so it can keep a deep link in its hash.
  $effect.root(() => {
    $effect(() => post(selectionMessage(embedId, timeline.selectedId)));
  });
  // The parent may ask for an event (its hash changed); only the parent may, and a
  // request that arrives before the data is kept until it has loaded.
  let pending = $state<string | null>(null);
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = readMessage(event.data);
    if (message?.type === 'select-request') pending = message.event;
  });
  $effect.root(() => {
    $effect(() => {
      const wanted = pending;
      if (wanted === null || timeline.items.length === 0) return;
      pending = null;
      if (timeline.items.some((item) => item.id === wanted)) timeline.select(wanted);
    });
  });
}

/** A picture left in place this long is taken away whatever the timeline is doing. */
const PICTURE_AT_MOST_MS = 5000;

/**
 * Mounts the timeline unseen beside the first picture, and swaps them once its first
 * view is wholly drawn (or it has failed, or has nothing to draw): one change for the
 * reader, not a picture followed by a timeline coming lane by lane.
 */
function behindPicture(
  target: HTMLElement,
  picture: HTMLElement,
): { holder: HTMLElement; follow: (timeline: TimelineState) => void } {
  const holder = document.createElement('div');
  holder.className = 'timeline-holder';
  target.classList.add('picture-pending');
  target.append(holder);
  let timeline: TimelineState | null = null;
  const swap = () => {
    observer.disconnect();
    clearTimeout(timer);
    picture.remove();
    target.classList.remove('picture-pending');
  };
  const check = () => {
    const load = timeline?.load;
    const drawn = holder.querySelector('.marks-layer:not([aria-busy="true"]) [data-event-id]');
    if (drawn || load?.status === 'failed' || (load && timeline?.items.length === 0)) swap();
  };
  // Called after each of the timeline's DOM updates, before the browser draws again.
  const observer = new MutationObserver(check);
  observer.observe(holder, { subtree: true, childList: true, attributeFilter: ['aria-busy'] });
  const timer = setTimeout(swap, PICTURE_AT_MOST_MS);
  const follow = (state: TimelineState) => {
    timeline = state;
  };
  return { holder, follow };
}

/** Presents the timeline as the page's URL parameters say, from the given source. */
export function startEmbed(
  params: URLSearchParams,
  source: DataSource,
  picture: HTMLElement | null = null,
): void {
  const options = parseEmbedOptions((name) => params.get(name), warn);
  const embedId = options.childId ?? params.get('id') ?? 'timeline';
  document.documentElement.classList.add(inFrame ? 'embedded' : 'not-embedded');
  document.documentElement.dataset.theme = options.theme;
  const page = document.getElementById('app');
  if (!page) return;
  const waiting = picture ? behindPicture(page, picture) : null;
  const language = pickLanguage(params.get('lang'), navigator.languages);
  mount(TimelineApp, {
    target: waiting?.holder ?? page,
    props: {
      source,
      options,
      view: params,
      onstate: (timeline: TimelineState) => {
        waiting?.follow(timeline);
        connect(timeline, embedId);
      },
      language,
    },
  });
  reportHeight(document.body, options, embedId);
}
