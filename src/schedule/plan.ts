/**
 * The visitor's own programme in <wsis-schedule>: a star on every session (favourites kept per
 * event in localStorage), the "My schedule" filter, calendar exports of the starred and of the
 * filtered sessions, overlaps between starred sessions, and the grid view (`view="grid"`). The
 * grid's code and the calendar export's (calendar.ts) are further dynamic imports, fetched when
 * first used.
 *
 * Loaded by the schedule with a dynamic import when it connects, so none of this weighs on the
 * first download. It is a reactive controller of the schedule and reads the schedule's derived
 * state through `PlanHost` (the fields below are the schedule's, derived in its willUpdate).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { WsisFavoritesChangeEvent } from '../events/favorites-change.js';
import type { Catalog, Messages } from '../i18n/catalog.js';
import { formatList, formatNumber } from '../i18n/intl-cache.js';
import type { UiLanguage } from '../i18n/languages.js';
import type { Feed } from '../feed/types.js';
import { findConflicts } from './conflicts.js';
import { favoritesKey, FavoritesStore } from './favorites.js';
import type { GridView } from './grid-view.js';
import { scheduleMessages } from './messages/index.js';
import { planMessages, type PlanMessages } from './messages/plan/index.js';
import { planStyles } from './plan.styles.js';
import type { SessionRowContext } from '../sessions/session-row.js';
import type { SessionView } from '../sessions/view-model.js';
import { WidthController } from './width.js';
import { emit } from '../events/emit.js';
import { commonMessages } from '../i18n/common/index.js';
import type { AdoptedSheets } from '../internal/adopted-sheets.js';
import { keepFocus } from '../internal/focus.js';
import { LazyModule } from '../internal/lazy-module.js';

/** Below this width (of the element, in px) the grid view shows the list instead. */
export const GRID_MIN_WIDTH = 640;

/** What the plan reads from <wsis-schedule>. */
export interface PlanHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly view: 'list' | 'grid';
  readonly gridColumns?: 'location' | 'track';
  readonly headingLevel: number;
  readonly day?: string;
  readonly feedState: { readonly feed?: Feed };
  readonly locale: {
    readonly locale: string;
    readonly language: UiLanguage;
    readonly dir: 'ltr' | 'rtl';
    messages<M extends Messages>(catalog: Catalog<M>): M;
  };
  readonly clock: { readonly now: number };
  /** Every session of the feed in the shown zone, sorted. */
  readonly views: SessionView[];
  /** The sessions that pass the filters. */
  readonly visibleList: SessionView[];
  readonly byId: Map<string, SessionView>;
  readonly zone: string;
  readonly sheets: AdoptedSheets;
  openSession(id: string, fromRow?: boolean): void;
  sessionLink(id: string): string;
}

export class Plan implements ReactiveController {
  private store?: FavoritesStore;
  /** "My schedule" is on: only starred sessions pass. */
  private mineOnly = false;
  private readonly width: WidthController;
  private readonly gridModule: LazyModule<typeof import('./grid-view.js')>;
  /** The calendar export's code (calendar.ts, ics.ts, markdown): fetched on the first export. */
  private readonly calendarModule: LazyModule<typeof import('./calendar.js')>;
  /** An export asked for before its code was here: offered once it is. */
  private pendingDownload?: { ids: string[]; name: string };
  private gridView?: GridView;
  private gridShown = false;
  private conflicts = new Map<string, string[]>();
  private conflictsKey?: unknown[];

