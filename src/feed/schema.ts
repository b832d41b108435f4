/**
 * A very small schema toolkit, written for feed v1 only: each builder gives at once a reader (with
 * the contract's drop semantics), a TypeScript type (`Infer`) and a plain description (`def`) from
 * which json-schema.ts writes the JSON Schema at build time — so that code stays out of the embed.
 * Hand-written rather than valibot because it adds fewer bytes to the embed (see docs/feed.md).
 */

import { utcInstant } from '../internal/time-zone.js';

/** Why a value was refused; `path` points at the offending value (`sessions[41].start`). */
export class Fail {
  constructor(
    readonly path: string,
    readonly message: string,
    /** The item's other faults, found after the first (reported with it when the item is dropped). */
    readonly also: readonly Fail[] = [],
  ) {}
}

export interface FeedIssue {
  path: string;
  message: string;
}

/** What a read needs besides the value: where drops are reported and how URLs resolve. */
export interface ReadContext {
  warnings: FeedIssue[];
  /** Base for relative URLs; without one, a relative URL is dropped. */
  base?: string;
  /** Where the reader is (`['sessions', 41, 'start']`); made a string only on failure. */
  at: (string | number)[];
  /** The original index of items read after an earlier one was dropped (for reports). */
  index: Map<object, number>;
}

/** `sessions[41].start` for `['sessions', 41, 'start']`. */
export function pathOf(at: readonly (string | number)[]): string {
  let path = '';
  for (const step of at) path += typeof step === 'number' ? `[${step}]` : path ? `.${step}` : step;
  return path;
}

const fail = (ctx: ReadContext, message: string) => new Fail(pathOf(ctx.at), message);

/** What a schema accepts, as data: json-schema.ts turns it into JSON Schema. */
export type Def =
  | { kind: 'string' | 'id' | 'text' }
  | { kind: 'pattern'; regex: RegExp }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'integer' | 'number'; min?: number; max?: number }
  | { kind: 'literal'; value: number | string }
  | { kind: 'url'; image: boolean }
  | { kind: 'object'; shape: Record<string, Schema<unknown>> }
  | { kind: 'array'; item: Schema<unknown> }
  | { kind: 'named'; name: string; schema: Schema<unknown> };

