/**
 * When a moving view has come to rest. A timer alone is fooled by a long task: input
 * already sent waits behind it, the timer may run first, and the view "rests" in the
 * middle of a gesture, which then pays for a full layout and for starting over. So the
 * rest comes only once the delay has passed and then a frame has brought no move:
 * input that is waiting is handled at the start of a frame, before its callbacks.
 */

export interface Frames {
  request: (callback: () => void) => number;
  cancel: (handle: number) => void;
}

/** The page's frames; without them (a test or a server) the frame is not waited for. */
const pageFrames = (): Frames | null =>
  typeof requestAnimationFrame === 'function'
    ? // Called as functions: as methods of this object, the browser's throw "Illegal invocation".
      {
        request: (callback) => requestAnimationFrame(callback),
        cancel: (handle) => cancelAnimationFrame(handle),
      }
    : null;

export interface RestWatch {
  /** The view moved: the rest, if one was coming, starts over. */
  moved(): void;
  /** Nothing more comes (the view was destroyed or jumped). */
  cancel(): void;
}

export function watchForRest(
  delayMs: number,
  onRest: () => void,
  frames: Frames | null = pageFrames(),
): RestWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    if (frame !== undefined) frames?.cancel(frame);
    frame = undefined;
  };
  return {
    moved() {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        if (!frames) return onRest();
        frame = frames.request(() => {
          frame = undefined;
          onRest();
        });
      }, delayMs);
    },
    cancel,
  };
}
