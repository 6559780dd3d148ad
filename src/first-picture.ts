/**
 * Draws the first picture (`layout/first-picture.ts`) into the page as soon as the
 * dataset's early response has arrived, before the timeline's code is evaluated. Only
 * for the view a page opens without filters: a shared link to a filtered view or an
 * event waits for the timeline itself. Any doubt (not our JSON, too large to parse in
 * one go, an error) means no picture, never a failure: the timeline follows regardless.
 */
import { firstPicture, type FirstPicture } from './lib/layout/first-picture';
import { categorySymbol } from './lib/layout/symbols';
import { keepEarlyDocument, peekEarlyResponse, type DataSource } from './lib/data/source';
import { readText } from './lib/data/read-text';
import { paramsToWindow } from './lib/url/window';
import type { LaneDimension } from './lib/data/types';
import { parseEmbedOptions } from './lib/embed/options';
import { directionOf, pickLanguage } from './lib/i18n/language';

/** Above this the timeline parses in pieces with a progress bar (see readJson). */
const MAX_BYTES = 4 * 1024 * 1024;
/** Parameters that change what the picture would show, beyond time and lanes. */
const NARROWING = ['country', 'actor', 'category', 'q', 'event'];
const SVG = 'http://www.w3.org/2000/svg';
const LANE_HEIGHT = 44;
const ROW_Y = 28;

export interface PictureRequest {
  target: HTMLElement;
  source: DataSource;
  params: URLSearchParams;
  language: string;
  rtl: boolean;
  showTitle: boolean;
}

/**
 * The embed page's picture, presented as its parameters say (language, theme, title).
 * `stillWanted` is asked once the data is in: the timeline may have started meanwhile.
 */
export function embedPicture(
  params: URLSearchParams,
  source: DataSource,
  stillWanted: () => boolean,
): Promise<HTMLElement | null> {
  const target = document.getElementById('app');
  if (!target) return Promise.resolve(null);
  const options = parseEmbedOptions((name) => params.get(name));
  document.documentElement.dataset.theme = options.theme;
  const language = pickLanguage(params.get('lang'), navigator.languages);
  return drawFirstPicture(
    {
      target,
      source,
      params,
      language,
      rtl: directionOf(language) === 'rtl',
      showTitle: options.title,
    },
    stillWanted,
  );
}

/** The picture's element once drawn, or null when there is none to draw. */
export async function drawFirstPicture(
  request: PictureRequest,
  stillWanted: () => boolean = () => true,
): Promise<HTMLElement | null> {
  const { source, params } = request;
  if (!('url' in source) || NARROWING.some((name) => params.has(name))) return null;
  const early = peekEarlyResponse(source.url);
  if (!early) return null;
  try {
    const response = await early;
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !/json/i.test(type)) return null;
    // A copy of the body, given up past MAX_BYTES; the timeline reads the original.
    const body = await readText(response.clone(), MAX_BYTES);
    if (body === null || !stillWanted()) return null;
    const doc: unknown = JSON.parse(body);
    // The timeline's loader takes it rather than parsing the same body again.
    keepEarlyDocument(source.url, doc, body);
    return draw(request, doc);
  } catch {
    return null;
  }
}

function draw(request: PictureRequest, doc: unknown): HTMLElement | null {
  const { target, params, language, rtl } = request;
  const root = document.createElement('div');
  root.className = 'first-picture';
  root.setAttribute('aria-hidden', 'true');
  root.lang = language;
  root.dir = rtl ? 'rtl' : 'ltr';
  target.append(root);
  const width = root.clientWidth;
  const picture = firstPicture(doc, {
    width,
    rtl,
    language,
    window: paramsToWindow(params.get('from') ?? undefined, params.get('to') ?? undefined),
    lanes: params.get('lanes') as LaneDimension | null,
  });
  if (!picture || picture.lanes.every((lane) => lane.marks.length === 0)) {
    root.remove();
    return null;
  }
  if (request.showTitle) root.append(...header(picture));
  root.append(lanesSvg(picture, width, rtl));
  return root;
}

function header(picture: FirstPicture): HTMLElement[] {
  const title = document.createElement('h1');
  title.textContent = picture.title;
  const description = document.createElement('p');
  description.textContent = picture.description;
  return [title, description];
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function lanesSvg(picture: FirstPicture, width: number, rtl: boolean): SVGElement {
  const svg = svgElement('svg', {
    width,
    height: picture.lanes.length * LANE_HEIGHT,
    viewBox: `0 0 ${width} ${picture.lanes.length * LANE_HEIGHT}`,
  });
  picture.lanes.forEach((lane, index) => {
    const y = index * LANE_HEIGHT;
    const group = svgElement('g', { transform: `translate(0 ${y})` });
    group.append(svgElement('line', { class: 'divider', x1: 0, x2: width, y1: 0.5, y2: 0.5 }));
    const label = svgElement('text', { class: 'lane-label', x: rtl ? width - 6 : 6, y: 14 });
    label.textContent = lane.label;
    group.append(label);
    for (const mark of lane.marks) {
      const g = svgElement('g', {
        class: `mark cat-${mark.color}`,
        'data-event-id': mark.id,
        transform: `translate(${mark.x.toFixed(1)} ${ROW_Y})`,
      });
      if (mark.x2 !== undefined && Math.abs(mark.x2 - mark.x) > 2) {
        const [a, b] = mark.x2 > mark.x ? [0, mark.x2 - mark.x] : [mark.x2 - mark.x, 0];
        g.append(svgElement('rect', { class: 'bar', x: a, y: 6, width: b - a, height: 4, rx: 2 }));
      }
      g.append(svgElement('path', { class: 'dot', d: categorySymbol(mark.shape, mark.size) }));
      group.append(g);
    }
    svg.append(group);
  });
  return svg;
}
