/**
 * Small value helpers shared by parsing and serialising. Invariant: none of
 * them throws, whatever string it is given.
 */

const SHOWN_VALUE_LENGTH = 60;

/** A value quoted for a warning, shortened so a hostile URL cannot flood the log. */
export function describeValue(value: string): string {
  const chars = Array.from(value);
  const shown =
    chars.length > SHOWN_VALUE_LENGTH ? `${chars.slice(0, SHOWN_VALUE_LENGTH).join('')}…` : value;
  return JSON.stringify(shown);
}

/**
 * Finds the dataset's own spelling of an id: exact match first, then ignoring
 * case, because hand-typed URLs say "al" for "AL". Undefined when unknown. The
 * case-folded table is built on the first miss only, and once per resolver.
 */
export function idResolver(known: ReadonlySet<string>): (candidate: string) => string | undefined {
  let folded: Map<string, string> | undefined;
  return (candidate) => {
    if (known.has(candidate)) return candidate;
    if (!folded) {
      folded = new Map();
      for (const id of known) if (!folded.has(id.toLowerCase())) folded.set(id.toLowerCase(), id);
    }
    return folded.get(candidate.toLowerCase());
  };
}

/**
 * Search text as it is kept in the view: control characters out, runs of
 * spaces as one (search splits on them anyway), at most `limit` characters.
 */
export function cleanQuery(text: string, limit: number, warn: (message: string) => void): string {
  const cleaned = canonicalQuery(text);
  const chars = Array.from(cleaned);
  if (chars.length <= limit) return cleaned;
  warn(`shortening q to ${limit} characters: it was ${chars.length} long`);
  return chars.slice(0, limit).join('').trim();
}

/** Search text with control characters as spaces and whitespace runs as one space, trimmed. */
export function canonicalQuery(text: string): string {
  return text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
