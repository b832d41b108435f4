/**
 * One block of the grid view: a session's button (time, title, track or location, badges, its
 * overlap note; the whole block opens the details) and its star. Kept small, since a day can hold
 * 1,000 of them: seven elements for most sessions (the block, its two buttons, time, title, track
 * and the location in hidden text; ten at most with a live badge, a status and an overlap note),
 * one text binding per piece of text. The star's glyph is the button's own text (its accessible
 * name is the `aria-label`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isLive, type SessionView } from '../sessions/view-model.js';
import type { GridContext } from './grid-view.js';

/** The block of `view`, placed by the classes `place` (see layoutSheet), one tab stop when `tab` is 0. */
export function gridBlock(view: SessionView, place: string, tab: 0 | -1, ctx: GridContext): TemplateResult {
  const starred = ctx.isStarred(view.id);
  const conflict = starred ? ctx.conflictText(view.id) : '';
  const track = view.tracks[0];
  const live = isLive(view, ctx.now);
  const byTrack = ctx.columns === 'track';
  // Under the title: the location when columns are tracks, else the first track.
  const meta = byTrack ? view.location : (track?.name ?? '');
  return html`<div
    class="block ${view.status} ${place} ${track?.colorClass ?? ''}"
    part=${live ? 'session session-live grid-session' : 'session grid-session'}
    data-id=${view.id}
    data-track=${track?.id ?? nothing}
  >
    <button class="open" type="button" tabindex=${tab} aria-haspopup="dialog" @click=${() => ctx.open(view.id)}>
      <span class="block-time" part="session-time">${view.timeLabel}</span>
      ${live ? html`<strong class="badge live">${ctx.liveNow}</strong>` : nothing}
      <span class="title" part="session-title" dir="auto">${view.title}</span>
      ${meta ? html`<span class="block-meta" dir="auto">${meta}</span>` : nothing}
      ${view.statusText || conflict || (!byTrack && view.location) ? blockNotes(view, conflict, byTrack) : nothing}
    </button>
    <button
      class="star"
      part="star"
      type="button"
      tabindex=${tab}
      aria-pressed=${starred ? 'true' : 'false'}
      aria-label=${ctx.plan.addToMySchedule(view.title)}
      @click=${() => ctx.toggleStar(view.id)}
    >${starred ? '★' : '☆'}</button>
  </div>`;
}

/** The status badge, the overlap note and the location in hidden text (the column says it). */
function blockNotes(view: SessionView, conflict: string, byTrack: boolean): TemplateResult {
  return html`${view.statusText ? html`<strong class="badge status">${view.statusText}</strong>` : nothing}${conflict ? html`<span class="conflict">${conflict}</span>` : nothing}${!byTrack && view.location ? html`<span class="visually-hidden" dir="auto">${view.location}</span>` : nothing}`;
}
