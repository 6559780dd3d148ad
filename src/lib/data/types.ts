/**
 * The dataset format, as TypeScript types. `data/schema.json` says the same in
 * JSON Schema (draft 2020-12) and `data/README.md` in prose; keep the three in step
 * (tests/unit/schema.test.ts checks that the schema accepts what these types describe).
 *
 * Dates are calendar-date strings whose precision is their number of parts:
 * "1965" (year), "1965-09" (month), "1965-09-05" (day). Years may be negative
 * (astronomical numbering: 0 is 1 BCE) or have fewer than four digits.
 */

/** Languages the interface and the flagship dataset are written in. */
export const LANGUAGES = ['en', 'sq', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The dimension events are grouped into lanes by. */
export const LANE_DIMENSIONS = ['country', 'actor', 'category', 'none'] as const;
export type LaneDimension = (typeof LANE_DIMENSIONS)[number];

export const ACTOR_KINDS = ['person', 'organization', 'government', 'court', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Category colours are tokens, mapped to CSS custom properties by the theme. */
export const COLOR_TOKENS = [
  'blue',
  'red',
  'green',
  'orange',
  'purple',
  'teal',
  'brown',
  'grey',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

/** A calendar-date string: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (year may be signed). */
export type DateString = string;

/** Text of a registry entry or event in another language; English is the base text. */
export type Translations<T> = Partial<Record<string, Partial<T>>>;

export interface DefaultView {
  from?: DateString;
  to?: DateString;
  lanes?: LaneDimension;
}

export interface Meta {
  title: string;
  description: string;
  /** BCP 47 tag of the base text, e.g. "en". */
  language: string;
  /** SPDX identifier or a short licence statement. */
  license: string;
  /** Day the data was last changed, "YYYY-MM-DD". */
  updated: DateString;
  defaultView?: DefaultView;
  translations?: Translations<{ title: string; description: string }>;
}

export interface Country {
  /** ISO 3166-1 alpha-2, or "EU" for acts of the European Union. */
  code: string;
  name: string;
  translations?: Translations<{ name: string }>;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  countries?: string[];
  translations?: Translations<{ name: string }>;
}

export interface Category {
  id: string;
  label: string;
  color: ColorToken;
  translations?: Translations<{ label: string }>;
}

export interface Era {
  id: string;
  title: string;
  start: DateString;
  end: DateString;
  summary?: string;
  translations?: Translations<{ title: string; summary: string }>;
}

export interface Source {
  title: string;
  publisher?: string;
  /** An http(s) URL; a source needs a url, a seed, or both. */
  url?: string;
  /** File name of a seed article shipped with the project's research material. */
  seed?: string;
  /** Publication date of the source. */
  date?: DateString;
}

/** An attributed statement on a contested fact: who says what, and where. */
export interface Account {
  /** Who says it, as a reader should see it ("The MEK", "Albanian police"). */
  by: string;
  /** The actor registry id of the speaker, when there is one. */
  actor?: string;
  statement: string;
  source: Source;
  translations?: Translations<{ by: string; statement: string }>;
}

/** A disagreement between sources, recorded rather than silently resolved. */
export interface Conflict {
  /** Which field the sources disagree on ("start", "summary", "casualties"…). */
  field: string;
  /** What each source says, and which value the dataset keeps and why. */
  note: string;
}

export interface EventText {
  title: string;
  summary: string;
  /** Paragraphs of plain text; links are written [label](https://…). */
  body: string[];
}

export interface TimelineEvent {
  /** Stable kebab-case id, chosen once and never derived from the title. */
  id: string;
  start: DateString;
  end?: DateString;
  /** The date is approximate ("c. 1986"). */
  circa?: boolean;
  title: string;
  summary: string;
  body?: string[];
  category: string;
  countries: string[];
  actors: string[];
  era?: string;
  /** 1 (detail) to 5 (milestone): which labels survive when zoomed out. */
  importance: 1 | 2 | 3 | 4 | 5;
  sources: Source[];
  accounts?: Account[];
  conflicts?: Conflict[];
  translations?: Translations<EventText>;
}

export interface Dataset {
  $schema?: string;
  meta: Meta;
  countries: Country[];
  actors: Actor[];
  categories: Category[];
  eras: Era[];
  events: TimelineEvent[];
}
