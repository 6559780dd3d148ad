/**
 * Text width for label layout. A canvas measures with the real font when there is
 * one (browsers); elsewhere (jsdom, Node) a character-count estimate stands in.
 */
const FALLBACK = (text: string) => text.length * 6.6 + 4;

export function createTextMeasurer(font: string): (text: string) => number {
  if (typeof OffscreenCanvas === 'undefined') return FALLBACK;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return FALLBACK;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width) + 2;
      cache.set(text, width);
    }
    return width;
  };
}
