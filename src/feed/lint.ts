/**
 * Advice on a feed that reads cleanly but is probably not what its publisher meant: used by
 * `wsis-widgets validate` and `convert`, never by the widgets (not in the embed). Each hint has
 * the reader's `{path, message}` shape; none changes what the widgets show.
 */
import { offsetAt, offsetText } from '../internal/zone-offset.js';
import type { Feed, FeedWarning } from './types.js';

/** Members that hold URLs, at any depth. */
const URL_KEYS = new Set(['url', 'logo', 'image', 'streamUrl', 'recordingUrl']);
/** Members that hold Text (a string or a language map). */
const TEXT_KEYS = new Set(['name', 'title', 'theme', 'description', 'role', 'organization', 'label', 'unit']);
/** `www.itu.int/wsis`, `itu.int/`, `example.org:8080/x`: a host written without `https://`. */
const HOST_WITHOUT_SCHEME = /^(?:www\d?\.[^\s/]+|[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?::\d+)?\/)/i;

let languageNames: Intl.DisplayNames | undefined;

/** Whether a BCP 47 tag is well formed and its language is one Intl has a name for. */
export function isKnownLanguage(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    const language = new Intl.Locale(canonical).language;
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return languageNames.of(language) !== undefined;
  } catch {
    return false;
  }
}

/** Walks a parsed JSON value, calling `visit` for each object member with its path. */
function walk(value: unknown, path: string, visit: (key: string, value: unknown, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      visit(key, member, at);
      walk(member, at, visit);
    }
  }
}

const OFFSET = /(Z|[+-]\d\d:\d\d)$/;

/**
 * Hints for a document: `raw` as published (URLs before resolution), `feed` as read.
 * - a language that is not a BCP 47 tag of a language Intl knows (`"English"`, `"xx"`);
 * - a URL that looks like a host without a scheme (`www.itu.int/wsis` reads as a relative path);
 * - a session time whose offset is not the one `event.timezone` has at that instant (`Z` is
 *   always accepted: UTC is unambiguous).
 */
export function lintFeed(raw: unknown, feed: Feed): FeedWarning[] {
  const hints: FeedWarning[] = [];
  walk(raw, '', (key, value, path) => {
    if (URL_KEYS.has(key) && typeof value === 'string' && HOST_WITHOUT_SCHEME.test(value.trim())) {
      hints.push({ path, message: `"${value}" looks like a host without a scheme: it reads as a path relative to the feed; write https://${value.trim()}` });
    }
    if (TEXT_KEYS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const tag of Object.keys(value)) {
        if (!isKnownLanguage(tag)) hints.push({ path: `${path}.${tag}`, message: `"${tag}" is not a BCP 47 tag of a known language (en, fr, zh-Hans…)` });
      }
    }
    if (key === 'languages' && Array.isArray(value)) {
      value.forEach((tag, i) => {
        if (typeof tag === 'string' && !isKnownLanguage(tag)) {
          hints.push({ path: `${path}[${i}]`, message: `"${tag}" is not a BCP 47 tag of a known language (en, fr, zh-Hans…)` });
        }
      });
    }
  });
  const sessions = (raw as { sessions?: unknown }).sessions;
  if (Array.isArray(sessions)) {
    sessions.forEach((session: unknown, i) => {
      if (!session || typeof session !== 'object') return;
      for (const member of ['start', 'end'] as const) {
        const value = (session as Record<string, unknown>)[member];
        if (typeof value !== 'string') continue;
        const written = OFFSET.exec(value)?.[1];
        const instant = Date.parse(value);
        if (!written || written === 'Z' || Number.isNaN(instant)) continue;
        const expected = offsetText(offsetAt(feed.event.timezone, instant));
        if (written !== expected) {
          hints.push({
            path: `sessions[${i}].${member}`,
            message: `offset ${written} is not ${feed.event.timezone}'s (${expected}) at that time; check the time zone the times were written in`,
          });
        }
      }
    });
  }
  return hints;
}
