/**
 * A mouse or touch gesture that began before the code that handles it had loaded. It
 * is followed until then, and replayed once that code listens: pressed where it was
 * pressed, moved to where the pointer is now, and released if it already was. So a
 * reader's first drag or click counts, however quickly it came.
 */
interface Point {
  x: number;
  y: number;
}

export interface HeldGesture {
  /** Replays the gesture on what is under its start, if inside `within`, else `fallback`. */
  replay(within: Element, fallback: Element): void;
  /** Stops following it, without replaying: the code that would handle it is not coming. */
  drop(): void;
}

export function holdGesture(start: MouseEvent | TouchEvent): HeldGesture {
  const view = start.view ?? window;
  const isTouch = 'changedTouches' in start;
  const first = isTouch ? start.changedTouches[0] : start;
  const id = isTouch ? (start.changedTouches[0]?.identifier ?? 0) : 0;
  const from: Point = { x: first?.clientX ?? 0, y: first?.clientY ?? 0 };
  let to = from;
  let released = false;
  const follow = (event: MouseEvent | TouchEvent) => {
    const at = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (at) to = { x: at.clientX, y: at.clientY };
  };
  const release = () => (released = true);
  const listeners: [string, EventListener][] = isTouch
    ? [
        ['touchmove', follow as EventListener],
        ['touchend', release],
        ['touchcancel', release],
      ]
    : [
        ['mousemove', follow as EventListener],
        ['mouseup', release],
      ];
  for (const [type, listener] of listeners) view.addEventListener(type, listener, true);
  const drop = () => {
    for (const [type, listener] of listeners) view.removeEventListener(type, listener, true);
  };

  return {
    drop,
    replay(within, fallback) {
      drop();
      const root = within.getRootNode() as Document | ShadowRoot;
      const hit = root.elementFromPoint(from.x, from.y);
      const target = hit && within.contains(hit) ? hit : fallback;
      const moved = to.x !== from.x || to.y !== from.y;
      if (isTouch) replayTouch(target, id, from, moved ? to : null, released);
      else replayMouse(target, view, from, moved ? to : null, released);
    },
  };
}

const BUBBLING = { bubbles: true, cancelable: true, composed: true };

function replayMouse(
  target: Element,
  view: Window,
  from: Point,
  to: Point | null,
  released: boolean,
): void {
  const at = (point: Point) => ({
    ...BUBBLING,
    view,
    button: 0,
    clientX: point.x,
    clientY: point.y,
  });
  target.dispatchEvent(new MouseEvent('mousedown', at(from)));
  if (to) view.dispatchEvent(new MouseEvent('mousemove', at(to)));
  if (released) view.dispatchEvent(new MouseEvent('mouseup', at(to ?? from)));
}

function replayTouch(
  target: Element,
  identifier: number,
  from: Point,
  to: Point | null,
  released: boolean,
): void {
  const touch = (point: Point) =>
    new Touch({ identifier, target, clientX: point.x, clientY: point.y });
  try {
    const down = touch(from);
    target.dispatchEvent(
      new TouchEvent('touchstart', {
        ...BUBBLING,
        touches: [down],
        targetTouches: [down],
        changedTouches: [down],
      }),
    );
    const last = to ? touch(to) : down;
    if (to) {
      target.dispatchEvent(
        new TouchEvent('touchmove', {
          ...BUBBLING,
          touches: [last],
          targetTouches: [last],
          changedTouches: [last],
        }),
      );
    }
    if (released) {
      target.dispatchEvent(
        new TouchEvent('touchend', { ...BUBBLING, touches: [], changedTouches: [last] }),
      );
    }
  } catch {
    // No Touch constructor here: this first touch is lost; the next one works.
  }
}
