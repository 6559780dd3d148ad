/**
 * How an embed is presented, from its URL parameters (embed.html) or its attributes
 * (the custom element): theme, fixed height, whether controls, title and interaction
 * are shown, and the ids the parent page knows it by. Unknown values fall back to the
 * defaults with a warning; nothing here throws.
 */

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
  theme: Theme;
  /** A fixed height in CSS pixels, or null to size to the content. */
  height: number | null;
  /** Show the filter bar and share controls. */
  controls: boolean;
  /** A still picture: no zooming, panning or selecting. */
  static: boolean;
  /** Show the dataset's title and description. */
  title: boolean;
  /** Show the event list beside or below the chart. */
  list: boolean;
  /** The id a pym.js parent gave this child (`childId`), if any. */
  childId: string | null;
}

export const DEFAULT_EMBED_OPTIONS: Readonly<EmbedOptions> = Object.freeze({
  theme: 'auto',
  height: null,
  controls: true,
  static: false,
  title: true,
  list: true,
  childId: null,
});

const MIN_HEIGHT = 120;
const MAX_HEIGHT = 5000;

type Get = (name: string) => string | null;

function flag(get: Get, name: string, fallback: boolean, warn: (m: string) => void): boolean {
  const value = get(name);
  if (value === null) return fallback;
  if (value === '1' || value === 'true' || value === '') return true;
  if (value === '0' || value === 'false') return false;
  warn(`ignoring ${name} "${value.slice(0, 40)}": use 0 or 1`);
  return fallback;
}

/** Reads options through `get` (URLSearchParams.get or Element.getAttribute). */
export function parseEmbedOptions(
  get: Get,
  warn: (message: string) => void = () => {},
): EmbedOptions {
  const theme = get('theme');
  const height = get('height');
  const childId = get('childId');
  let parsedHeight: number | null = null;
  if (height !== null) {
    const px = Number(height.replace(/px$/, ''));
    if (Number.isFinite(px) && px >= MIN_HEIGHT && px <= MAX_HEIGHT) parsedHeight = Math.round(px);
    else
      warn(
        `ignoring height "${height.slice(0, 40)}": use a number of pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}`,
      );
  }
  if (theme !== null && !(THEMES as readonly string[]).includes(theme)) {
    warn(`ignoring theme "${theme.slice(0, 40)}": use light, dark or auto`);
  }
  return {
    theme:
      theme !== null && (THEMES as readonly string[]).includes(theme)
        ? (theme as Theme)
        : DEFAULT_EMBED_OPTIONS.theme,
    height: parsedHeight,
    controls: flag(get, 'controls', true, warn),
    static: flag(get, 'static', false, warn),
    title: flag(get, 'title', true, warn),
    list: flag(get, 'list', true, warn),
    childId: childId !== null && /^[\w-]{1,100}$/.test(childId) ? childId : null,
  };
}
