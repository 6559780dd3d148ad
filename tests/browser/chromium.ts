/**
 * Launching the system's Chromium for browser tests, with the flags this project's
 * machines need (no network but loopback, no background services).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary to drive, or a one-line error saying how to get one. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install it with "sudo apt-get install -y chromium" or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

export async function launchChromium(): Promise<Browser> {
  // A fresh profile per launch: nothing carries over between runs.
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
