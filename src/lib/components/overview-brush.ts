/**
 * What the overview's brush needs, fetched together when the reader first reaches for
 * the strip: d3-brush, and the d3-selection it is applied with.
 */
export { brushX, type D3BrushEvent } from 'd3-brush';
export { pointer, select } from 'd3-selection';
