/**
 * The messages between an embedded timeline and the page around it. Heights go out in
 * every dialect newsroom pages already understand (pym.js, a Datawrapper-style object
 * under our own key, AMP, Medium/Embedly), so any of their parent scripts can size the
 * iframe. Our own messages live under one key, and a receiver accepts nothing else.
 */

/** The key of our own messages, both ways. */
export const MESSAGE_KEY = 'chronicle-timeline';
/** The Datawrapper-style height message's key. */
export const HEIGHT_KEY = 'chronicle-timeline-height';

export interface HeightContext {
  /** The id the parent knows this embed by: pym's childId, else our own. */
  id: string;
  /** pym.js childId, when a pym parent created the iframe. */
  childId: string | null;
  /** This document's URL (Medium/Embedly include it). */
  src: string;
}

/** Everything to post to the parent when the content height changes. */
export function heightMessages(height: number, context: HeightContext): unknown[] {
  const px = Math.ceil(height);
  const messages: unknown[] = [
    { [HEIGHT_KEY]: { [context.id]: px } },
    { sentinel: 'amp', type: 'embed-size', height: px },
    JSON.stringify({ src: context.src, context: 'iframe.resize', height: px }),
  ];
  if (context.childId !== null) messages.push(`pymxPYMx${context.childId}xPYMxheightxPYMx${px}`);
  return messages;
}

/** The child tells the parent which event the reader selected (null: none). */
export function selectionMessage(id: string, event: string | null): unknown {
  return { [MESSAGE_KEY]: { type: 'select', id, event } };
}

/** The parent asks the child to select an event (from the article's hash). */
export function selectRequest(event: string): unknown {
  return { [MESSAGE_KEY]: { type: 'select-request', event } };
}

const EVENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PYM_HEIGHT = /^pymxPYMx[\w-]+xPYMxheightxPYMx(\d{1,5})$/;

/** A height from any of the dialects we send, or null for anything else. */
export function readHeight(data: unknown): number | null {
  if (typeof data === 'string') {
    const pym = PYM_HEIGHT.exec(data);
    if (pym) return Number(pym[1]);
    return null;
  }
  if (data === null || typeof data !== 'object') return null;
  const ours = (data as Record<string, unknown>)[HEIGHT_KEY];
  if (ours === null || typeof ours !== 'object') return null;
  const values = Object.values(ours as Record<string, unknown>);
  const height = values[0];
  return values.length === 1 &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    height < 100_000
    ? height
    : null;
}

/** Our own message of a given type, checked field by field, or null. */
export function readMessage(
  data: unknown,
): { type: 'select'; event: string | null } | { type: 'select-request'; event: string } | null {
  if (data === null || typeof data !== 'object') return null;
  const body = (data as Record<string, unknown>)[MESSAGE_KEY];
  if (body === null || typeof body !== 'object') return null;
  const { type, event } = body as Record<string, unknown>;
  const validId = typeof event === 'string' && event.length <= 80 && EVENT_ID.test(event);
  if (type === 'select' && (event === null || validId))
    return { type, event: event as string | null };
  if (type === 'select-request' && validId) return { type, event: event as string };
  return null;
}
