/**
 * The browser for the benchmark: the same Chromium and flags as the browser tests,
 * plus precise memory figures (performance.memory is otherwise rounded and noised).
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/browser/chromium';

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info'],
    headless: true,
  });
}
