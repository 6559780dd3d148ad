/**
 * The view rests once the delay has passed and then a frame has brought no move: input
 * held back by a long task runs at the start of that frame, and keeps the gesture going.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForRest, type Frames } from '../../src/lib/interaction/rest';

/** Frames run by hand: `next()` is the browser starting a frame. */
function manualFrames() {
  let callbacks = new Map<number, () => void>();
  let handle = 0;
  const frames: Frames = {
    request: (callback) => (callbacks.set(++handle, callback), handle),
    cancel: (id) => void callbacks.delete(id),
  };
  return {
    frames,
    pending: () => callbacks.size,
    next() {
      const due = callbacks;
      callbacks = new Map();
      for (const callback of due.values()) callback();
    },
  };
}

/** A watch with a 200 ms delay on hand-run frames, and what it calls on rest. */
function watched() {
  const clock = manualFrames();
  const onRest = vi.fn();
  return { clock, onRest, rest: watchForRest(200, onRest, clock.frames) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchForRest', () => {
  it('rests once the delay has passed and a frame has come without a move', () => {
    const { clock, onRest, rest } = watched();
    rest.moved();
    vi.advanceTimersByTime(199);
    expect(clock.pending()).toBe(0);
    vi.advanceTimersByTime(1);
    // The delay is over, but the frame has not come: input may still be waiting.
    expect(onRest).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(1);
    clock.next();
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  it('does not rest when input held back by a long task arrives with the next frame', () => {
    const { clock, onRest, rest } = watched();
    rest.moved();
    // A long task: the timer is due before the wheel event sent meanwhile is handled.
    vi.advanceTimersByTime(450);
    // The frame starts with that input, which moves the view again...
    rest.moved();
    clock.next();
    // ...so this was no rest.
    expect(onRest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    clock.next();
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  it('starts the delay over on every move, and rests once for a whole gesture', () => {
    const { clock, onRest, rest } = watched();
    for (let step = 0; step < 10; step++) {
      rest.moved();
      vi.advanceTimersByTime(100);
      clock.next();
    }
    expect(onRest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    clock.next();
    clock.next();
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  it('never rests once cancelled, whether the timer or the frame was pending', () => {
    const { clock, onRest, rest } = watched();
    rest.moved();
    rest.cancel();
    vi.advanceTimersByTime(1000);
    clock.next();
    rest.moved();
    vi.advanceTimersByTime(200);
    rest.cancel();
    clock.next();
    expect(onRest).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
  });

  it("uses the page's frames, called as the browser requires", () => {
    const pending = new Map<number, () => void>();
    // Like the browser's own: called on anything but the global, they throw.
    const strict = <T extends unknown[], R>(body: (...args: T) => R) =>
      function (this: unknown, ...args: T): R {
        if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
        return body(...args);
      };
    vi.stubGlobal(
      'requestAnimationFrame',
      strict((callback: () => void) => {
        pending.set(pending.size + 1, callback);
        return pending.size;
      }),
    );
    vi.stubGlobal(
      'cancelAnimationFrame',
      strict((handle: number) => void pending.delete(handle)),
    );
    try {
      const onRest = vi.fn();
      const rest = watchForRest(200, onRest);
      rest.moved();
      vi.advanceTimersByTime(200);
      expect(pending.size).toBe(1);
      // A move while the frame is pending cancels it.
      rest.moved();
      expect(pending.size).toBe(0);
      vi.advanceTimersByTime(200);
      for (const callback of pending.values()) callback();
      expect(onRest).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('rests after the delay alone where there are no frames', () => {
    const onRest = vi.fn();
    const rest = watchForRest(200, onRest, null);
    rest.moved();
    vi.advanceTimersByTime(200);
    expect(onRest).toHaveBeenCalledTimes(1);
  });
});
