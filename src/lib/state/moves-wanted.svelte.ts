/**
 * What only a moving view needs (the gestures' code, the canvas that paints moving
 * marks) is fetched when the reader first reaches for the chart. This is the hand-over
 * between the two: the viewport says when the reader has reached, the chart fetches its
 * canvas then, and the gestures wait until that canvas can paint.
 */
export class MovesWanted {
  /** Set when the reader first reaches for the chart (pointer, focus, touch) or a move is to be animated. */
  reached = $state(false);
  #canvasIsReady: () => void = () => {};
  /**
   * Settled once the canvas that paints moves is ready (or cannot be had): the gestures
   * wait for it, so that no move begins with nothing to show it.
   */
  readonly canvasReady = new Promise<void>((resolve) => (this.#canvasIsReady = resolve));
  markCanvasReady(): void {
    this.#canvasIsReady();
  }
}
