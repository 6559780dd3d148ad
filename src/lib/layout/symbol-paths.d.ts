/** d3's symbol shapes, drawn by d3-shape at build time (scripts/first-view.ts). */
declare module 'virtual:d3-symbol-paths' {
  /** A symbol's path for an area of 1 px²: text, with numbers to multiply by √size between. */
  export type SymbolTemplate = readonly (string | number)[];
  export const symbolAsterisk: SymbolTemplate;
  export const symbolCircle: SymbolTemplate;
  export const symbolCross: SymbolTemplate;
  export const symbolDiamond: SymbolTemplate;
  export const symbolDiamond2: SymbolTemplate;
  export const symbolPlus: SymbolTemplate;
  export const symbolSquare: SymbolTemplate;
  export const symbolSquare2: SymbolTemplate;
  export const symbolStar: SymbolTemplate;
  export const symbolTimes: SymbolTemplate;
  export const symbolTriangle: SymbolTemplate;
  export const symbolTriangle2: SymbolTemplate;
  export const symbolWye: SymbolTemplate;
  export const symbolX: SymbolTemplate;
}
