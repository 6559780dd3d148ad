/**
 * TimelineJS text is HTML written by newsroom staff; ours is plain text with
 * `[label](url)` links. This turns the one into the other by walking the markup with
 * htmlparser2 (never a DOM, so it runs under Node and cannot execute anything):
 * only text and safe links survive, block elements and `<br>` become paragraph breaks.
 */
import { Parser } from 'htmlparser2';
import { dateProblem } from '../data/dates';
import { safeHref } from '../data/richtext';
import type { Source } from '../data/types';
import { collapse, defuse, neutralise } from './text';

/** Class names our exporter puts on the summary paragraph and the source list, so a
 * round trip can recover them instead of guessing. */
export const SUMMARY_CLASS = 'chronicle-summary';
export const SOURCES_CLASS = 'chronicle-sources';

export interface HtmlBlocks {
  /** Paragraphs with links as `[label](url)`, ready for `body`. */
  rich: string[];
  /** The same paragraphs with links reduced to their labels. */
  plain: string[];
  /** The paragraph our exporter marked as the summary, if any. */
  summary?: string;
  /** Items of a source list our exporter marked (each with a url or a seed). */
  sources: Source[];
}

// Their content is code or embedded documents, never text a reader should see.
const DROPPED = new Set(
  'script style iframe noscript template object embed svg math head title select textarea'.split(
    ' ',
  ),
);
const BLOCKS = new Set(
  'p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre hr table tr section article header footer aside figure figcaption main nav'.split(
    ' ',
  ),
);
const SEED = /^[A-Za-z0-9._-]+\.txt$/;

type Piece = { text: string } | { label: string; href: string };

/** Brackets would end a label early; URL characters our link scanner stops at are escaped. */
const cleanLabel = (label: string) => neutralise(label).replaceAll('[', '(').replaceAll(']', ')');
const cleanHref = (href: string) =>
  href.replace(/[()[\]`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hasClass = (attribs: Record<string, string>, name: string) =>
  (attribs.class ?? '').split(/\s+/).includes(name);

/** `%40`-style escapes decoded; a malformed escape (which would throw) stays as written. */
function decodeAddress(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One item of a marked source list: its first link (or its seed), then " — publisher". */
function sourceOf(pieces: Piece[], plain: string, item: Partial<Source>): Source | null {
  const link = pieces.find((p) => 'href' in p);
  const title = link && 'href' in link ? neutralise(link.label) : plain.split(' — ')[0]!.trim();
  const rest = plain.slice(plain.indexOf(title) + title.length);
  const publisher = collapse(rest).replace(/^[—–:,-]\s*/, '');
  const where =
    link && 'href' in link ? { url: link.href } : item.seed ? { seed: item.seed } : null;
  if (where === null || title === '') return null;
  return {
    title,
    ...(publisher ? { publisher } : {}),
    ...where,
    ...(item.date ? { date: item.date } : {}),
  };
}

export function htmlToBlocks(html: string): HtmlBlocks {
  const out: HtmlBlocks = { rich: [], plain: [], sources: [] };
  let pieces: Piece[] = [];
  let skip = 0;
  let depth = 0;
  let mode: 'body' | 'summary' | 'sources' = 'body';
  let modeDepth = 0;
  let link: { href: string; label: string } | null = null;
  let item: Partial<Source> = {};

  const addText = (text: string) => {
    const last = pieces[pieces.length - 1];
    // Entities arrive as separate chunks, so text is joined before it is defused.
    if (last && 'text' in last) last.text += text;
    else pieces.push({ text });
  };
  const closeLink = () => {
    if (!link) return;
    const { href, label } = link;
    link = null;
    const safe = href === '' ? null : safeHref(href.trim());
    const text = collapse(label);
    if (safe?.startsWith('http') && text !== '') pieces.push({ label: text, href: safe });
    else if (safe?.startsWith('mailto:')) {
      // Our validator accepts only http(s) link targets, so a mail link becomes text.
      const address = decodeAddress(safe.slice('mailto:'.length).split('?')[0] ?? '');
      addText(text === '' || text === address ? address : `${text} (${address})`);
    } else addText(label);
  };
  const flush = () => {
    const open = link;
    closeLink();
    const rich = pieces.map((p) =>
      'text' in p
        ? neutralise(p.text.replace(/\s+/g, ' '))
        : `[${cleanLabel(p.label)}](${cleanHref(p.href)})`,
    );
    const plain = defuse(pieces.map((p) => ('text' in p ? p.text : p.label)).join(''));
    const done = pieces;
    pieces = [];
    if (open) link = { href: open.href, label: '' };
    if (plain.replace('•', '').trim() === '') return;
    if (mode === 'summary') out.summary = out.summary ? `${out.summary} ${plain}` : plain;
    else if (mode === 'sources') {
      const source = sourceOf(done, plain, item);
      if (source) out.sources.push(source);
    } else {
      out.rich.push(collapse(rich.join('')));
      out.plain.push(plain);
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (mode === 'sources' && name === 'time' && dateProblem(attribs.datetime) === null)
          item.date = attribs.datetime;
        // A source's date is read from its attribute; the visible copy is not the publisher.
        if (skip > 0 || DROPPED.has(name) || (mode === 'sources' && name === 'time')) {
          skip++;
          return;
        }
        depth++;
        if (BLOCKS.has(name)) flush();
        if (mode === 'body' && name === 'p' && hasClass(attribs, SUMMARY_CLASS)) mode = 'summary';
        else if (mode === 'body' && name === 'ul' && hasClass(attribs, SOURCES_CLASS))
          mode = 'sources';
        else if (name === 'li' && mode === 'body') addText('• ');
        else if (name === 'li')
          item = SEED.test(attribs['data-seed'] ?? '') ? { seed: attribs['data-seed'] } : {};
        if (mode !== 'body' && modeDepth === 0) modeDepth = depth;
        if (name === 'a') {
          closeLink();
          link = { href: attribs.href ?? '', label: '' };
        }
      },
      ontext(text) {
        if (skip > 0) return;
        if (link) link.label += text;
        else addText(text);
      },
      onclosetag(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        if (name === 'a') closeLink();
        if (BLOCKS.has(name)) flush();
        if (depth === modeDepth) {
          mode = 'body';
          modeDepth = 0;
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();
  return out;
}

/** One line of plain text from HTML (headlines, credits, captions, display dates). */
export function htmlToPlain(html: string): string {
  const { summary, plain } = htmlToBlocks(html);
  return collapse([summary ?? '', ...plain].join(' '));
}
