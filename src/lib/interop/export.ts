/**
 * Our dataset → TimelineJS3 JSON. TimelineJS renders `text` as HTML, so every piece of
 * our text is escaped and the only markup we write is our own: paragraphs, links built
 * from `[label](url)` (already checked by parseRichText/safeHref), and two marked
 * blocks — the summary paragraph and the source list — that our importer recognises,
 * so a round trip keeps summaries and sources instead of re-deriving them.
 */
import { parseRichText } from '../data/richtext';
import type { Dataset, Source, TimelineEvent } from '../data/types';
import { KNIGHTLAB_URL, PLACEHOLDER_TITLE } from './context';
import { SOURCES_CLASS, SUMMARY_CLASS } from './html';
import { toTlDate } from './tl-date';
import type { TlDocument, TlEra, TlSlide } from './types';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value: nothing in it can open a tag or leave a quote. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const link = (href: string, label: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;

/** A body paragraph: its `[label](url)` links as anchors, everything else escaped. */
function richToHtml(text: string): string {
  return parseRichText(text)
    .map((seg) => (seg.kind === 'link' ? link(seg.href, seg.text) : escapeHtml(seg.text)))
    .join('');
}

/** A source list item; the seed and date ride in attributes so our importer gets them back. */
function sourceItem(source: Source): string {
  const title = source.url ? link(source.url, source.title) : escapeHtml(source.title);
  const seed = source.seed ? ` data-seed="${escapeHtml(source.seed)}"` : '';
  const publisher = source.publisher ? ` — ${escapeHtml(source.publisher)}` : '';
  const date = source.date ? ` <time datetime="${source.date}">(${source.date})</time>` : '';
  return `<li${seed}>${title}${publisher}${date}</li>`;
}

const isPlaceholder = (s: Source) => s.url === KNIGHTLAB_URL && s.title === PLACEHOLDER_TITLE;

function eventHtml(event: TimelineEvent): string {
  const parts = [`<p class="${SUMMARY_CLASS}">${escapeHtml(event.summary)}</p>`];
  for (const paragraph of event.body ?? []) parts.push(`<p>${richToHtml(paragraph)}</p>`);
  // Contested statements stay attributed to their speaker, with their source.
  for (const account of event.accounts ?? []) {
    const cited = account.source.url
      ? link(account.source.url, account.source.title)
      : escapeHtml(account.source.title);
    parts.push(
      `<p><strong>${escapeHtml(account.by)}</strong>: ${escapeHtml(account.statement)} (${cited})</p>`,
    );
  }
  // An earlier import's placeholder is not a source; leaving it out makes the next
  // import flag the event again instead of presenting the placeholder as a citation.
  const sources = event.sources.filter((s) => !isPlaceholder(s));
  if (sources.length > 0)
    parts.push(`<ul class="${SOURCES_CLASS}">${sources.map(sourceItem).join('')}</ul>`);
  return parts.join('');
}

export function exportTimelineJs(dataset: Dataset): TlDocument {
  const labels = new Map(dataset.categories.map((c) => [c.id, c.label]));
  const events = dataset.events.map((event): TlSlide => ({
    start_date: toTlDate(event.start),
    ...(event.end === undefined ? {} : { end_date: toTlDate(event.end) }),
    text: { headline: escapeHtml(event.title), text: eventHtml(event) },
    group: labels.get(event.category) ?? event.category,
    unique_id: event.id,
  }));
  const eras = dataset.eras.map((era): TlEra => ({
    start_date: toTlDate(era.start),
    end_date: toTlDate(era.end),
    text: {
      headline: escapeHtml(era.title),
      ...(era.summary ? { text: `<p>${escapeHtml(era.summary)}</p>` } : {}),
    },
  }));
  const description = dataset.meta.description;
  return {
    title: {
      text: {
        headline: escapeHtml(dataset.meta.title),
        ...(description ? { text: `<p>${escapeHtml(description)}</p>` } : {}),
      },
    },
    events,
    eras,
    scale: 'human',
  };
}
