/** Reading a response's body as text, bounded, without holding the page. */
import { nextTask } from './next-task';

/** Bytes decoded between two pauses of `readText`: a few milliseconds of work. */
export const READ_PAUSE_BYTES = 2 * 1024 * 1024;

/**
 * The body as text, or null once it passes `maxBytes`. Read chunk by chunk so an
 * endless or huge body (no or a lying Content-Length) is cut off, not buffered whole.
 * A body that has already arrived is read without waiting, so it pauses every
 * READ_PAUSE_BYTES: decoding 30 MB at once held the page for about 100 ms.
 */
export async function readText(
  response: Response,
  maxBytes: number,
  pause: () => Promise<void> = nextTask,
): Promise<string | null> {
  const body = response.body;
  if (body === null) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  let sincePause = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
    sincePause += value.byteLength;
    if (sincePause >= READ_PAUSE_BYTES) {
      sincePause = 0;
      await pause();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}
