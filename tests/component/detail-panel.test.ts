import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import Harness from './Harness.svelte';
import DetailPanel from '../../src/lib/components/DetailPanel.svelte';
import DetailPanelLoader from '../../src/lib/components/DetailPanelLoader.svelte';
import { TimelineState } from '../../src/lib/state/timeline.svelte';
import { loadText } from '../../src/lib/data/load-now';
import type { LoadResult } from '../../src/lib/data/load';
import type { Dataset, TimelineEvent } from '../../src/lib/data/types';

const mini = (): Dataset => JSON.parse(readFileSync('tests/fixtures/mini.json', 'utf8'));

/** A state showing a dataset file, with one event selected. */
function stateFor(file: string, selected: string, language = 'en'): TimelineState {
  const state = new TimelineState({ language });
  state.show(loadText(readFileSync(file, 'utf8'), file));
  state.select(selected);
  return state;
}

/** Shows a dataset as is, without validation: the component's own defences are on their own. */
function unvalidated(dataset: Dataset, selected: string): TimelineState {
  const state = new TimelineState();
  const result: LoadResult = {
    status: 'ok',
    dataset,
    report: { problems: [], dataset, rejected: [] },
    source: 'constructed',
  };
  state.show(result);
  state.select(selected);
  return state;
}

function withEvent(dataset: Dataset, id: string, change: Partial<TimelineEvent>): Dataset {
  return {
    ...dataset,
    events: dataset.events.map((e) => (e.id === id ? { ...e, ...change } : e)),
  };
}

function mount(state: TimelineState): HTMLElement {
  const { container } = render(Harness, { state, component: DetailPanel });
  return container.querySelector<HTMLElement>('[data-detail-panel]')!;
}

const MINI = 'tests/fixtures/mini.json';
const button = (panel: HTMLElement, hook: string) =>
  panel.querySelector<HTMLButtonElement>(`[data-panel-${hook}]`)!;

