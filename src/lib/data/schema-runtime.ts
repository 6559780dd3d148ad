/**
 * The two helpers Ajv's generated validators call (src/lib/data/schema-validators.js).
 * They are CommonJS modules: a bundler hands over their default export, Node the whole
 * exports object, so both shapes are accepted.
 */
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import equalModule from 'ajv/dist/runtime/equal.js';

function unwrap<T>(module: T): T {
  return ((module as { default?: T }).default ?? module) as T;
}

/** String length in code points, as JSON Schema's minLength and maxLength count it. */
export const ucs2length = unwrap(ucs2lengthModule);
/** Deep equality, for uniqueItems over objects. */
export const equal = unwrap(equalModule);
