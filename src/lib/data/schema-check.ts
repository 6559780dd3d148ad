/**
 * Shape checks against data/schema.json, with messages a dataset author can act on.
 * The schema is interpreted (no code generation, no `eval`), so this runs under a
 * strict Content-Security-Policy as well as in Node.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from '../../../data/schema.json';
import { fieldPath, quote } from './problems';

export type SchemaPart = 'meta' | 'country' | 'actor' | 'category' | 'era' | 'event';

const validators = new Map<SchemaPart, Validator>();

function validatorFor(part: SchemaPart): Validator {
  let validator = validators.get(part);
  if (!validator) {
    const root = { $defs: schema.$defs, $ref: `#/$defs/${part}` };
    validator = new Validator(root as object, '2020-12', false);
    validators.set(part, validator);
  }
  return validator;
}

/** Keywords that only say "something below failed": the leaf errors say what. */
const WRAPPERS = new Set(['$ref', 'properties', 'items', 'allOf', 'false', 'prefixItems']);

/** What a pattern means, by the name of the field it guards. */
function patternMeaning(field: string): string {
  if (['start', 'end', 'date', 'from', 'to'].includes(field))
    return 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD';
  if (field === 'updated') return 'is not a day of the form YYYY-MM-DD';
  if (field === 'countries' || field === 'code') return 'is not an ISO 3166-1 alpha-2 code (or EU)';
  if (field === 'url') return 'is not an http(s) URL';
  if (field === 'seed') return 'is not a seed file name (name.txt)';
  if (field === 'language') return 'is not a language tag such as "en" or "sq"';
  if (field === 'translations') return 'is not a language tag such as "sq" or "fa"';
  return 'is not a kebab-case id (lowercase letters, digits and single hyphens)';
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function describe(unit: OutputUnit, instance: unknown): string | null {
  if (WRAPPERS.has(unit.keyword)) return null;
  // Inside an anyOf every branch reports its own failure; the anyOf unit says it better.
  if (/\/anyOf\/\d+\//.test(unit.keywordLocation)) return null;
  const segments = unit.instanceLocation
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  const field = fieldPath(segments);
  const value = valueAt(instance, segments);
  const subject = field === '' ? 'the entry' : field;
  const lastName = [...segments].reverse().find((s) => !/^\d+$/.test(s)) ?? '';
  const quoted = (m: RegExpMatchArray | null) => (m ? m[1] : '?');
  switch (unit.keyword) {
    case 'required':
      return `${field === '' ? '' : `${field}: `}missing required field "${quoted(unit.error.match(/"([^"]+)"/))}"`;
    case 'additionalProperties':
      return `${field === '' ? '' : `${field}: `}unknown field "${quoted(unit.error.match(/"([^"]+)"/))}"`;
    case 'type':
      return `${subject} should be of type ${quoted(unit.error.match(/Expected "([^"]+)"/))}, not ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`;
    case 'pattern':
      return `${subject} ${quote(value)} ${patternMeaning(lastName)}`;
    case 'propertyNames':
      return `${subject} has a key that ${patternMeaning(lastName)}`;
    case 'minLength':
      return `${subject} is empty`;
    case 'maxLength':
      return `${subject} is too long (${String(value).length} characters)`;
    case 'minItems':
      return lastName === 'sources'
        ? `${subject}: an event needs at least one source`
        : `${subject} has too few items`;
    case 'maxItems':
      return `${subject} has too many items`;
    case 'uniqueItems':
      return `${subject} lists the same value twice`;
    case 'enum':
    case 'const':
      return `${subject} ${quote(value)} is not one of the allowed values`;
    case 'minimum':
    case 'maximum':
      return `${subject} ${quote(value)} is out of range (${unit.error})`;
    case 'anyOf':
      return lastName === 'source' || /sources\[\d+\]$/.test(field)
        ? `${subject} needs a url or a seed`
        : `${subject} does not match any allowed form`;
    default:
      return `${subject}: ${unit.error}`;
  }
}

/** Readable messages for everything wrong with the shape of `instance`; empty when it fits. */
export function schemaMessages(part: SchemaPart, instance: unknown): string[] {
  const result = validatorFor(part).validate(instance);
  if (result.valid) return [];
  const messages: string[] = [];
  for (const unit of result.errors) {
    const message = describe(unit, instance);
    if (message !== null && !messages.includes(message)) messages.push(message);
  }
  return messages.length > 0 ? messages : ['does not match the schema'];
}
