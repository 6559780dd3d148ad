/**
 * The app page's entry point, one of the only places that touch the page: it asks for
 * the dataset at once (`?data=` or the built-in one), then mounts the app, whose code
 * (preloaded by the page) arrives meanwhile.
 */
import { requestDataEarly } from './early-data';
import './app.css';

document.documentElement.dataset.theme = 'auto';

const params = new URLSearchParams(location.search);
const source = requestDataEarly(params);
void import('./app-page').then(({ startApp }) => startApp(params, source));
