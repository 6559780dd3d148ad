/**
 * The scripted 3-second interaction: real input through CDP (Input.dispatchMouseEvent),
 * so each target's own wheel and drag handlers run as they would for a reader.
 * The same schedule, relative to the timeline's area, drives all three targets.
 */
import type { CDPSession } from 'playwright-core';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface InputStep {
  /** Milliseconds after the start of the interaction. */
  at: number;
  params: Record<string, unknown>;
}

export const INTERACTION_MS = 3000;

/**
 * 0–1.5 s: wheel zooms at three points (in, in, out: a net zoom in, so drags then pan);
 * 1.5–3 s: three drags of 240 px, left, right, left, at a 60 Hz move rate.
 */
export function interactionSchedule(area: Area, viewportHeight: number): InputStep[] {
  const y = Math.round(Math.min(Math.max(area.y + area.height / 2, 1), viewportHeight - 2));
  const xAt = (f: number) => Math.round(area.x + area.width * f);
  const steps: InputStep[] = [{ at: 0, params: { type: 'mouseMoved', x: xAt(0.25), y } }];
  [0.25, 0.5, 0.75].forEach((f, point) => {
    for (let tick = 0; tick < 6; tick++)
      steps.push({
        at: point * 500 + tick * 80,
        params: { type: 'mouseWheel', x: xAt(f), y, deltaX: 0, deltaY: point < 2 ? -120 : 120 },
      });
  });
  [-1, 1, -1].forEach((direction, drag) => {
    const start = 1500 + drag * 500;
    const x0 = xAt(0.5) - direction * 120;
    const button = { button: 'left', clickCount: 1 };
    steps.push({ at: start, params: { type: 'mousePressed', x: x0, y, ...button } });
    for (let move = 1; move <= 20; move++)
      steps.push({
        at: start + move * 16,
        params: {
          type: 'mouseMoved',
          x: x0 + direction * 12 * move,
          y,
          button: 'left',
          buttons: 1,
        },
      });
    steps.push({
      at: start + 340,
      params: { type: 'mouseReleased', x: x0 + direction * 240, y, ...button },
    });
  });
  return steps;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Sends the steps on time. A busy page acknowledges input late and the schedule slips;
 * past `capMs` the rest is dropped so one frozen page cannot stall the whole run.
 * Returns how many steps were sent and how long it really took.
 */
export async function runInteraction(
  cdp: CDPSession,
  steps: InputStep[],
  capMs = 15_000,
): Promise<{ sent: number; elapsedMs: number }> {
  const start = Date.now();
  let sent = 0;
  for (const step of steps) {
    const wait = start + step.at - Date.now();
    if (wait > 0) await sleep(wait);
    if (Date.now() - start > capMs) break;
    await Promise.race([cdp.send('Input.dispatchMouseEvent', step.params as never), sleep(capMs)]);
    sent++;
  }
  const tail = start + INTERACTION_MS - Date.now();
  if (tail > 0) await sleep(tail);
  return { sent, elapsedMs: Date.now() - start };
}
