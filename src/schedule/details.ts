/**
 * The details of a session (the dialog's content) and its calendar export. Loaded when a
 * session is first opened, so a page that only lists the programme does not download it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { textFor } from '../feed/text.js';
import { countryName, dateTimeFormat } from '../i18n/intl-cache.js';
import type { Feed, Person } from '../feed/types.js';
import { EXTERNAL_REL, safeUrl } from '../internal/safe-url.js';
import { sessionsIcs } from './calendar.js';
import { downloadText } from './ics.js';
import type { ScheduleMessages } from './messages/en.js';
import { isLive, type SessionView } from '../sessions/view-model.js';
import { dayKeyInstant } from '../sessions/time.js';
import { renderMarkdown } from '../internal/markdown-view.js';

export interface DetailsContext {
  feed: Feed;
  view: SessionView;
  previous?: SessionView;
  next?: SessionView;
  messages: ScheduleMessages;
  now: number;
  locale: string;
  copyStatus: string;
  /** The element's heading helper (levels follow `heading-level`). */
  heading: (depth: number, content: unknown, part?: string) => TemplateResult;
  close: () => void;
  open: (id: string) => void;
  copy: () => void;
  /** The deep link to the session (for the calendar entry when the feed has no session URL). */
  link: () => string;
}

function renderPeople(ctx: DetailsContext, label: string, people: readonly Person[] | undefined): unknown {
  if (!people?.length) return nothing;
  const { locale } = ctx;
  return html`${ctx.heading(2, label, 'details-subheading')}
    <ul class="people">
      ${people.map((p) => {
        const extra = [textFor(p.role, locale), textFor(p.organization, locale), p.country ? countryName(locale, p.country) : '']
          .filter(Boolean)
          .join(ctx.messages.separator);
        return html`<li><bdi class="person">${p.name}</bdi>${extra ? html`${ctx.messages.separator}<bdi class="muted">${extra}</bdi>` : nothing}</li>`;
      })}
    </ul>`;
}

/** An `.ics` of the session (RFC 5545, times in the event's IANA zone), offered as a download. */
export function downloadSessionIcs(ctx: DetailsContext): void {
  const { feed, view, locale } = ctx;
  downloadText(sessionsIcs(feed, [view], locale, () => ctx.link()), `${view.id.replace(/[^\w.-]+/g, '-')}.ics`);
}

export function renderDetailsBody(ctx: DetailsContext): TemplateResult {
  const { view, previous, next, messages: m, locale } = ctx;
  const s = view.session;
  const date = dateTimeFormat(locale, 'UTC', { dateStyle: 'full' }).format(dayKeyInstant(view.day));
  const partners = new Map((ctx.feed.partners ?? []).map((p) => [p.id, p]));
  const organizers = (s.organizers ?? []).flatMap((id) => partners.get(id) ?? []);
  const extraLinks = (s.links ?? []).flatMap((l) => {
    const href = safeUrl(l.url);
    return href ? [{ href, title: textFor(l.title, locale) }] : [];
  });
  const links = [
    [safeUrl(s.streamUrl), m.joinStream],
    [safeUrl(s.recordingUrl), m.recording],
    [safeUrl(s.url), m.sessionPage],
  ].filter(([href]) => href) as [string, string][];
  const live = isLive(view, ctx.now);
  return html`<div class="details-head">
      ${ctx.heading(1, html`<bdi>${view.title}</bdi>`, 'details-title')}
      <button class="close" type="button" aria-label=${m.close} @click=${ctx.close}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <p class="when">
      <span>${date}</span> ·
      <time datetime=${view.datetime}>${view.timeLabel}</time>
      ${live ? html`<strong class="badge live">${m.liveNow}</strong>` : nothing}
      ${view.statusText ? html`<strong class="badge status">${view.statusText}</strong>` : nothing}
    </p>
    <dl class="facts">
      ${view.typeName ? html`<dt>${m.type}</dt><dd dir="auto">${view.typeName}</dd>` : nothing}
      ${view.tracks.length
        ? html`<dt>${m.tracks}</dt>
            <dd>${view.tracks.map((t) => html`<span class="track ${t.colorClass ?? ''}" data-track=${t.id} dir="auto">${t.name}</span> `)}</dd>`
        : nothing}
      ${view.place ? html`<dt>${m.location}</dt><dd dir="auto">${view.place}</dd>` : nothing}
      ${view.languages ? html`<dt>${m.languages}</dt><dd>${view.languages}</dd>` : nothing}
      ${organizers.length
        ? html`<dt>${m.organizers}</dt>
            <dd class="organizers">
              ${organizers.map((p, i) => {
                const href = safeUrl(p.url);
                const name = textFor(p.name, locale);
                return html`${i ? m.separator : nothing}${href ? html`<a href=${href} target="_blank" rel=${EXTERNAL_REL}>${name}</a>` : name}`;
              })}
            </dd>`
        : nothing}
    </dl>
    <div class="description" dir="auto">${renderMarkdown(textFor(s.description, locale))}</div>
    ${extraLinks.length
      ? html`${ctx.heading(2, m.links, 'details-subheading')}
          <ul class="session-links">
            ${extraLinks.map((l) => html`<li><a href=${l.href} target="_blank" rel=${EXTERNAL_REL}>${l.title}</a></li>`)}
          </ul>`
      : nothing}
    ${renderPeople(ctx, m.speakers, s.speakers)} ${renderPeople(ctx, m.moderators, s.moderators)}
    ${links.length
      ? html`<ul class="links">
          ${links.map(([href, label]) => html`<li><a href=${href} target="_blank" rel=${EXTERNAL_REL}>${label}</a></li>`)}
        </ul>`
      : nothing}
    <div class="actions">
      <button class="button" type="button" @click=${() => downloadSessionIcs(ctx)}>${m.addToCalendar}</button>
      <button class="button secondary" type="button" @click=${ctx.copy}>${m.copyLink}</button>
      <span class="copy-status" role="status">${ctx.copyStatus}</span>
    </div>
    <div class="prev-next">
      ${previous
        ? html`<button class="link prev" type="button" @click=${() => ctx.open(previous.id)}>
            <span class="dir">${m.previous}</span> <bdi>${previous.title}</bdi>
          </button>`
        : html`<span></span>`}
      ${next
        ? html`<button class="link next" type="button" @click=${() => ctx.open(next.id)}>
            <span class="dir">${m.next}</span> <bdi>${next.title}</bdi>
          </button>`
        : nothing}
    </div>`;
}