export interface Schema<T> {
  /** The value read, or a Fail; optional fields and array items that fail are reported by the caller. */
  read(value: unknown, ctx: ReadContext): T | Fail;
  readonly def: Def;
  /** Set on object members that may be absent (optional(), withDefault()). */
  readonly optional?: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** An object member that may be absent; when present but invalid, only the member is dropped. */
export interface Optional<T> extends Schema<T> {
  readonly optional: true;
}
/** An array member that reads as `fallback` when absent or invalid (the top-level lists). */
export interface Defaulted<T> extends Schema<T> {
  readonly fallback: T;
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends Defaulted<unknown> ? never : S[K] extends Optional<unknown> ? K : never;
}[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type InferObject<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A leaf: a test, the message when it fails, and its description. */
function leaf<T>(test: (value: unknown) => boolean, message: string, def: Def, then?: (value: T) => T): Schema<T> {
  return {
    read: (value, ctx) => (test(value) ? (then ? then(value as T) : (value as T)) : fail(ctx, message)),
    def,
  };
}

/** `-0` reads as `0`: JSON allows it, and `Intl.NumberFormat` would print it as "-0". */
const positiveZero = (value: number): number => (Object.is(value, -0) ? 0 : value);

/** A schema stored once under `$defs/<name>` and referenced elsewhere. */
export function named<S extends Schema<unknown>>(name: string, schema: S): S {
  return { ...schema, def: { kind: 'named', name, schema } };
}

/** A year as an integer: 1–9999, the years dates can write (DateTime). */
export const year = (): Schema<number> => integer(1, 9999);

/** Any string. */
export const string = (): Schema<string> =>
  leaf((v) => typeof v === 'string', 'not a string', { kind: 'string' });

/** A string matching `pattern` (the same pattern goes into the JSON Schema). */
export function pattern(regex: RegExp, message: string): Schema<string> {
  return leaf((v) => typeof v === 'string' && regex.test(v), message, { kind: 'pattern', regex });
}

/** Id: a non-empty string. */
export const id = (): Schema<string> =>
  leaf((v) => typeof v === 'string' && v !== '', 'not an id (a non-empty string)', { kind: 'id' });

/** A plain string, or a map from a BCP 47 tag to a string (at least one entry). */
export type Text = string | Readonly<Record<string, string>>;
export const text = (): Schema<Text> =>
  named('Text', {
    read(value, ctx) {
      if (typeof value === 'string') return value;
      if (!isRecord(value)) return fail(ctx, 'not a text (a string or a map of language → string)');
      let count = 0;
      for (const key in value) {
        if (typeof value[key] !== 'string') return new Fail(pathOf([...ctx.at, key]), 'not a string');
        count++;
      }
      return count ? (value as Text) : fail(ctx, 'an empty text map');
    },
    def: { kind: 'text' },
  });

// Years 0001–9999: 0000 is refused by the pattern itself (JSON Schema says so too).
const DATE_TIME =
  /^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DATE = /^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The instants a DateTime may name: 0001-01-02T00:00Z up to (not including) 9999-12-31T00:00Z.
 * The day of margin at each end keeps the wall clock of every time zone (offsets reach ±15:56
 * in the tz database's oldest entries) inside the four-digit years 0001–9999 that ISO 8601 dates,
 * `<time datetime>` and iCalendar can write. Outside it, the item is dropped with a warning.
 */
export const EARLIEST_INSTANT = utcInstant(1, 0, 2);
export const LATEST_INSTANT = utcInstant(9999, 11, 31);

const DATE_TIME_MESSAGE = 'not a date-time with offset (2021-03-22T14:00:00+01:00)';

/** DateTime: ISO 8601 with `Z` or an offset, naming an instant in the supported range. */
export const dateTime = (): Schema<string> =>
  named('DateTime', {
    read(value, ctx) {
      if (typeof value !== 'string' || !DATE_TIME.test(value)) return fail(ctx, DATE_TIME_MESSAGE);
      const at = Date.parse(value);
      if (!(at >= EARLIEST_INSTANT && at < LATEST_INSTANT)) {
        return fail(ctx, 'a date-time outside the supported range (0001-01-02 to 9999-12-30 UTC)');
      }
      return value;
    },
    def: { kind: 'pattern', regex: DATE_TIME },
  });
/** Date: `YYYY-MM-DD`, years 0001–9999. */
export const date = (): Schema<string> => named('Date', pattern(DATE, 'not a date (YYYY-MM-DD)'));
/** Country: ISO 3166-1 alpha-2, upper case. */
export const country = (): Schema<string> =>
  named('Country', pattern(/^[A-Z]{2}$/, 'not a country code (two upper-case letters, such as CH)'));

/** One of the listed strings. */
export function enumOf<const T extends string>(...values: T[]): Schema<T> {
  return leaf((v) => values.includes(v as T), `not one of ${values.join(', ')}`, { kind: 'enum', values });
}

/** An integer, at least `min` and at most `max` when given. */
export function integer(min?: number, max?: number): Schema<number> {
  const bounds =
    min === undefined ? '' : max === undefined ? ` ≥ ${min}` : ` from ${min} to ${max}`;
  return leaf(
    (v) =>
      Number.isInteger(v) && (min === undefined || (v as number) >= min) && (max === undefined || (v as number) <= max),
    `not an integer${bounds}`,
    { kind: 'integer', min, max },
    positiveZero,
  );
}

/** A finite number, at least `min`. */
export function number(min: number): Schema<number> {
  return leaf(
    (v) => typeof v === 'number' && Number.isFinite(v) && v >= min,
    `not a finite number ≥ ${min}`,
    { kind: 'number', min },
    positiveZero,
  );
}

/** Exactly this value. */
export function literal<const T extends number | string>(value: T): Schema<T> {
  return leaf((v) => v === value, `not ${JSON.stringify(value)}`, { kind: 'literal', value });
}

// A scheme, as the URL parser sees one: it strips leading blanks, and tabs and newlines anywhere.
const SCHEME = /^[\0- ]*([a-z][a-z\d+.\t\n\r-]*):/i;
const DATA_IMAGE = /^data:image\/[\w.+-]+[;,]/i;
/**
 * An absolute http(s) URL already in the form the URL parser would give back (lower-case host,
 * a path, no dot segments, no characters it would escape, no port): taken as it is, without
 * parsing. A URL with a port is parsed, so a port over 65535 is refused here, not dropped later.
 */
const PLAIN_URL = /^https?:\/\/[a-z\d-]+(\.[a-z\d-]+)*\/(?![^?#]*\/\.\.?(\/|$|[?#]))[\w\-.~%!$&'()*+,;=:@/]*(\?[\w\-.~%!$&'()*+,;=:@/?]*)?(#[\w\-.~%!$&'()*+,;=:@/?]*)?$/;

/**
 * Url: absolute http(s), or relative to the feed's URL (resolved here, so the value read is
 * absolute). `image` admits `data:image/*` too. Other schemes are refused.
 */
export function url({ image = false } = {}): Schema<string> {
  return named(image ? 'ImageUrl' : 'Url', {
    read(value, ctx) {
      if (typeof value !== 'string' || value === '') return fail(ctx, 'not a URL');
      if (PLAIN_URL.test(value)) return value;
      const scheme = SCHEME.exec(value)?.[1].replace(/[\t\n\r]/g, '').toLowerCase();
      if (scheme === 'data' && image && DATA_IMAGE.test(value.trimStart())) return value.trimStart();
      if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
        return fail(ctx, `a URL with the forbidden scheme ${scheme}:`);
      }
      if (scheme === undefined && ctx.base === undefined) {
        return fail(ctx, 'a relative URL, and no base to resolve it against');
      }
      try {
        const href = new URL(value, ctx.base).href;
        if (href === value) return value;
        // A relative path resolved against a file: or blob: base stays of that scheme.
        return /^https?:/.test(href) ? href : fail(ctx, `resolves to ${href.split(':')[0]}:, not http(s)`);
      } catch {
        return fail(ctx, 'not a URL');
      }
    },
    def: { kind: 'url', image },
  });
}

/** A member that may be absent. */
export function optional<T>(schema: Schema<T>): Optional<T> {
  return { ...schema, optional: true };
}

/** A list member that reads as `fallback` when absent or invalid. */
export function withDefault<T>(schema: Schema<T>, fallback: T): Defaulted<T> & Optional<T> {
  return { ...schema, fallback, optional: true } as Defaulted<T> & Optional<T>;
}

/** A final whole-object check (`end` after `start`); returns the Fail or nothing. */
type Check<T> = (value: T) => { member: string; message: string } | undefined;

/**
 * An object: a required member that fails fails the object (the item is dropped); an optional
 * member that fails is dropped alone and reported. Unknown members are ignored. Copy on write:
 * an object read as it is comes back as it is (unknown members and all), so that reading a
 * large valid feed allocates next to nothing; otherwise a copy with the known members only.
 */
export function object<S extends Shape>(shape: S, check?: Check<InferObject<S>>): Schema<InferObject<S>> {
  const keys = Object.keys(shape);
  // Flat arrays rather than lookups in the loop: this runs for every item of a large feed.
  const members = keys.map((key) => shape[key] as Schema<unknown> & Partial<Optional<unknown> & Defaulted<unknown>>);
  const optionals = members.map((member) => member.optional === true);
  const fallbacks = members.map((member) => ('fallback' in member ? member : undefined));
  return {
    read(value, ctx) {
      if (!isRecord(value)) return fail(ctx, 'not an object');
      let out: Record<string, unknown> | undefined;
      /** From the first change on, `out` holds the copy; the members before were read as they are. */
      const change = (k: number) => {
        if (out) return out;
        out = {};
        for (let j = 0; j < k; j++) if (value[keys[j]] !== undefined) out[keys[j]] = value[keys[j]];
        return out;
      };
      const at = ctx.at;
      // Every fault of the object is found (validate reports them all), the first one fails it.
      let faults: Fail[] | undefined;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        const raw = value[key];
        if (raw === undefined) {
          if (!optionals[k]) (faults ??= []).push(new Fail(pathOf([...at, key]), 'missing'));
          const fallback = fallbacks[k];
          if (fallback) change(k)[key] = fallback.fallback;
          continue;
        }
        at.push(key);
        const read = members[k].read(raw, ctx);
        at.pop();
        if (read instanceof Fail) {
          if (!optionals[k]) {
            (faults ??= []).push(read, ...read.also);
            continue;
          }
          ctx.warnings.push({ path: read.path, message: `${read.message}; field dropped` });
          const fallback = fallbacks[k];
          if (fallback) change(k)[key] = fallback.fallback;
          else change(k);
          continue;
        }
        // Object.is: a -0 read as 0 is a change too.
        if (out || !Object.is(read, raw)) change(k)[key] = read;
      }
      if (faults) return new Fail(faults[0].path, faults[0].message, faults.slice(1));
      const result = (out ?? value) as InferObject<S>;
      const wrong = check?.(result);
      return wrong ? new Fail(pathOf([...ctx.at, wrong.member]), wrong.message) : result;
    },
    def: { kind: 'object', shape },
  };
}

const FIELD_DROPPED = /; (field dropped|item dropped|also wrong in the dropped item)$/;

/**
 * An array: an item that fails is dropped and reported, the rest is kept. With `unique`, items
 * whose `id` repeats an earlier one are dropped too (the first wins). Copy on write, as objects.
 */
export function arrayOf<T>(item: Schema<T>, { unique = false } = {}): Schema<T[]> {
  return {
    read(value, ctx) {
      if (!Array.isArray(value)) return fail(ctx, 'not an array');
      let out: T[] | undefined;
      const change = (i: number) => (out ??= value.slice(0, i) as T[]);
      const seen = unique ? new Set<unknown>() : undefined;
      const depth = ctx.at.length;
      for (let i = 0; i < value.length; i++) {
        const mark = ctx.warnings.length;
        ctx.at[depth] = i;
        const read = item.read(value[i], ctx);
        if (read instanceof Fail) {
          // Every fault of the dropped item is reported: the one that dropped it first, then the
          // others (its field drops no longer matter as such: the whole item is gone).
          const fields = ctx.warnings.splice(mark).map((w) => ({ path: w.path, message: w.message.replace(FIELD_DROPPED, '') }));
          ctx.warnings.push({ path: read.path, message: `${read.message}; item dropped` });
          for (const other of [...read.also, ...fields]) {
            ctx.warnings.push({ path: other.path, message: `${other.message}; also wrong in the dropped item` });
          }
          change(i);
          continue;
        }
        if (out && typeof read === 'object' && read !== null) {
          // After a drop, positions in the result no longer match the document's: remember them.
          ctx.index.set(read, i);
        }
        if (seen) {
          const key = (read as { id?: unknown }).id;
          if (seen.has(key)) {
            if (ctx.warnings.length > mark) ctx.warnings.length = mark;
            ctx.warnings.push({
              path: pathOf([...ctx.at, 'id']),
              message: `duplicate id ${JSON.stringify(key)} (the first one is kept); item dropped`,
            });
            change(i);
            continue;
          }
          seen.add(key);
        }
        if (out || !Object.is(read, value[i])) change(i).push(read);
      }
      if (ctx.at.length > depth) ctx.at.pop();
      return out ?? (value as T[]);
    },
    def: { kind: 'array', item },
  };
}
