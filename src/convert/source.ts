/** Small readers of loosely typed source JSON, shared by the converters. */
import type { Text } from '../feed/types.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const objects = (value: unknown): Json[] => list(value).filter(isObject);

/** A non-empty trimmed string, or undefined (numbers are written as strings: ids are often integers). */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text || undefined;
}

/** A string, or a map of language → string (pretalx's multilingual names), as feed Text. */
export function textOf(value: unknown): Text | undefined {
  const plain = str(value);
  if (plain !== undefined) return plain;
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
  if (!entries.length) return undefined;
  const unique = new Set(entries.map(([, v]) => v.trim()));
  return unique.size === 1 ? [...unique][0] : Object.fromEntries(entries.map(([k, v]) => [k, v.trim()]));
}

/** An absolute http(s) URL, resolving a relative one against `base`; anything else undefined. */
export function httpUrl(value: unknown, base?: string): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `HH:MM`, `HH:MM:SS`, `D:HH:MM` or a number of minutes → minutes (26:00 is 1560); else undefined. */
export function durationMinutes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = str(value);
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const days = /^(\d+):(\d\d):(\d\d):(\d\d)$/.exec(text);
  if (days) return Number(days[1]) * 1440 + Number(days[2]) * 60 + Number(days[3]) + Number(days[4]) / 60;
  const m = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60;
}

const LOCAL = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?$/;
const WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/;

/** A date-time with an offset → its instant; without one → undefined (see `localParts`). */
export function instantWithOffset(value: unknown): number | undefined {
  const text = str(value);
  if (!text || !WITH_OFFSET.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `2024-03-16T09:00:00` (no offset) → its wall-clock parts, else undefined. */
export function localParts(value: unknown) {
  const m = LOCAL.exec(str(value) ?? '');
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  return { year, month, day, hour, minute, second };
}

/** The `+01:00` written at the end of a date-time, if any. */
export const writtenOffset = (value: unknown) => /([+-]\d\d:?\d\d|Z)$/.exec(str(value) ?? '')?.[1];
