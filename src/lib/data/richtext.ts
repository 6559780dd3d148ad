/**
 * Body text with links, as data rather than markup. Dataset text is untrusted, so
 * the only structure recognised is `[label](url)`; everything else, including
 * anything that looks like HTML, stays literal text for the component to print.
 *
 * The scanner is hand-written rather than a regular expression so that its cost is
 * linear in the input whatever the input is: every character is looked at a
 * bounded number of times, and a failed match resumes where the look stopped.
 */

export type Segment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL as the browser would follow it, or null unless it is absolute and
 * http(s) or mailto. Parsing (not prefix-matching) is what defeats
 * `JaVaScRiPt:`, ` javascript:` and `java\tscript:`: the URL parser itself drops
 * the case, padding and tabs before we look at the protocol.
 */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/**
 * Characters that end a URL scan. Whitespace is never part of a written link; the
 * brackets and angle/quote marks would have to be percent-encoded in a real URL.
 * Stopping on `[` also guarantees no link can start inside a failed URL, which is
 * what lets a failed match resume at the stop without missing anything.
 */
function endsUrl(ch: string): boolean {
  return /[\s[\]<>"`]/.test(ch);
}

/** Index of the `)` closing a URL that starts at `from`, or -(stop index) - 1 if none. */
function scanUrl(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') {
      // Balanced parentheses belong to the URL: Foo_(bar) on Wikipedia.
      if (depth === 0) return i;
      depth--;
    } else if (endsUrl(ch)) return -i - 1;
  }
  return -text.length - 1;
}

/** Splits `[label](url)` links out of text; unsafe or malformed links stay literal. */
export function parseRichText(text: string): Segment[] {
  const segments: Segment[] = [];
  const pushText = (value: string) => {
    if (value === '') return;
    const last = segments[segments.length - 1];
    if (last?.kind === 'text') last.text += value;
    else segments.push({ kind: 'text', text: value });
  };

  // `done` is the end of what has been emitted; `i` is where the search goes on.
  let done = 0;
  let i = text.indexOf('[');
  while (i !== -1) {
    // A label runs to the first `]`; a second `[` first means the earlier one was
    // just a bracket, so the label starts again there (innermost link wins).
    let close = i + 1;
    while (close < text.length && text[close] !== ']' && text[close] !== '[') close++;
    if (close >= text.length) break;
    if (text[close] === '[') {
      i = close;
      continue;
    }
    const label = text.slice(i + 1, close);
    if (text[close + 1] !== '(' || label.trim() === '') {
      i = text.indexOf('[', close + 1);
      continue;
    }
    const end = scanUrl(text, close + 2);
    if (end < 0) {
      i = text.indexOf('[', -end - 1);
      continue;
    }
    const href = safeHref(text.slice(close + 2, end));
    if (href !== null) {
      pushText(text.slice(done, i));
      segments.push({ kind: 'link', text: label, href });
      done = end + 1;
    }
    i = text.indexOf('[', end + 1);
  }
  pushText(text.slice(done));
  return segments;
}
