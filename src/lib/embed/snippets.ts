/**
 * Ready-to-paste embed code for a view: an iframe with the parent script that sizes it,
 * or the custom element. Every value is escaped for an HTML attribute, so a search text
 * or title cannot break out of the snippet.
 */
import { VIEW_PARAMS } from '../url/view-state.ts';

/** The custom element's tag name. */
export const ELEMENT_NAME = 'chronicle-timeline';
/** File names the build gives the parent script and the element module (stable, unhashed). */
export const PARENT_SCRIPT = 'embed-parent.js';
export const ELEMENT_SCRIPT = 'chronicle-timeline.js';

/** Attributes the element takes: the view parameters, each under its own name, and `data`. */
const ATTRIBUTES: ReadonlySet<string> = new Set([...VIEW_PARAMS, 'data']);

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface SnippetInput {
  /** The directory the timeline is published in, ending in "/" (e.g. "https://news.example/timeline/"). */
  base: string;
  /** The view as query parameters (without "?"). */
  query: string;
  /** A title for the iframe, read by screen readers. */
  title: string;
  /** The iframe's starting height before the first resize message. */
  height?: number;
}

export function iframeSnippet({ base, query, title, height = 640 }: SnippetInput): string {
  const src = `${base}embed.html${query ? `?${query}` : ''}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" data-chronicle-timeline`,
    `  width="100%" height="${height}" frameborder="0" scrolling="no" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(base + PARENT_SCRIPT)}" defer></script>`,
  ].join('\n');
}

export function elementSnippet({ base, query }: SnippetInput): string {
  const attributes = [...new URLSearchParams(query)]
    .filter(([name]) => ATTRIBUTES.has(name))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return [
    `<script type="module" src="${escapeAttribute(base + ELEMENT_SCRIPT)}"></script>`,
    `<${ELEMENT_NAME}${attributes}></${ELEMENT_NAME}>`,
  ].join('\n');
}
