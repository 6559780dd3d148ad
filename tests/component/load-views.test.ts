import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import Harness from './Harness.svelte';
import EventList from '../../src/lib/components/EventList.svelte';
import LoadNotice from '../../src/lib/components/LoadNotice.svelte';
import { TimelineState } from '../../src/lib/state/timeline.svelte';
import { loadText } from '../../src/lib/data/load';

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

  it('stays away when nothing was left out', () => {
    render(Harness, { state: stateFor('mini.json'), component: LoadNotice });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
