import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function open(query: string, width = 1280): Promise<{ page: Page; warnings: string[] }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    timezoneId: 'Pacific/Honolulu',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(new URL(`index.html${query}`, baseUrl).href);
  await page.waitForSelector('[data-event-row]');
  return { page, warnings };
}

const drawnIds = (page: Page) =>
  page
    .locator('[data-event-id]')
    .evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute('data-event-id')))].sort());
const rowIds = (page: Page) =>
  page
    .locator('[data-event-row]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-row')));

describe('exploring the flagship timeline', () => {
  it('restores a shared view: filters, window and the selected event', async () => {
    const { page } = await open(
      '?country=AL&actor=albania-police&event=ashraf3-police-raid&from=2013&to=2024',
    );
    expect(await rowIds(page)).toEqual(['albania-quds-cell-announcement', 'ashraf3-police-raid']);
    await expect
      .poll(() => drawnIds(page))
      .toEqual(['albania-quds-cell-announcement', 'ashraf3-police-raid']);
    const panel = page.locator('[data-detail-panel]');
    expect(await panel.locator('h2').textContent()).toContain('Albanian police raid Ashraf 3');
    const track = page.locator('.track');
    const start = Number(await track.getAttribute('data-window-start'));
    const end = Number(await track.getAttribute('data-window-end'));
    expect(new Date(start).toISOString().slice(0, 4)).toBe('2013');
    expect(new Date(end - 1).toISOString().slice(0, 4)).toBe('2024');
    expect(await page.locator('[data-chip="country:AL"]').count()).toBe(1);
    await page.context().close();
  });

  it('filters by an actor chip in the panel, and Back undoes it', async () => {
    const { page } = await open('?event=ashraf3-police-raid');
    const before = (await rowIds(page)).length;
    await page.locator('[data-filter-chip="actor:albania-police"]').click();
    await expect
      .poll(() => rowIds(page))
      .toEqual(['albania-quds-cell-announcement', 'ashraf3-police-raid']);
    expect(page.url()).toContain('actor=albania-police');
    await page.goBack();
    await expect.poll(async () => (await rowIds(page)).length).toBe(before);
    expect(page.url()).not.toContain('actor=');
    await page.context().close();
  });

  it('finds Manëz when searching for "Manez", and says how many match', async () => {
    const { page } = await open('');
    await page.locator('[data-filter-search]').fill('Manez');
    await expect
      .poll(() => rowIds(page))
      .toEqual(['ashraf3-construction', 'ashraf3-opening-2019', 'ashraf3-police-raid']);
    expect(await page.locator('[data-matching-count]').getAttribute('data-matching-count')).toBe(
      '3',
    );
    await expect.poll(() => page.url()).toContain('q=Manez');
    await page.locator('[data-clear-filters]').click();
    await expect.poll(async () => (await rowIds(page)).length).toBeGreaterThan(90);
    await page.context().close();
  });

  it('shows facet counts and disables options that would match nothing', async () => {
    const { page } = await open('?country=AL');
    await page.locator('[data-facet="category"] summary').click();
    const cyber = page.locator('[data-facet-option="category:cyber-intelligence"]');
    expect(await cyber.isDisabled()).toBe(false);
    const founding = page.locator('[data-facet-option="category:founding-leadership"]');
    expect(await founding.isDisabled()).toBe(true);
    await cyber.check();
    await expect.poll(() => page.url()).toContain('category=cyber-intelligence');
    await page.context().close();
  });

  it('regroups the lanes and the list when the reader picks another grouping', async () => {
    const { page } = await open('');
    const lanes = page.locator('[data-lanes]');
    const laneNames = () => page.locator('.lane-label').allTextContents();
    expect(await lanes.inputValue()).toBe('category');
    expect(await laneNames()).toContain('Armed conflict');
    await lanes.selectOption('country');
    await expect.poll(laneNames).toContain('Albania');
    await expect.poll(() => page.url()).toContain('lanes=country');
    // A discrete choice: Back undoes it, and the control follows.
    await page.goBack();
    await expect.poll(() => lanes.inputValue()).toBe('category');
    await expect.poll(laneNames).toContain('Armed conflict');

    const headings = () => page.locator('.event-list h3').allTextContents();
    expect((await headings())[0]).toMatch(/^\d{4}$/);
    await page.locator('[data-list-grouping]').selectOption('era');
    await expect.poll(async () => (await headings())[0]).toBe('Underground against the Shah');
    await page.context().close();
  });

  it('shows the lanes a shared link asks for', async () => {
    const { page } = await open('?lanes=actor');
    expect(await page.locator('[data-lanes]').inputValue()).toBe('actor');
    expect(await page.locator('.lane-label').allTextContents()).toContain(
      "People's Mojahedin Organization of Iran (MEK)",
    );
    await page.context().close();
  });

  it('folds all but the search behind one button on a phone, so the chart is in the first screen', async () => {
    const { page } = await open('?country=AL', 360);
    const more = page.locator('[data-filter-more]');
    await expect.poll(() => more.isVisible()).toBe(true);
    expect(await page.locator('[data-filter-search]').isVisible()).toBe(true);
    expect(await page.locator('[data-facet="country"]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    // The active filter is counted on the button and still shown as a chip.
    expect(await more.textContent()).toMatch(/Filters and more\s+1$/);
    expect(await page.locator('[data-chip="country:AL"]').isVisible()).toBe(true);
    const track = await page.locator('.track').boundingBox();
    expect(track!.y).toBeLessThan(900 - 200);

    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-facet="country"]').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true);
    await more.click();
    expect(await page.locator('[data-facet="country"]').isVisible()).toBe(false);

    // With room for them, every control is in sight and the button is not.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => page.locator('[data-facet="country"]').isVisible()).toBe(true);
    expect(await more.isVisible()).toBe(false);
    await page.context().close();
  });

  it('ignores unknown and invalid parameters with a warning, never failing', async () => {
    const { page, warnings } = await open(
      '?country=XX&from=2023-02-30&lanes=sideways&event=nope&actor=mek',
    );
    expect(await page.locator('[data-chip="actor:mek"]').count()).toBe(1);
    expect(warnings.join('\n')).toContain('country');
    expect(warnings.join('\n')).toContain('lanes');
    await page.context().close();
  });

  it('selects from the list and steps through events with the panel', async () => {
    const { page } = await open('');
    await page.locator('[data-event-row="us-fto-designation"] button').first().click();
    const panel = page.locator('[data-detail-panel]');
    await expect
      .poll(() => panel.locator('h2').textContent())
      .toContain('Foreign Terrorist Organization');
    expect(await page.locator('[data-event-id="us-fto-designation"]').count()).toBeGreaterThan(0);
    await panel.locator('[data-panel-next]').click();
    await expect.poll(() => page.url()).not.toContain('event=us-fto-designation');
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('moves the chart when the list is scrolled, and the list when the chart is panned', async () => {
    const { page } = await open('');
    await page.locator('[data-zoom="in"]').click();
    await page.locator('[data-zoom="in"]').click();
    const track = page.locator('.track');
    const windowStart = async () => Number(await track.getAttribute('data-window-start'));
    const scroller = page.locator('[data-list-scroller]');
    // Once the chart rests, the list has followed it past its first rows.
    await expect.poll(() => scroller.evaluate((node) => node.scrollTop)).toBeGreaterThan(0);
    const before = await windowStart();
    const box = (await scroller.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 400);
    await expect.poll(windowStart).toBeGreaterThan(before);
    const scrolled = await scroller.evaluate((node) => node.scrollTop);
    await page.locator('[data-zoom="fit"]').click();
    await expect.poll(() => scroller.evaluate((node) => node.scrollTop)).toBeLessThan(scrolled);
    await page.context().close();
  });
});
