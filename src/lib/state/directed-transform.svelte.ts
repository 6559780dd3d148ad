/**
 * The chart's zoom transform, kept with the direction time ran in when it was set. A
 * transform is in pixels, so once the axis has turned round (a language read right to
 * left) it is read mirrored (`mirrored`): the window stays where it was, with no frame
 * that shows its mirror image.
 */
import { untrack } from 'svelte';
import { IDENTITY, mirrored, type ZoomTransform } from '../time/transform';

/** How the chart runs now: its direction and its width (px). */
interface Axis {
  readonly rtl: boolean;
  readonly width: number;
}

export class DirectedTransform {
  #set = $state.raw<{ transform: ZoomTransform; rtl: boolean }>({
    transform: IDENTITY,
    rtl: false,
  });
  #axis: Axis;
  constructor(axis: Axis) {
    this.#axis = axis;
  }
  // Deriveds are lazy: this one may read the axis through a method, though its
  // initializer runs before the constructor body.
  #now(): Axis {
    return this.#axis;
  }
  readonly #current = $derived(
    this.#set.rtl === this.#now().rtl
      ? this.#set.transform
      : mirrored(this.#set.transform, this.#now().width),
  );

  /** The transform for the direction the chart runs in now. */
  get value(): ZoomTransform {
    return this.#current;
  }
  set value(next: ZoomTransform) {
    this.#set = { transform: next, rtl: untrack(() => this.#now().rtl) };
  }
}
