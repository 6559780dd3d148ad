/**
 * Text folding for search. Invariant: the query and the haystack go through the
 * same function, so whatever it folds together matches both ways; it only ever
 * makes more things equal, never fewer.
 */

// Compatibility decomposition (NFKD) rather than plain NFD: it splits accented
// letters exactly as NFD does, and also turns Arabic presentation forms and
// full-width characters (common in text pasted from PDFs) into ordinary letters.
const COMBINING_MARKS = /\p{M}/gu;

// Zero-width and direction-control characters change how Persian text is
// joined or laid out, not what it says; ZWNJ in particular is typed
// inconsistently ("می‌خواهم" vs "میخواهم"), so drop them all.
const INVISIBLES = /[\u00AD\u0640\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

// Arabic keyboards produce Arabic yeh/kaf (and alef maksura for final yeh)
// where Persian text uses its own letters; digits come in three scripts.
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0643': '\u06A9', // ك → ک
  // "ۀ" decomposes to U+06D5 plus hamza; with the hamza gone it is a plain heh.
  '\u06D5': '\u0647', // ە → ه
};
const VARIANT_PATTERN = /[\u064A\u0649\u0643\u06D5\u0660-\u0669\u06F0-\u06F9]/g;

function foldVariant(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LETTER_VARIANTS[char] ?? char;
}

/** Folds case, accents, Persian/Arabic letter variants and spacing for matching. */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Lowercase after decomposing: compatibility forms can decompose to
      // capitals ("ℌ" → "H"); marks are stripped after both steps.
      .toLowerCase()
      .replace(COMBINING_MARKS, '')
      .replace(INVISIBLES, '')
      .replace(VARIANT_PATTERN, foldVariant)
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** The whitespace-separated terms of a query, normalised; [] for a blank query. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeText(query);
  return normalized === '' ? [] : normalized.split(' ');
}
