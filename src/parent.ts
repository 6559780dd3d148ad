/**
 * The script a page includes once to host timeline iframes (embed-parent.js): it sizes
 * each of our iframes to its content and, where the iframe opts in with
 * `data-hash-sync`, keeps the selected event in the page's hash both ways. It matches
 * messages to iframes by `event.source`, ignores any message of another shape, and
 * honours an optional origin allowlist: `<script src=… data-origins="https://a https://b">`.
 * Deliberately tiny and dependency-free; it shares the message helpers with the embed.
 */
import { readHeight, readMessage, selectRequest } from './lib/embed/messages';

const script = document.currentScript as HTMLScriptElement | null;
const origins = (script?.dataset.origins ?? '').split(/\s+/).filter(Boolean);
const frames = () => [
  ...document.querySelectorAll<HTMLIFrameElement>('iframe[data-chronicle-timeline]'),
];
const hashKey = (frame: HTMLIFrameElement, index: number) =>
  frame.dataset.hashKey ?? (index === 0 ? 'event' : `event-${index + 1}`);

function hashValue(key: string): string | null {
  return new URLSearchParams(location.hash.slice(1)).get(key);
}

addEventListener('message', (event: MessageEvent) => {
  if (origins.length > 0 && !origins.includes(event.origin)) return;
  const list = frames();
  const index = list.findIndex((frame) => frame.contentWindow === event.source);
  const frame = list[index];
  if (!frame) return;
  const height = readHeight(event.data);
  if (height !== null) {
    frame.height = String(height);
    return;
  }
  const message = readMessage(event.data);
  if (message?.type !== 'select' || !('hashSync' in frame.dataset)) return;
  const params = new URLSearchParams(location.hash.slice(1));
  const key = hashKey(frame, index);
  if (message.event === null) params.delete(key);
  else params.set(key, message.event);
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
});

// An article opened with a deep link starts its embed on that event; a later change of
// the hash (a reader following an in-page link) asks the running embed to select it.
frames().forEach((frame, index) => {
  if (!('hashSync' in frame.dataset)) return;
  const wanted = hashValue(hashKey(frame, index));
  if (!wanted) return;
  const src = new URL(frame.src, location.href);
  if (src.searchParams.get('event') === wanted) return;
  src.searchParams.set('event', wanted);
  frame.src = src.href;
});
addEventListener('hashchange', () => {
  frames().forEach((frame, index) => {
    const wanted = hashValue(hashKey(frame, index));
    if (wanted && 'hashSync' in frame.dataset) {
      frame.contentWindow?.postMessage(
        selectRequest(wanted),
        new URL(frame.src, location.href).origin,
      );
    }
  });
});
