import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Harness from './Harness.svelte';
import ShareBar from '../../src/lib/components/ShareBar.svelte';
import { TimelineState } from '../../src/lib/state/timeline.svelte';
import { loadText } from '../../src/lib/data/load-now';
import type { Dataset } from '../../src/lib/data/types';

function mount(): TimelineState {
  const state = new TimelineState();
  state.show(loadText(readFileSync('tests/fixtures/mini.json', 'utf8'), 'mini.json'));
  render(Harness, { state, component: ShareBar });
  return state;
}

/** jsdom 27's Blob has no text(), so read it the older way, through FileReader. */
function read(blob: Blob, as: 'text'): Promise<string>;
function read(blob: Blob, as: 'bytes'): Promise<ArrayBuffer>;
function read(blob: Blob, as: 'text' | 'bytes'): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    if (as === 'text') reader.readAsText(blob);
    else reader.readAsArrayBuffer(blob);
  });
}

const status = () => document.querySelector('[data-share-status]')!;

function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  const clipboard = writeText && { writeText: vi.fn(writeText) };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return clipboard?.writeText;
}

describe('ShareBar: copy link', () => {
  afterEach(() => {
    // jsdom has no clipboard of its own; put it back the way it was.
    Reflect.deleteProperty(navigator, 'clipboard');
    vi.useRealTimers();
  });

  it('copies the page URL and confirms it politely, for a while', async () => {
    vi.useFakeTimers();
    const writeText = stubClipboard(() => Promise.resolve());
    mount();
    expect(status()).toHaveAttribute('aria-live', 'polite');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(location.href);
    await vi.waitFor(() => expect(status()).toHaveTextContent('Link copied'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(status()).toHaveTextContent('');
  });

  it.each([
    ['refuses', () => Promise.reject(new Error('denied'))],
    ['is missing', undefined],
  ])('offers the URL to copy by hand when the clipboard %s', async (_, writeText) => {
    stubClipboard(writeText);
    mount();
    await fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const input = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Copy this link:' });
    expect(input.value).toBe(location.href);
    expect(input.readOnly).toBe(true);
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, location.href.length]);
    expect(status()).not.toHaveTextContent('Link copied');
  });
});

describe('ShareBar: downloads', () => {
  let blobs: Blob[];
  let links: HTMLAnchorElement[];
  beforeEach(() => {
    blobs = [];
    links = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), `blob:test/${blobs.length}`));
    URL.revokeObjectURL = vi.fn();
    // Capture the link instead of letting jsdom try to navigate to it.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      links.push(this);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads only the matching events as CSV, then lets the URL go', async () => {
    const state = mount();
    state.filter.toggle('country', 'AL');
    await fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    // The export code is fetched on the first download.
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const text = await read(blobs[0]!, 'text');
    expect(text).toContain('Albania breaks diplomatic relations with Iran');
    expect(text).toContain('Albanian police raid Ashraf 3');
    expect(text).not.toContain('The MEK is founded');
    expect(text).not.toContain('The US delisting takes effect');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // FileReader drops the byte-order mark when decoding, so look at the bytes.
    const bytes = new Uint8Array(await read(blobs[0]!, 'bytes'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(links[0]!.download).toMatch(/^test-timeline-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(links[0]!.href).toBe('blob:test/1');
    expect(links[0]!.isConnected).toBe(false);
    await vi.waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1'));
  });

  it('downloads the matching events as a dataset in our format', async () => {
    const state = mount();
    state.filter.toggle('country', 'AL');
    await fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    await vi.waitFor(() => expect(links).toHaveLength(1));
    const out: Dataset = JSON.parse(await read(blobs[0]!, 'text'));
    expect(out.events.map((e) => e.id)).toEqual(['albania-breaks-relations', 'ashraf3-raid']);
    expect(out.countries.map((c) => c.code)).toEqual(['IR', 'AL']);
    expect(links[0]!.download).toMatch(/\.json$/);
  });
});
