import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Harness from './Harness.svelte';
import FilterBar from '../../src/lib/components/FilterBar.svelte';
import { TimelineState } from '../../src/lib/state/timeline.svelte';
import { loadText } from '../../src/lib/data/load-now';

function mounted() {
  const state = new TimelineState();
  state.show(loadText(readFileSync('data/mek.json', 'utf8'), 'mek.json'));
  render(Harness, { state, component: FilterBar });
  return state;
}

/** A facet's checkbox, opening its list first (options are drawn only while open). */
const option = (value: string) => {
  const facet = document.querySelector<HTMLDetailsElement>(
    `[data-facet="${value.split(':')[0]}"]`,
  )!;
  if (!facet.open) {
    facet.open = true;
    facet.dispatchEvent(new Event('toggle'));
    flushSync();
  }
  return document.querySelector<HTMLInputElement>(`[data-facet-option="${value}"]`)!;
};

describe('FilterBar', () => {
  it('searches as the reader types, without regard to diacritics', async () => {
    const state = mounted();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Manez' } });
    expect(state.filter.filters.text).toBe('Manez');
    expect(state.filter.matching.map((item) => item.id)).toEqual([
      'ashraf3-construction',
      'ashraf3-opening-2019',
      'ashraf3-police-raid',
    ]);
    expect(screen.getByText(`3 of ${state.items.length} events match`)).toBeInTheDocument();
  });

  it('offers every registry entry with its count, and disables those that would match nothing', async () => {
    const state = mounted();
    const albania = option('country:AL');
    const count = state.filter.counts.countries.get('AL');
    expect(albania.closest('label')).toHaveTextContent(`Albania (${count})`);
    await fireEvent.click(albania);
    expect(state.filter.filters.countries).toEqual(['AL']);
    // Within Albania's events no founding-era category remains.
    expect(option('category:founding-leadership').disabled).toBe(true);
    expect(option('category:diplomacy').disabled).toBe(false);
    // Other countries stay selectable (OR within a dimension).
    expect(option('country:IR').disabled).toBe(false);
  });

  it('shows active filters as chips that remove themselves, and clears all', async () => {
    const state = mounted();
    await fireEvent.click(option('country:AL'));
    await fireEvent.click(option('actor:albania-police'));
    const chip = screen.getByRole('button', { name: 'Remove filter: Albania' });
    await fireEvent.click(chip);
    expect(state.filter.filters.countries).toEqual([]);
    expect(state.filter.filters.actors).toEqual(['albania-police']);
    await fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(state.filter.active).toBe(false);
    expect(screen.queryByRole('button', { name: /Remove filter/ })).toBeNull();
  });

  it('switches between fading and hiding filtered-out events', async () => {
    const state = mounted();
    await fireEvent.click(screen.getByRole('checkbox', { name: /Fade filtered-out events/ }));
    expect(state.filter.fade).toBe(true);
  });

  it('limits the dates to the chart window as a removable range chip', async () => {
    const state = mounted();
    await fireEvent.click(screen.getByRole('button', { name: 'Only the dates in view' }));
    expect(state.filter.filters.range).toEqual(state.chart.window);
    expect(state.filter.chips.map((chip) => chip.dimension)).toEqual(['range']);
  });

  it('folds its extra controls behind a button that counts what they narrow by', async () => {
    const state = mounted();
    const more = screen.getByRole('button', { name: 'Filters and more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const region = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(region.querySelector('[data-facet="country"]')).not.toBeNull();
    await fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(region).toHaveClass('open');
    await fireEvent.click(option('country:AL'));
    // The search is not folded, so it is not counted.
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'raid' } });
    expect(state.filter.chips).toHaveLength(2);
    expect(more).toHaveTextContent(/^Filters and more\s+1$/);
  });
});
