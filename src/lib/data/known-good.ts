/**
 * A dataset known to be valid without checking it again. The build validates the
 * built-in dataset and records the SHA-256 of the text it serves (`knownGood` in
 * scripts/first-view.ts); a body with exactly that text is that document, so the
 * reader's browser neither loads the validators nor runs them for it. Anything else,
 * or a browser without Web Crypto (a page not served over https or from localhost), is
 * validated as usual.
 */
import type { ValidationReport } from './validate';
import type { Dataset } from './types';

/** What the build validated: the text's SHA-256 (hex) and length; absent if it had problems. */
export interface KnownGood {
  sha256: string;
  length: number;
}

/** "sha256:length", as the build writes it (an env value is a string); empty when unknown. */
export function readKnownGood(value: string | undefined): KnownGood | null {
  const match = /^([0-9a-f]{64}):(\d+)$/.exec(value ?? '');
  return match ? { sha256: match[1]!, length: Number(match[2]) } : null;
}

const BUILT = readKnownGood(import.meta.env?.VITE_KNOWN_GOOD);

/** True when `text` is, byte for byte, the document the build found valid. */
export async function isKnownGood(
  text: string,
  known: KnownGood | null | undefined = BUILT,
): Promise<boolean> {
  if (!known || text.length !== known.length) return false;
  try {
    const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return hex(digest) === known.sha256;
  } catch {
    return false;
  }
}

export function hex(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The report `validate` gave the build for a known-good document: nothing left out. */
export function knownGoodReport(doc: Dataset): ValidationReport {
  const { meta, countries, actors, categories, eras, events } = doc;
  return {
    problems: [],
    dataset: { meta, countries, actors, categories, eras, events },
    rejected: [],
  };
}
