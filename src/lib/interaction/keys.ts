/**
 * Keys for the focused chart (never on document or window): + and − zoom, 0 fits,
 * ← and → pan by a tenth of the window. All of it goes through the viewport.
 */
import type { ChartModel } from '../state/chart.svelte';

export function chartKeydown(event: KeyboardEvent, chart: ChartModel): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  // Zoom keys work anywhere in the chart; arrows pan only from the chart itself (on a
  // mark they move between events, handled there).
  const onTrack = event.target === event.currentTarget;
  const viewport = chart.viewport;
  if (!viewport) return;
  const [t0, t1] = chart.window;
  const step = (t1 - t0) / 10;
  // In right-to-left reading, ← goes later in time.
  const direction = chart.rtl ? -1 : 1;
  switch (event.key) {
    case '+':
    case '=':
      viewport.zoomBy(1.5);
      break;
    case '-':
    case '−':
      viewport.zoomBy(1 / 1.5);
      break;
    case '0':
    case '۰':
      viewport.fit();
      break;
    case 'ArrowLeft':
      if (!onTrack) return;
      viewport.showWindow([t0 - step * direction, t1 - step * direction], { animate: false });
      break;
    case 'ArrowRight':
      if (!onTrack) return;
      viewport.showWindow([t0 + step * direction, t1 + step * direction], { animate: false });
      break;
    default:
      return;
  }
  event.preventDefault();
}
