/**
 * TimelineJS dates ⇄ our calendar-date strings.
 *
 * Year numbering: TimelineJS prints a negative year y as "|y| BCE", so an author who
 * means 44 BCE writes -44 — historical numbering, with no year 0. Ours is astronomical
 * (0 is 1 BCE, -43 is 44 BCE). So a TimelineJS year y < 0 becomes y + 1 here, and our
 * year y ≤ 0 is exported as y - 1. A TimelineJS year 0 means nothing in historical
 * numbering; we read it as 1 BCE (where TimelineJS, using JavaScript dates, also puts
 * it) and leave a note. Time of day is dropped: our dates stop at the day.
 */
import {
  dateToString,
  daysInMonth,
  endMs,
  parseDate,
  startMs,
  type Precision,
} from '../data/dates';
import { rangeProblem } from '../data/semantic';
import type { Conflict } from '../data/types';
import type { TlDate } from './types';

/** Largest year magnitude our date strings hold (six digits). */
const MAX_YEAR = 999_999;

export const tlYearToOurs = (year: number): number => (year < 0 ? year + 1 : year);
export const oursYearToTl = (year: number): number => (year <= 0 ? year - 1 : year);

export interface DateReading {
  /** Our date string, or null when the date is unusable (see `problem`). */
  date: string | null;
  /** What was changed to make it fit, for the event's conflicts. */
  notes: string[];
  problem?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A whole number from a number or numeric string; undefined when blank, NaN when not whole. */
export function wholeNumber(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const text = value.trim();
  if (text === '') return undefined;
  return /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
}

const show = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? String(value);

/** Reads a TimelineJS date object at the precision it gives. */
export function readTlDate(value: unknown): DateReading {
  const notes: string[] = [];
  if (!isObject(value)) return { date: null, notes, problem: 'is not a date object' };
  const tlYear = wholeNumber(value.year);
  if (tlYear === undefined) return { date: null, notes, problem: 'has no year' };
  if (Number.isNaN(tlYear))
    return { date: null, notes, problem: `year ${show(value.year)} is not a whole number` };
  const year = tlYearToOurs(tlYear);
  if (Math.abs(year) > MAX_YEAR)
    return { date: null, notes, problem: `year ${tlYear} is beyond ±${MAX_YEAR}` };
  if (tlYear === 0) notes.push('TimelineJS year 0 has no BCE/CE meaning; read as 1 BCE.');

  const month = wholeNumber(value.month);
  const day = wholeNumber(value.day);
  let precision: Precision = 'year';
  if (month === undefined) {
    if (day !== undefined)
      notes.push(`Day ${show(value.day)} given without a month; kept the year only.`);
  } else if (Number.isNaN(month) || month < 1 || month > 12) {
    notes.push(`Month ${show(value.month)} is not 1 to 12; kept the year only.`);
  } else if (day === undefined) {
    precision = 'month';
  } else if (Number.isNaN(day) || day < 1 || day > daysInMonth(year, month)) {
    notes.push(`Day ${show(value.day)} does not exist in that month; kept the month only.`);
    precision = 'month';
  } else {
    precision = 'day';
  }
  const text = dateToString({ year, month, day, precision });
  // Our strings hold six-digit years, but a date is drawn only where JavaScript dates
  // reach (about ±273,000 years): the validator would reject the event.
  const date = parseDate(text);
  if (!date || !Number.isFinite(startMs(date)) || !Number.isFinite(endMs(date)))
    return {
      date: null,
      notes,
      problem: `year ${tlYear} is outside the years the timeline can draw (-271820 to 275759)`,
    };
  return { date: text, notes };
}

/** Our date string as a TimelineJS date object (numbers, historical year numbering). */
export function toTlDate(date: string): TlDate {
  const parsed = parseDate(date);
  if (!parsed) return { year: 0 };
  const out: TlDate = { year: oursYearToTl(parsed.year) };
  if (parsed.month !== undefined) out.month = parsed.month;
  if (parsed.day !== undefined) out.day = parsed.day;
  return out;
}

/** Reads the start and (optional) end of a slide or era; null start means unusable. */
export function readRange(slide: Json, conflicts: Conflict[]) {
  const start = readTlDate(slide.start_date);
  conflicts.push(...start.notes.map((note) => ({ field: 'start', note })));
  let end: string | undefined;
  if (slide.end_date !== undefined && slide.end_date !== null) {
    const read = readTlDate(slide.end_date);
    if (read.date === null)
      conflicts.push({ field: 'end', note: `TimelineJS end date ${read.problem}; dropped.` });
    else if (start.date !== null && rangeProblem(start.date, read.date))
      conflicts.push({
        field: 'end',
        note: `TimelineJS end ${read.date} is before the start; dropped.`,
      });
    else {
      end = read.date;
      conflicts.push(...read.notes.map((note) => ({ field: 'end', note })));
    }
  }
  return { start, end };
}
