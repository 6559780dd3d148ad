/**
 * Bringing the drawn lanes up to date with their layouts one lane at a time, so that
 * the work of a new picture (laying a lane out, then creating and removing its marks)
 * is spread over frames instead of one long one: lanes appear one by one at first
 * show, and follow the canvas one by one after a move.
 */

export interface CatchUp<T> {
  /** The lanes drawn so far; a lane not drawn yet is undefined. A new array every step. */
  shown: (T | undefined)[];
  /** The next lane to bring up to date. */
  next: number;
  /** The layouts being caught up with; when they change, the lanes are checked again from the first. */
  target: ((lane: number) => T) | null;
}

/** Starts catching up from the lanes drawn now (none at first show). */
export function startCatchUp<T>(shown: readonly (T | undefined)[] = []): CatchUp<T> {
  return { shown: [...shown], next: 0, target: null };
}

/**
 * One step: the next lane whose drawn layout is not `target`'s is replaced, asking
 * `target` only for the lanes it passes, in order. Lanes beyond `count` are dropped.
 * Null once every lane is up to date.
 */
export function catchUpStep<T>(
  state: CatchUp<T>,
  count: number,
  target: (lane: number) => T,
): CatchUp<T> | null {
  const shown = state.shown.slice(0, count);
  let next = state.target === target ? state.next : 0;
  while (next < count) {
    const layout = target(next);
    if (shown[next] !== layout) {
      shown[next] = layout;
      next++;
      // Done when this was the last lane; else the rest wait for the next step.
      return next < count ? { shown, next, target } : null;
    }
    next++;
  }
  return null;
}

/** `make(i)` at most once per index, when first asked for. */
export function memoByIndex<T>(make: (index: number) => T): (index: number) => T {
  const made = new Map<number, T>();
  return (index) => {
    let value = made.get(index);
    if (value === undefined) made.set(index, (value = make(index)));
    return value;
  };
}

/** `make(list[i])` at most once per index, when first asked for. */
export function memoEach<T, R>(list: readonly T[], make: (entry: T) => R): (index: number) => R {
  return memoByIndex((index) => make(list[index]!));
}
