/**
 * Builds the site once, serves it on a free loopback port for the browser tests,
 * and stops the server afterwards. Fails at once, in one line, without Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath();
  const distDir = mkdtempSync(join(tmpdir(), 'timeline-dist-'));
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  };
}
