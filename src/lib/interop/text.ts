/**
 * Small text helpers shared by the importers: ids, length limits and making text
 * safe to keep as plain text. Our validator rejects anything that looks like a tag
 * and any `](target)` that is not http(s), so imported text is defused rather than
 * trusted to be clean.
 */

/** The schema's id pattern: lowercase kebab case, at most 80 characters. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_MAX = 80;
// Leaves room for a "-NN" suffix when two slugs collide.
const SLUG_MAX = 72;

/** Kebab-case slug of any text; "" when nothing Latin survives (Persian, symbols). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, SLUG_MAX).replace(/-+$/, '');
}

/** Hands out ids that are unique within one registry, suffixing -2, -3… on collision. */
export class IdAllocator {
  private readonly used = new Set<string>();

  take(base: string): string {
    const root = base.slice(0, ID_MAX);
    let id = root;
    for (let n = 2; this.used.has(id); n++) id = `${root.slice(0, ID_MAX - 6)}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// A tag-like run as our validator sees it ("<b", "< /p", "<!--"); see data/semantic.ts.
const TAG_START = /<(?=\s*[a-zA-Z!/?])/g;

/**
 * Plain text that our validator accepts and our renderer shows literally: whitespace
 * collapsed, tag-like "<" replaced by "‹" (decoded `&lt;b&gt;` would otherwise read as
 * HTML), and `](` broken apart so literal text can never be taken for a link.
 */
export function defuse(text: string): string {
  return neutralise(collapse(text));
}

/** `defuse` without touching whitespace, for pieces of text joined later. */
export function neutralise(text: string): string {
  return text.replace(TAG_START, '‹').replaceAll('](', '] (');
}

/** Runs of whitespace (including no-break spaces and newlines) to one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// A sentence ends at . ! ? (or the Persian ؟ and the ideographic 。) plus any closing
// quotes or brackets, followed by a space.
const SENTENCE_END = /[.!?؟。…]["'”’»)\]]*\s+/g;

/**
 * The first one or two sentences of `text` (our summaries are "one or two sentences"),
 * as many as fit in `max` characters; a first sentence longer than that is cut at a word.
 */
export function leadSentences(text: string, max: number): string {
  const plain = collapse(text);
  let end = 0;
  let count = 0;
  for (const match of plain.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].trimEnd().length;
    if (stop > max || count === 2) break;
    end = stop;
    count++;
  }
  if (count < 2 && plain.length <= max) return plain;
  return end > 0 ? plain.slice(0, end) : truncate(plain, max);
}
