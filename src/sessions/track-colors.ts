import type { Track } from '../feed/types.js';

/** A track's colour as a class: the sheet that defines the classes, and the class of each track. */
export interface TrackColors {
  /** One rule per distinct colour: `.track-color-0 { --_track: #1f77b4; }` (or the property asked for). */
  readonly sheet: CSSStyleSheet;
  /** The class that gives the track its colour; undefined for a track without a valid colour. */
  classOf(trackId: string): string | undefined;
}

/** A `#rrggbb` colour, lower case, or undefined for anything else (never put unchecked text into CSS). */
export function validColor(value: unknown): string | undefined {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}

/**
 * Track colours for shadow roots that show sessions. Each distinct colour gets one class rule,
 * and a track's element carries that class: matching a class costs the same for 2 tracks or
 * 200,000 (the style engine looks classes up by name), where one `[data-track="id"]` rule per
 * track had every element tested against every rule — 200,000 coloured tracks took a minute.
 * The rules are as many as the colours (at most as many as the tracks), built in one pass.
 */
export function trackColors(tracks: readonly Pick<Track, 'id' | 'color'>[], property = '--_track'): TrackColors {
  const classes = new Map<string, string>();
  const byTrack = new Map<string, string>();
  let rules = '';
  for (const track of tracks) {
    const color = validColor(track.color);
    if (!color) continue;
    let name = classes.get(color);
    if (name === undefined) {
      name = `track-color-${classes.size}`;
      classes.set(color, name);
      rules += `.${name}{${property}:${color}}\n`;
    }
    if (!byTrack.has(track.id)) byTrack.set(track.id, name);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  return { sheet, classOf: (trackId) => byTrack.get(trackId) };
}
