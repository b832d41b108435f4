import { WsisLiveErrorEvent, WsisStatsUpdateEvent } from '../events/stats-events.js';
import type { Feed, Stat } from '../feed/types.js';
import { ClockController } from '../internal/clock.js';
import { LiveStatsController, type LiveHost } from './live-controller.js';
import { MAX_LIVE_FIGURES, mergeStats, type LiveDocument, type LiveStat } from './live-document.js';
import { pickStats } from './pick.js';

/** The shortest time between two renders of live figures (at most 20 a second). */
const RENDER_EVERY_MS = 50;
import { emit } from '../events/emit.js';

/**
 * The live side of <wsis-stats-counter>, a module of its own that the element imports only once
 * `live-src` is set: reads `live-src` (LiveStatsController: polling, event stream, backoff, pauses
 * while the page is hidden, stops on disconnect), keeps the latest figure of each id, reports each
 * document (`wsis-stats-update`), has changed figures announced, and re-renders the "Updated …
 * ago" line every 30 s while it is shown.
 *
 * Its controllers are added to a host that may have left the page while this module was on its
 * way: Lit then starts them only when the host is connected again.
 */
/** What the live code reads of its element (it imports nothing of the element's module). */
export interface LiveFiguresHost extends LiveHost {
  readonly stats?: string;
  readonly showUpdated: boolean;
}

/** What the live code asks of its element. */
export interface LiveFiguresCallbacks {
  /** The feed document shown now, if any. */
  feed(): Feed | undefined;
  /** Figures that changed with a live document after the first: to be announced. */
  changed(stats: Stat[]): void;
}

export class LiveFigures {
  /**
   * The latest live figure of each id, at most MAX_LIVE_FIGURES ids (the first ones heard): a
   * stream that keeps sending new ids cannot grow the counter, nor the work per message.
   * Changed in place; `version` counts the changes, to key a memo.
   */
  readonly figures = new Map<string, LiveStat>();
  version = 0;
  /** When the live figures were generated (or received, if the document does not say). */
  updatedAt?: number;
  private documents = 0;
  /** Documents merged since the last render, whose events wait for it. */
  private pending: WsisStatsUpdateEvent[] = [];
  private flushTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: LiveFiguresHost,
    private readonly callbacks: LiveFiguresCallbacks,
  ) {
    new LiveStatsController(host, {
      onDocument: (doc, source) => this.receive(doc, source),
      onError: (failure) => emit(host, new WsisLiveErrorEvent(failure)),
    });
    new ClockController(host, { period: 30_000, align: false, active: () => host.showUpdated && !!this.updatedAt });
  }

  /** The figures to show: the feed's, overlaid with the live ones, picked by `stats`. */
  shown(feed: Feed | undefined): Stat[] {
    return pickStats(mergeStats(feed?.stats ?? [], this.figures), this.host.stats);
  }

  private receive(doc: LiveDocument, source: 'poll' | 'stream'): void {
    const feed = this.callbacks.feed();
    // The figures shown before, then the document applied in place (no copy of all figures held).
    const before = new Map(this.shown(feed).map((stat) => [stat.id, stat]));
    for (const stat of doc.stats) {
      const held = this.figures.get(stat.id);
      if (!held && this.figures.size >= MAX_LIVE_FIGURES) continue;
      this.figures.set(stat.id, { ...held, ...stat });
    }
    this.version += 1;
    const stats = this.shown(feed);
    const changed = stats
      .filter((stat) => {
        const old = before.get(stat.id);
        return old && (old.value !== stat.value || old.qualifier !== stat.qualifier);
      })
      .map((stat) => stat.id);
    this.documents += 1;
    // The first live document only freshens the feed's figures as the page opens: not announced.
    // Nor is anything while the rendering code is still on its way (the element shows "loading").
    if (this.documents > 1 && changed.length) {
      this.callbacks.changed(stats.filter((stat) => changed.includes(stat.id)));
    }
    const generated = doc.generated ? Date.parse(doc.generated) : NaN;
    this.updatedAt = Number.isNaN(generated) ? Date.now() : generated;
    this.pending.push(new WsisStatsUpdateEvent({ stats, changed, generated: doc.generated, source }));
    // One render per RENDER_EVERY_MS however fast a stream sends (500 documents a second froze
    // the page when each was rendered); each document's event follows the render that shows it.
    this.flushTimer ??= setTimeout(() => void this.flush(), RENDER_EVERY_MS);
  }

  private async flush(): Promise<void> {
    this.flushTimer = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const events = this.pending;
    this.pending = [];
    for (const event of events) emit(this.host, event);
  }
}
