/**
 * ViewState → URL query (without the leading "?"). Invariants: the page's own
 * parameters from `base` come first, untouched and in their order; then the
 * view's, always in VIEW_PARAMS order; empty and default values are left out;
 * commas stay commas and spaces become "+", so a shared link stays readable
 * ("country=AL,IR&q=camp+ashraf"); parseViewParams reads the result back to
 * an equal ViewState.
 */
import { canonicalQuery } from './values';
import { VIEW_PARAMS, type ViewParam, type ViewState } from './view-state';

export function serializeViewParams(view: ViewState, base?: URLSearchParams): string {
  const owned = new Set<string>(VIEW_PARAMS);
  const pairs: string[] = [];
  for (const [name, value] of base ?? []) {
    if (!owned.has(name)) pairs.push(`${encode(name)}=${encode(value)}`);
  }
  const values = viewParamValues(view);
  for (const name of VIEW_PARAMS) {
    if (values[name] !== '') pairs.push(`${name}=${encode(values[name])}`);
  }
  return pairs.join('&');
}

/**
 * Each view parameter's text, unencoded, '' when the view leaves it at its
 * default: two views with equal values have equal URLs.
 */
export function viewParamValues(view: ViewState): Record<ViewParam, string> {
  const values = {} as Record<ViewParam, string>;
  for (const name of VIEW_PARAMS) values[name] = valueOf(view, name);
  return values;
}

function valueOf(view: ViewState, name: ViewParam): string {
  switch (name) {
    case 'country':
      return view.countries.join(',');
    case 'actor':
      return view.actors.join(',');
    case 'category':
      return view.categories.join(',');
    case 'q':
      return canonicalQuery(view.q);
    default:
      return view[name] ?? '';
  }
}

// encodeURIComponent throws on half an emoji (text cut mid-character).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Form encoding as URLSearchParams reads it, minus the escapes that only hurt
// readability: "," is legal in a query, and "+" is the form spelling of a space.
function encode(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))
    .replace(/%2C/g, ',')
    .replace(/%20/g, '+');
}
