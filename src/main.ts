/**
 * The app's entry point, and one of the only places that touch the page:
 * it reads `?data=`, decides where the dataset comes from, and mounts the app.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import builtInData from '../data/mek.json?url';
import { resolveDataUrl } from './lib/data/load';
import './app.css';

/** Origins besides this site's own that may serve `?data=`, set at build time. */
const allowedOrigins = (import.meta.env.VITE_DATA_ORIGINS ?? '')
  .split(',')
  .map((origin: string) => origin.trim())
  .filter(Boolean);

function dataSource() {
  const requested = new URLSearchParams(location.search).get('data');
  if (requested === null) return { url: new URL(builtInData, location.href).href };
  const resolved = resolveDataUrl(requested, { pageUrl: location.href, allowedOrigins });
  if ('error' in resolved) {
    return {
      refused: {
        status: 'failed' as const,
        error: resolved.error,
        source: requested,
        retryable: false,
      },
    };
  }
  return resolved;
}

const target = document.getElementById('app');
if (target) mount(App, { target, props: { source: dataSource() } });
