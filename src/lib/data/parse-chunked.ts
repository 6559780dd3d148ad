/**
 * JSON text to a value in pieces of a few milliseconds, so a 30 MB body never holds the
 * page for one long JSON.parse. One pass finds the members of the root object (and the
 * elements of an array member, such as `events`); each member is parsed on its own and
 * an array in batches of elements, pausing between pieces. The result is the same as
 * `readJson`'s: on any doubt (not an object, a piece that fails to parse) it falls back
 * to `readJson`, whose messages say where a syntax error is. Never throws.
 */
import { CHUNKED_MIN_CHARS, readJson, withoutByteOrderMark, type ParseResult } from './read-json';
import { nextTask } from './next-task';

export interface ChunkedParseOptions {
  /** Hears how many characters have been read, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Resolves when the next piece may start: a new task, by default. */
  pause?: () => Promise<void>;
  /** Texts shorter than this are parsed in one go. */
  minChars?: number;
  /** Characters of array elements parsed together: small enough to take a few ms. */
  batchChars?: number;
  /** Work done between two pauses, in milliseconds (0: pause after every batch). */
  budgetMs?: number;
  /** The clock the budget is measured by. */
  now?: () => number;
}

export { CHUNKED_MIN_CHARS };
const BATCH_CHARS = 1 << 18;
const BUDGET_MS = 8;

const clock = (): number =>
  typeof performance === 'object' && performance !== null ? performance.now() : Date.now();

/** Thrown by the scan when the text is not what it expects; the caller falls back. */
class Doubt {}

const QUOTE = 34; // "
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The index of the quote closing the string that opens at `open`. */
function stringEnd(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  for (;;) {
    if (close < 0) throw new Doubt();
    // Escaped when preceded by an odd number of backslashes.
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close;
    close = text.indexOf('"', close + 1);
  }
}

/**
 * The index of the first `,`, `}` or `]` at nesting depth 0 from `from`, skipping
 * strings and nested values: where the value starting at `from` ends.
 */
function valueEnd(text: string, from: number): number {
  let depth = 0;
  const length = text.length;
  for (let i = from; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = stringEnd(text, i);
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 0) return i;
      depth--;
    } else if (c === COMMA && depth === 0) return i;
  }
  throw new Doubt();
}

/** Sets a member as JSON.parse does: an own data property, even for `__proto__`. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** Parses `text` like `readJson`, in pieces with pauses between them when it is large. */
export async function readJsonChunked(
  text: string,
  options: ChunkedParseOptions = {},
): Promise<ParseResult> {
  const source = withoutByteOrderMark(text);
  const minChars = options.minChars ?? CHUNKED_MIN_CHARS;
  const start = skipSpace(source, 0);
  if (source.length < minChars || source.charCodeAt(start) !== OPEN_BRACE) return readJson(text);
  try {
    return { ok: true, value: await inPieces(source, start, options) };
  } catch {
    // A syntax error (or anything unforeseen): the one-go path says what and where.
    return readJson(text);
  }
}

async function inPieces(
  text: string,
  open: number,
  options: ChunkedParseOptions,
): Promise<Record<string, unknown>> {
  const {
    onProgress,
    pause = nextTask,
    batchChars = BATCH_CHARS,
    budgetMs = BUDGET_MS,
    now = clock,
  } = options;
  const total = text.length;
  let pieceStart = now();
  /** Pauses once this piece has used its budget, first telling how far it has got. */
  const breathe = async (done: number) => {
    if (now() - pieceStart < budgetMs) return;
    onProgress?.(done, total);
    await pause();
    pieceStart = now();
  };

  const root: Record<string, unknown> = {};
  let i = skipSpace(text, open + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) i++;
  else
    for (;;) {
      if (text.charCodeAt(i) !== QUOTE) throw new Doubt();
      const keyEnd = stringEnd(text, i);
      const key = JSON.parse(text.slice(i, keyEnd + 1)) as string;
      i = skipSpace(text, keyEnd + 1);
      if (text.charCodeAt(i) !== COLON) throw new Doubt();
      i = skipSpace(text, i + 1);
      let end: number;
      if (text.charCodeAt(i) === OPEN_BRACKET) {
        const elements: unknown[] = [];
        let batchStart = i + 1;
        let cut = false;
        for (let at = batchStart; ;) {
          end = valueEnd(text, at);
          const c = text.charCodeAt(end);
          if (c === COMMA && end - batchStart < batchChars) {
            at = end + 1;
            continue;
          }
          if (c !== COMMA && c !== CLOSE_BRACKET) throw new Doubt();
          const batch = JSON.parse(`[${text.slice(batchStart, end)}]`) as unknown[];
          // An empty batch after a cut is a stray comma (`[1,]`, `[,1]`), not an empty array.
          if (batch.length === 0 && (cut || c === COMMA)) throw new Doubt();
          for (let k = 0; k < batch.length; k++) elements.push(batch[k]);
          cut = true;
          batchStart = at = end + 1;
          if (c === CLOSE_BRACKET) break;
          await breathe(end);
        }
        define(root, key, elements);
        end = skipSpace(text, end + 1);
      } else {
        end = valueEnd(text, i);
        define(root, key, JSON.parse(text.slice(i, end)));
      }
      const c = text.charCodeAt(end);
      i = end + 1;
      if (c === CLOSE_BRACE) break;
      if (c !== COMMA) throw new Doubt();
      await breathe(end);
      i = skipSpace(text, i);
    }
  if (skipSpace(text, i) !== text.length) throw new Doubt();
  onProgress?.(total, total);
  return root;
}