describe('DetailPanel', () => {
  it('renders nothing without a selection', () => {
    const state = stateFor(MINI, 'mek-founded');
    state.select(null);
    const { container } = render(Harness, { state, component: DetailPanel });
    expect(container.querySelector('[data-detail-panel]')).toBeNull();
  });

  it('shows the title, date, facts, summary and sources of the selected event', () => {
    const panel = mount(stateFor(MINI, 'us-fto-designation'));
    expect(panel.tagName).toBe('ASIDE');
    const heading = within(panel).getByRole('heading', {
      level: 2,
      name: 'The US lists the MEK as a terrorist organization',
    });
    expect(panel).toHaveAttribute('aria-labelledby', heading.id);
    const time = panel.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '1997-10-08');
    expect(time).toHaveTextContent('8 October 1997');
    expect(panel).toHaveTextContent('US terrorist listing');
    expect(panel).toHaveTextContent('Designation');
    expect(panel).toHaveTextContent(
      'The State Department designates the MEK a Foreign Terrorist Organization.',
    );
    const sources = panel.querySelectorAll('[data-panel-source]');
    expect(sources).toHaveLength(1);
    expect(sources[0]).toHaveTextContent('Seed article 004 (seed article)');
    expect(sources[0]!.querySelector('a')).toBeNull();
    expect(panel.querySelector('[data-filter-chip="country:US"]')).toHaveAccessibleName(
      'Show only events with United States',
    );
  });

  it('numbers the sources and links the safe ones into a new tab', () => {
    const dataset = withEvent(mini(), 'ashraf3-raid', {
      sources: [
        {
          title: 'Police raid camp',
          publisher: 'Example News',
          url: 'https://example.org/raid',
          date: '2023-06-21',
        },
        { title: 'Seed article 003', seed: '003_c8e19de521363987.txt' },
        { title: 'Foo', url: 'https://en.wikipedia.org/wiki/Foo_(bar)' },
        { title: 'Sneaky', url: 'javascript:alert(1)' },
      ],
    });
    const panel = mount(unvalidated(dataset, 'ashraf3-raid'));
    const list = within(panel).getByRole('heading', { name: 'Sources' }).nextElementSibling!;
    expect(list.tagName).toBe('OL');
    const items = list.querySelectorAll('[data-panel-source]');
    expect(items).toHaveLength(4);
    const links = [...list.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/raid',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    ]);
    for (const a of links) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a.getAttribute('rel')!.split(' ')).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
      expect(a.textContent).toMatch(/\S \(opens in a new tab\)$/);
    }
    expect(items[0]).toHaveTextContent('Police raid camp');
    expect(items[0]).toHaveTextContent('Example News');
    expect(items[0]!.querySelector('time')).toHaveAttribute('datetime', '2023-06-21');
    expect(items[0]).toHaveTextContent('21 June 2023');
    expect(items[1]).toHaveTextContent('Seed article 003 (seed article)');
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(items[3]).toHaveTextContent('Sneaky');
    expect(items[3]!.querySelector('a')).toBeNull();
  });

  it('sets differing accounts side by side, each with who says it and the source', () => {
    const panel = mount(stateFor(MINI, 'ashraf3-raid'));
    const section = within(panel).getByRole('heading', { name: 'Accounts differ' }).parentElement!;
    expect(section).toHaveTextContent(
      'These claims are disputed; each is given in the words of who made it.',
    );
    const accounts = [...section.querySelectorAll('[data-panel-account]')];
    expect(accounts).toHaveLength(2);
    expect(accounts[0]!.parentElement).toBe(accounts[1]!.parentElement);
    expect(accounts[0]).toHaveTextContent('The MEK');
    expect(accounts[0]).toHaveTextContent('Ali Mostashari, died during the raid');
    expect(accounts[0]).toHaveTextContent('Seed article 003');
    expect(accounts[1]).toHaveTextContent('Albanian police');
    expect(accounts[1]).toHaveTextContent('Police denied any responsibility for the death.');
  });

  it('lists the recorded disagreements between sources', () => {
    const panel = mount(stateFor('data/mek.json', 'mek-founded'));
    const section = within(panel).getByRole('heading', {
      name: 'Where sources disagree',
    }).parentElement!;
    expect(section).toHaveTextContent('Month precision (September 1965) is kept.');
  });

  it('adds an actor to the filters when its chip is clicked', async () => {
    const state = stateFor(MINI, 'ashraf3-raid');
    const panel = mount(state);
    const chip = panel.querySelector<HTMLButtonElement>('[data-filter-chip="actor:mek"]')!;
    expect(chip).toHaveAccessibleName(
      "Show only events with People's Mojahedin Organization of Iran (MEK)",
    );
    await fireEvent.click(chip);
    expect(state.filter.filters.actors).toEqual(['mek']);
    await fireEvent.click(chip);
    expect(state.filter.filters.actors).toEqual(['mek']);
    await fireEvent.click(panel.querySelector('[data-filter-chip="country:AL"]')!);
    expect(state.filter.filters.countries).toEqual(['AL']);
  });

  it('steps through the events in time order, disabled at the ends', async () => {
    const state = stateFor(MINI, 'mek-founded');
    const panel = mount(state);
    expect(button(panel, 'prev')).toBeDisabled();
    expect(panel).toHaveTextContent('Event 1 of 5');
    await fireEvent.click(button(panel, 'next'));
    expect(state.selectedId).toBe('us-fto-designation');
    expect(panel).toHaveTextContent('Event 2 of 5');
    expect(button(panel, 'prev')).toBeEnabled();
    await fireEvent.click(button(panel, 'prev'));
    expect(state.selectedId).toBe('mek-founded');
    state.select('albania-breaks-relations');
    await fireEvent.click(button(panel, 'next'));
    expect(state.selectedId).toBe('ashraf3-raid');
    expect(button(panel, 'next')).toBeDisabled();
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Albanian police raid Ashraf 3',
    );
  });

  it('closes with its Close button', async () => {
    const state = stateFor(MINI, 'mek-founded');
    const panel = mount(state);
    expect(button(panel, 'close')).toHaveAccessibleName('Close');
    await fireEvent.click(button(panel, 'close'));
    expect(state.selectedId).toBeNull();
    expect(document.querySelector('[data-detail-panel]')).toBeNull();
  });

  it('moves with the arrow keys and closes with Escape', async () => {
    const state = stateFor(MINI, 'us-fto-designation');
    const panel = mount(state);
    await fireEvent.keyDown(panel, { key: 'ArrowRight' });
    expect(state.selectedId).toBe('us-delisting');
    await fireEvent.keyDown(button(panel, 'close'), { key: 'ArrowLeft' });
    expect(state.selectedId).toBe('us-fto-designation');
    await fireEvent.keyDown(panel, { key: 'ArrowRight', altKey: true });
    expect(state.selectedId).toBe('us-fto-designation');
    await fireEvent.keyDown(panel, { key: 'Escape' });
    expect(state.selectedId).toBeNull();
  });

  it('reverses the arrow keys in right-to-left reading', async () => {
    const state = stateFor(MINI, 'us-fto-designation', 'fa');
    const panel = mount(state);
    await fireEvent.keyDown(panel, { key: 'ArrowLeft' });
    expect(state.selectedId).toBe('us-delisting');
    await fireEvent.keyDown(panel, { key: 'ArrowRight' });
    expect(state.selectedId).toBe('us-fto-designation');
  });

  it('leaves the arrow keys to a text field inside the panel', async () => {
    const state = stateFor(MINI, 'us-fto-designation');
    const panel = mount(state);
    const input = document.createElement('input');
    panel.append(input);
    await fireEvent.keyDown(input, { key: 'ArrowRight' });
    expect(state.selectedId).toBe('us-fto-designation');
  });

  it('renders hostile text as text: no link, no element injected', () => {
    const dataset = withEvent(mini(), 'mek-founded', {
      title: '<script>alert(1)</script>',
      summary: '<img src=x onerror="alert(1)">',
      body: [
        '[x](javascript:alert(1)) and [y](JaVaScRiPt:alert(1)) and [z](data:text/html,hi)',
        '<img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a>',
        'Safe: [report](https://example.org/report).',
      ],
    });
    const panel = mount(unvalidated(dataset, 'mek-founded'));
    expect(panel.querySelector('script, img, iframe, object')).toBeNull();
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      '<script>alert(1)</script>',
    );
    expect(panel).toHaveTextContent('<img src=x onerror="alert(1)">');
    expect(panel).toHaveTextContent('[x](javascript:alert(1)) and [y](JaVaScRiPt:alert(1))');
    expect(panel).toHaveTextContent('<a href="javascript:alert(1)">a</a>');
    const links = [...panel.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/report']);
    expect(links[0]!.textContent).toBe('report (opens in a new tab)');
    expect(panel).toHaveTextContent('Safe: report (opens in a new tab).');
  });

  it('falls back to English, marked lang="en", where Persian is missing', () => {
    const panel = mount(stateFor(MINI, 'ashraf3-raid', 'fa'));
    const heading = within(panel).getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Albanian police raid Ashraf 3');
    expect(heading).toHaveAttribute('lang', 'en');
    expect(screen.getByText(/Police search the MEK's camp/)).toHaveAttribute('lang', 'en');
  });

  it('uses the Persian text where there is one, and English for the rest', () => {
    const panel = mount(stateFor('data/mek.json', 'mek-founded', 'fa'));
    const heading = within(panel).getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('تأسیس سازمان مجاهدین خلق');
    expect(heading).not.toHaveAttribute('lang');
    expect(screen.getByText(/دانش‌آموختگان دانشگاه تهران/)).not.toHaveAttribute('lang');
    expect(screen.getByText(/For its first years/).closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(panel).toHaveTextContent('مبارزهٔ مخفی علیه شاه');
  });

  it('in English, marks nothing as a fallback', () => {
    const panel = mount(stateFor(MINI, 'ashraf3-raid'));
    expect(panel.querySelector('[lang]')).toBeNull();
  });
});

describe('DetailPanelLoader', () => {
  const heading = (container: HTMLElement) => container.querySelector('[data-detail-panel] h2');

  it('fetches the panel when an event is first selected', async () => {
    const state = stateFor(MINI, 'mek-founded');
    state.select(null);
    const { container } = render(Harness, { state, component: DetailPanelLoader });
    expect(container.querySelector('[data-detail-panel]')).toBeNull();
    state.select('us-fto-designation');
    await vi.waitFor(() =>
      expect(heading(container)).toHaveTextContent(
        'The US lists the MEK as a terrorist organization',
      ),
    );
    state.select(null);
    await vi.waitFor(() => expect(container.querySelector('[data-detail-panel]')).toBeNull());
    state.select('mek-founded');
    await vi.waitFor(() => expect(heading(container)).toHaveTextContent('The MEK is founded'));
  });

  it('opens on an event selected before it was drawn, as a link does', async () => {
    const { container } = render(Harness, {
      state: stateFor(MINI, 'ashraf3-raid'),
      component: DetailPanelLoader,
    });
    await vi.waitFor(() =>
      expect(heading(container)).toHaveTextContent('Albanian police raid Ashraf 3'),
    );
  });
});
