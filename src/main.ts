/**
 * The app page's entry point, one of the only places that touch the page: it reads
 * `?data=`, decides where the dataset comes from, and mounts the app.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import builtInData from '../data/mek.json?url';
import { chooseDataSource, originList } from './lib/data/source';
import { pickLanguage } from './lib/i18n/locale';
import './app.css';

document.documentElement.dataset.theme = 'auto';

const params = new URLSearchParams(location.search);
const source = chooseDataSource(
  params.get('data'),
  location.href,
  builtInData,
  originList(import.meta.env.VITE_DATA_ORIGINS),
);
const target = document.getElementById('app');
const language = pickLanguage(params.get('lang'), navigator.languages);
if (target) mount(App, { target, props: { source, language } });
