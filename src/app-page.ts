/** The app page, loaded by its entry (main.ts) once the dataset has been asked for. */
import { mount } from 'svelte';
import App from './App.svelte';
import type { DataSource } from './lib/data/source';
import { pickLanguage } from './lib/i18n/locale';

export function startApp(params: URLSearchParams, source: DataSource): void {
  const target = document.getElementById('app');
  const language = pickLanguage(params.get('lang'), navigator.languages);
  if (target) mount(App, { target, props: { source, language } });
}
