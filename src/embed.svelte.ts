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

/** Presents the timeline as the page's URL parameters say, from the given source. */
export function startEmbed(params: URLSearchParams, source: DataSource): void {
  const options = parseEmbedOptions((name) => params.get(name), warn);
  const embedId = options.childId ?? params.get('id') ?? 'timeline';
  document.documentElement.classList.add(inFrame ? 'embedded' : 'not-embedded');
  document.documentElement.dataset.theme = options.theme;
  const target = document.getElementById('app');
  if (!target) return;
  const language = pickLanguage(params.get('lang'), navigator.languages);
  mount(TimelineApp, {
    target,
    props: {
      source,
      options,
      view: params,
      onstate: (timeline: TimelineState) => connect(timeline, embedId),
      language,
    },
  });
  reportHeight(document.body, options, embedId);
}
