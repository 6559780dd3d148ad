/**
 * <chronicle-timeline>: the timeline as a custom element, rendered straight into the
 * page inside a shadow root, so the page's CSS cannot break it and its CSS cannot leak
 * out. Attributes mirror the URL parameters (data, lang, from, to, event, country,
 * actor, category, q, lanes) and the embed options (theme, height, controls, title,
 * static, list). Several elements on a page are independent: each has its own state, and
 * none of them touches the page's URL.
 */
import { mount, unmount } from 'svelte';
import TimelineApp from './lib/components/TimelineApp.svelte';
import builtInData from '../data/mek.json?url';
import { chooseDataSource, originList } from './lib/data/source';
import { parseEmbedOptions } from './lib/embed/options';
import { pickLanguage } from './lib/i18n/locale';
import { ELEMENT_NAME } from './lib/embed/snippets';
import { applyView, parseView } from './lib/state/view';
import { VIEW_PARAMS } from './lib/url';
import type { TimelineState } from './lib/state/timeline.svelte';
// Collected into chronicle-timeline.css by the build, with the components' styles.
import './app.css';

// The view attributes are the URL's view parameters, spelled the same.
const VIEW_ATTRIBUTES = VIEW_PARAMS;
const PRESENTATION_ATTRIBUTES = [
  'data',
  'theme',
  'height',
  'controls',
  'title',
  'static',
  'list',
] as const;
/** The stylesheet the build writes beside this module (not a style element: CSP). */
const STYLESHEET = new URL(['chronicle-timeline', 'css'].join('.'), import.meta.url).href;
const warn = (message: string) => console.warn(`<${ELEMENT_NAME}>: ${message}`);

class ChronicleTimeline extends HTMLElement {
  static observedAttributes = [...VIEW_ATTRIBUTES, ...PRESENTATION_ATTRIBUTES];

  #app: Record<string, unknown> | null = null;
  #state: TimelineState | null = null;
  #container: HTMLElement | null = null;

  connectedCallback(): void {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = STYLESHEET;
      this.#container = document.createElement('div');
      this.#container.className = 'host-root';
      shadow.append(link, this.#container);
    }
    if (!this.#app) this.#render();
  }

  disconnectedCallback(): void {
    if (this.#app) void unmount(this.#app);
    this.#app = null;
    this.#state = null;
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.#app) return;
    if ((VIEW_ATTRIBUTES as readonly string[]).includes(name) && this.#state?.dataset) {
      const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      applyView(this.#state, parseView(this.#state, this.#viewParams(), warn), { animate });
    } else {
      // A new dataset or presentation: start afresh.
      void unmount(this.#app);
      this.#render();
    }
  }

  #viewParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const name of VIEW_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) params.set(name, value);
    }
    return params;
  }

  #render(): void {
    if (!this.#container) return;
    const source = chooseDataSource(
      this.getAttribute('data'),
      document.baseURI,
      new URL(builtInData, import.meta.url).href,
      originList(import.meta.env.VITE_DATA_ORIGINS),
    );
    const options = parseEmbedOptions((name) => this.getAttribute(name), warn);
    this.#app = mount(TimelineApp, {
      target: this.#container,
      props: {
        source,
        options,
        view: this.#viewParams(),
        onstate: (state: TimelineState) => (this.#state = state),
        // The element's own lang, else the page's, else the reader's browser.
        language: pickLanguage(
          this.getAttribute('lang') ?? document.documentElement.lang,
          navigator.languages,
        ),
      },
    });
  }
}

if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, ChronicleTimeline);
