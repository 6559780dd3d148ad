import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import Harness from './Harness.svelte';
import EventList from '../../src/lib/components/EventList.svelte';
import LoadNotice from '../../src/lib/components/LoadNotice.svelte';
import TimelineApp from '../../src/lib/components/TimelineApp.svelte';
import { TimelineState } from '../../src/lib/state/timeline.svelte';
import { loadText } from '../../src/lib/data/load-now';
import { toItems } from '../../src/lib/data/items';

function stateFor(fixture: string): TimelineState {
  const state = new TimelineState();
  state.show(loadText(readFileSync(`tests/fixtures/${fixture}`, 'utf8'), fixture));
  return state;
}

describe('EventList', () => {
  it('lists every event in time order, with its date at its precision', () => {
    render(Harness, { state: stateFor('mini.json'), component: EventList });
    const items = [...document.querySelectorAll('[data-event-row]')];
    expect(items.map((item) => item.getAttribute('data-event-row'))).toEqual([
      'mek-founded',
      'us-fto-designation',
      'us-delisting',
      'albania-breaks-relations',
      'ashraf3-raid',
    ]);
    expect(items[0]).toHaveTextContent('1965');
    expect(items[3]).toHaveTextContent('7 September 2022');
    expect(
      screen.getByRole('button', { name: /Albania breaks diplomatic relations with Iran/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '1965',
      '1997',
      '2012',
      '2022',
      '2023',
    ]);
  });

  it('says so when there are no events', () => {
    const state = new TimelineState();
    const doc = JSON.parse(readFileSync('tests/fixtures/mini.json', 'utf8'));
    state.show(loadText(JSON.stringify({ ...doc, events: [] }), 'empty.json'));
    render(Harness, { state, component: EventList });
    expect(screen.getByText('This timeline has no events yet.')).toBeInTheDocument();
  });
});

describe('LoadNotice', () => {
  it('counts and names the events left out, and can be dismissed', async () => {
    render(Harness, { state: stateFor('partly-broken.json'), component: LoadNotice });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('3 events were left out because of errors in the data.');
    expect(notice).toHaveTextContent('impossible-date');
    expect(notice).toHaveTextContent('unknown-actor');
    expect(notice).toHaveTextContent('event #7');
    await fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lists the problems outside the events too: meta, registries, warnings', () => {
    const doc = JSON.parse(readFileSync('tests/fixtures/mini.json', 'utf8'));
    delete doc.meta.license;
    doc.countries.push({ code: 'xx', name: 'Nowhere' });
    const state = new TimelineState();
    state.show(loadText(JSON.stringify(doc), 'mine.json'));
    render(Harness, { state, component: LoadNotice });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('2 problems were found in the data.');
    expect(notice).not.toHaveTextContent('left out');
    const listed = [...notice.querySelectorAll('[data-load-problems] li')].map(
      (li) => li.textContent,
    );
    expect(listed).toHaveLength(2);
    expect(listed[0]).toBe('meta: missing required field "license"');
    expect(listed[1]).toMatch(/^countries\[\d+\]/);
    // The heading is still the dataset's own.
    expect(state.dataset?.meta.title).toBe(doc.meta.title);
  });

  it('counts the other problems apart from the events left out', () => {
    const doc = JSON.parse(readFileSync('tests/fixtures/partly-broken.json', 'utf8'));
    delete doc.meta.license;
    const state = new TimelineState();
    state.show(loadText(JSON.stringify(doc), 'mine.json'));
    render(Harness, { state, component: LoadNotice });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('3 events were left out because of errors in the data.');
    expect(notice).toHaveTextContent('1 more problem was found in the data.');
  });

  it('stays away when nothing was left out', () => {
    render(Harness, { state: stateFor('mini.json'), component: LoadNotice });
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('TimelineApp while loading', () => {
  it('says it is reading the data, then checking its events, with a progress bar', async () => {
    // A request that never answers: the app stays on its loading view.
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    try {
      let timeline: TimelineState | undefined;
      render(TimelineApp, {
        source: { url: 'https://site.test/big.json' },
        onstate: (state: TimelineState) => (timeline = state),
      });
      timeline!.progress = { phase: 'reading', done: 3_000_000, total: 30_000_000 };
      const bar = await screen.findByRole('progressbar');
      expect(bar).toHaveAttribute('value', '3000000');
      expect(bar).toHaveAttribute('max', '30000000');
      expect(screen.getByText(/Reading the data…/)).toBeInTheDocument();
      timeline!.progress = { phase: 'checking', done: 500, total: 100_000 };
      await waitFor(() =>
        expect(screen.getByText(/Checking 500 of 100,000 events…/)).toBeInTheDocument(),
      );
      expect(screen.queryByText(/Reading the data/)).toBeNull();
      expect(screen.getByRole('progressbar')).toHaveAttribute('max', '100000');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('TimelineState.loadFrom', () => {
  it('shows the items of what it loaded, in time order, and those of what is shown next', async () => {
    const text = readFileSync('tests/fixtures/partly-broken.json', 'utf8');
    const state = new TimelineState({
      fetch: async () => new Response(text, { headers: { 'content-type': 'application/json' } }),
    });
    await state.loadFrom('https://site.test/broken.json');
    expect(state.load?.status).toBe('partial');
    expect(state.items.length).toBe(5);
    expect(state.items).toEqual(toItems(state.dataset!.events));
    state.show(loadText(readFileSync('tests/fixtures/mini.json', 'utf8'), 'mini.json'));
    expect(state.items).toEqual(toItems(state.dataset!.events));
    expect(state.items.map((item) => item.id)).toContain('mek-founded');
  });
});
