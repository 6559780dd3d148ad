/**
 * The browser for the benchmark: the same Chromium and flags as the browser tests,
 * plus precise memory figures (performance.memory is otherwise rounded and noised),
 * and no host but loopback. Other hosts are refused by the browser's own resolver, not
 * by intercepting requests: interception pauses every request, loopback included, for a
 * round trip through the driver, a cost no reader's browser pays and one that grows with
 * the number of files a page loads. Refused requests still fail in the page, and
 * `measureOnce` counts them.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/browser/chromium';

/** Every host name fails to resolve; 127.0.0.1 is an address and needs no resolving. */
export const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info', LOOPBACK_ONLY],
    headless: true,
  });
}
