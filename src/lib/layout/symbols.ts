/**
 * A shape for each category, so a mark's category is never told by colour alone.
 * Shapes are d3 symbol paths centred on the origin, chosen by the category's position
 * in the registry; with more than eight categories they repeat. d3-shape draws them at
 * build time, for an area of 1 px²; here they are scaled and rounded as d3 would.
 */
import {
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolTriangle2,
  symbolWye,
  type SymbolTemplate,
} from 'virtual:d3-symbol-paths';

const SHAPES: readonly SymbolTemplate[] = [
  symbolCircle,
  symbolSquare,
  symbolDiamond,
  symbolTriangle,
  symbolStar,
  symbolCross,
  symbolWye,
  symbolTriangle2,
];

const cache = new Map<string, string>();

/** d3-path writes coordinates to three decimals. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/** The SVG path of the shape for the category at `index`, with an area of `size` px². */
export function categorySymbol(index: number, size: number): string {
  const key = `${index}:${size}`;
  let path = cache.get(key);
  if (path === undefined) {
    const shape = SHAPES[((index % SHAPES.length) + SHAPES.length) % SHAPES.length]!;
    // A symbol's coordinates grow with the square root of its area.
    const scale = Math.sqrt(size);
    path = shape.map((part) => (typeof part === 'number' ? round(part * scale) : part)).join('');
    cache.set(key, path);
  }
  return path;
}
