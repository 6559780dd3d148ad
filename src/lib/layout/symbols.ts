/**
 * A shape for each category, so a mark's category is never told by colour alone.
 * Shapes are d3 symbol paths centred on the origin, chosen by the category's position
 * in the registry; with more than eight categories they repeat.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolTriangle2,
  symbolWye,
  type SymbolType,
} from 'd3';

const SHAPES: readonly SymbolType[] = [
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

/** The SVG path of the shape for the category at `index`, with an area of `size` px². */
export function categorySymbol(index: number, size: number): string {
  const key = `${index}:${size}`;
  let path = cache.get(key);
  if (path === undefined) {
    const shape = SHAPES[((index % SHAPES.length) + SHAPES.length) % SHAPES.length]!;
    path = symbol(shape, size)() ?? '';
    cache.set(key, path);
  }
  return path;
}
