/**
 * A component whose code is fetched the first time it is wanted, not with the page:
 * what a reader who only looks never sees (a tooltip, a notice about rejected events,
 * the detail panel, the canvas that paints moves) stays out of the first download.
 */
import type { Component } from 'svelte';

export class OnDemand<Props extends Record<string, unknown> = Record<string, never>> {
  /** The component once its code has arrived; null until then. */
  component = $state.raw<Component<Props> | null>(null);
  #fetching: Promise<boolean> | null = null;
  readonly #load: () => Promise<{ default: Component<Props> }>;

  constructor(load: () => Promise<{ default: Component<Props> }>) {
    this.#load = load;
  }

  /**
   * Fetches the code, once however often it is called; true once it has arrived. A fetch
   * that fails (offline, say) resolves false, and the next call tries again.
   */
  want(): Promise<boolean> {
    this.#fetching ??= this.#load().then(
      (module) => {
        this.component = module.default;
        return true;
      },
      () => {
        this.#fetching = null;
        return false;
      },
    );
    return this.#fetching;
  }
}