  constructor(private readonly host: PlanHost) {
    host.addController(this);
    this.width = new WidthController(host, GRID_MIN_WIDTH);
    this.gridModule = new LazyModule(host, 'the grid view', () => import('./grid-view.js'));
    this.calendarModule = new LazyModule(host, 'the calendar export', () => import('./calendar.js'));
    this.syncStore();
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** Stars changed in another tab or window of the same site: show them here too. */
  private readonly onStorage = (event: StorageEvent) => {
    const store = this.store;
    if (!store || (event.key !== null && event.key !== favoritesKey(store.eventId))) return;
    store.reload();
    this.host.requestUpdate();
  };

  private get messages(): PlanMessages {
    return this.host.locale.messages(planMessages);
  }

  /** The favourites of the feed's event (a new store when the event changes). */
  private get favorites(): FavoritesStore | undefined {
    const id = this.host.feedState.feed?.event.id;
    return this.store?.eventId === id ? this.store : undefined;
  }

  /** Reads the stars of the feed's event from storage when the event is new (never during an update). */
  private syncStore(): boolean {
    const id = this.host.feedState.feed?.event.id;
    if (!id || this.store?.eventId === id) return false;
    this.store = new FavoritesStore(id);
    return true;
  }

  /** The ids every session must be in to pass the "My schedule" filter, when it is on. */
  keep(): ReadonlySet<string> | undefined {
    return this.mineOnly ? new Set(this.favorites?.list ?? []) : undefined;
  }

  /** Changes whenever the "My schedule" filter lets other sessions through. */
  get key(): string {
    return this.mineOnly ? `mine:${(this.favorites?.list ?? []).join(' ')}` : '';
  }

  isStarred(id: string): boolean {
    return this.favorites?.has(id) ?? false;
  }

  /** Stars or unstars a session, tells the page (`wsis-favorites-change`) and re-renders. */
  toggleStar(id: string, starred?: boolean): void {
    const store = this.favorites;
    if (!store) return;
    // Under "My schedule" an un-starred session leaves: focus goes to its neighbour's star, else the toggle.
    const visible = this.host.visibleList;
    const at = visible.findIndex((v) => v.id === id);
    const star = (other?: SessionView) => () =>
      other && this.host.renderRoot.querySelector(`[data-id="${CSS.escape(other.id)}"] .star`);
    store.toggle(id, starred);
    void keepFocus(this.host, [star(visible[at + 1]), star(visible[at - 1]), '.plan [aria-pressed]']);
    emit(this.host, new WsisFavoritesChangeEvent({ ids: store.list }));
    this.host.requestUpdate();
  }

  /** Turns the "My schedule" filter on or off. */
  showMine(on: boolean): void {
    this.mineOnly = on;
    this.host.requestUpdate();
  }

  /** What the list's rows show of the plan: a star each, and overlap notes. */
  rowContext(): Pick<SessionRowContext, 'star' | 'note'> {
    const pm = this.messages;
    this.updateConflicts();
    return {
      star: {
        label: (view) => pm.addToMySchedule(view.title),
        starred: (id) => this.isStarred(id),
        toggle: (id) => this.toggleStar(id),
      },
      note: (id) => this.conflictText(id),
    };
  }

  private rowsKeyCache?: { text: string; messages: PlanMessages };
  /** A new object whenever a row's star or note would change (the list re-renders its rows then). */
  get rowsKey(): object {
    this.updateConflicts();
    const conflicts = [...this.conflicts].map(([id, others]) => `${id}:${others.join(',')}`);
    const text = `${(this.favorites?.list ?? []).join(' ')}|${conflicts.join(' ')}`;
    const messages = this.messages;
    if (this.rowsKeyCache?.text !== text || this.rowsKeyCache.messages !== messages) this.rowsKeyCache = { text, messages };
    return this.rowsKeyCache;
  }

  /** "Overlaps with A and B" for a starred session, or ''. */
  conflictText(id: string): string {
    const others = this.conflicts.get(id);
    if (!others?.length) return '';
    const titles = others.map((other) => this.host.byId.get(other)?.title ?? other);
    return this.messages.overlapsWith(formatList(this.host.locale.locale, titles));
  }

  private updateConflicts(): void {
    const list = this.favorites?.list ?? [];
    const key = [this.host.views, list.join(' ')];
    if (this.conflictsKey && key.every((part, i) => part === this.conflictsKey![i])) return;
    this.conflictsKey = key;
    const starred = list
      .map((id) => this.host.byId.get(id))
      .filter((v): v is SessionView => !!v && v.status === 'scheduled');
    this.conflicts = findConflicts(starred);
  }

  // ---- controls -------------------------------------------------------------------------

  renderControls(): TemplateResult | typeof nothing {
    const host = this.host;
    if (!host.feedState.feed || host.views.length === 0) return nothing;
    host.sheets.set('plan', planStyles.styleSheet!);
    const pm = this.messages;
    const starred = (this.favorites?.list ?? []).filter((id) => host.byId.has(id));
    const count = formatNumber(host.locale.locale, starred.length);
    const filtered = host.visibleList.length !== host.views.length;
    return html`<div class="plan" part="my-schedule">
      <button
        class="button secondary"
        type="button"
        aria-pressed=${this.mineOnly ? 'true' : 'false'}
        @click=${() => this.showMine(!this.mineOnly)}
      >
        <span aria-hidden="true">${this.mineOnly ? '★' : '☆'}</span> ${pm.myScheduleCount(count)}
      </button>
      ${starred.length
        ? html`<button class="button secondary" type="button" @click=${() => this.download(starred, 'my-schedule')}>
            ${pm.addMyScheduleToCalendar}
          </button>`
        : nothing}
      ${host.visibleList.length && !this.mineOnly
        ? html`<button
            class="button secondary"
            type="button"
            @click=${() => this.download(host.visibleList.map((v) => v.id), filtered ? 'sessions' : 'programme')}
          >
            ${filtered ? pm.addFilteredToCalendar : pm.addAllToCalendar}
          </button>`
        : nothing}
      ${this.mineOnly && starred.length === 0 ? html`<p class="mine-empty">${pm.myScheduleEmpty}</p>` : nothing}
      ${this.gridModule.renderFailure(host.locale.messages(commonMessages))}
      ${this.calendarModule.renderFailure(host.locale.messages(commonMessages))}
    </div>`;
  }

  /**
   * One `.ics` with the given sessions (those still in the feed), offered as a download: at once
   * when the export's code is here, else once it has arrived (after an update, see hostUpdated).
   */
  private download(ids: string[], name: string): void {
    const calendar = this.calendarModule.module;
    const host = this.host;
    const feed = host.feedState.feed;
    if (!calendar) {
      this.pendingDownload = { ids, name };
      this.calendarModule.request();
      return;
    }
    if (!feed) return;
    const views = ids.map((id) => host.byId.get(id)).filter((v): v is SessionView => !!v);
    calendar.downloadText(calendar.sessionsIcs(feed, views, host.locale.locale, (id) => host.sessionLink(id)), calendar.icsFilename(feed.event.id, name));
  }

  // ---- grid -----------------------------------------------------------------------------

  /** The grid, when `view="grid"` and the element is wide enough; undefined shows the list. */
  renderGrid(): TemplateResult | undefined {
    const host = this.host;
    this.gridShown = false;
    const module = this.gridModule.module;
    if (!this.wantsGrid || !module) return undefined;
    this.gridView ??= new module.GridView(host);
    this.updateConflicts();
    this.gridShown = true;
    return this.gridView.render({
      visible: host.visibleList,
      columns: host.gridColumns === 'track' ? 'track' : 'location',
      zone: host.zone,
      locale: host.locale.locale,
      dir: host.locale.dir,
      day: host.day,
      now: host.clock.now,
      plan: this.messages,
      liveNow: host.locale.messages(scheduleMessages).liveNow,
      isStarred: (id) => this.isStarred(id),
      toggleStar: (id) => this.toggleStar(id),
      conflictText: (id) => this.conflictText(id),
      open: (id) => host.openSession(id, true),
      headingLevel: Math.min(6, Math.max(2, Math.round(host.headingLevel) || 2) + 1),
    });
  }

  /** The grid is wanted and its code is on its way (not failed): it will show. */
  get gridComing(): boolean {
    return this.wantsGrid && this.gridModule.status !== 'error';
  }

  /** `view="grid"`, wide enough, and something to show (the list shows otherwise). */
  private get wantsGrid(): boolean {
    const host = this.host;
    return host.view === 'grid' && this.width.wide && host.visibleList.length > 0;
  }

  // ---- after each render of the schedule ---------------------------------------------------

  hostUpdated(): void {
    const root = (this.host as unknown as { shadowRoot: ShadowRoot | null }).shadowRoot;
    if (!root || !this.host.feedState.feed) return;
    if (this.syncStore()) this.host.requestUpdate();
    const asked = this.pendingDownload;
    if (asked && this.calendarModule.module) {
      this.pendingDownload = undefined;
      this.download(asked.ids, asked.name);
    }
    // The grid's code is fetched the first time a grid is wanted; until then (or if it fails) the list shows.
    if (this.wantsGrid) this.gridModule.request();
    if (this.gridShown) this.gridView?.updated();
  }
}
