/**
 * One step of bringing drawn lanes up to date with their layouts after a move: the
 * first lane that differs is replaced (all of them if the lanes changed). Null once
 * every lane matches.
 */
export function catchUpStep<T>(shown: readonly T[], target: readonly T[]): T[] | null {
  const next = shown.length === target.length ? [...shown] : [...target];
  const stale = next.findIndex((layout, i) => layout !== target[i]);
  if (stale >= 0) next[stale] = target[stale]!;
  return next.every((layout, i) => layout === target[i]) ? null : next;
}
