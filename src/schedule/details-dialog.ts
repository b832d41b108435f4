/**
 * The schedule's session details: a modal `<dialog>` whose content's code (details.ts, with the
 * calendar export) is fetched when a session is first opened. Opening says so in the address
 * (deep link) and with `wsis-session-select`; closing gives focus back to the session's row.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { emit } from '../events/emit.js';
import { WsisSessionSelectEvent } from '../events/session-select.js';
import type { Feed } from '../feed/types.js';
import { commonMessages } from '../i18n/common/index.js';
import { keepFocus } from '../internal/focus.js';
import { LazyModule } from '../internal/lazy-module.js';
import type { SessionView } from '../sessions/view-model.js';
import type { ScheduleHost } from './host.js';
import type { ScheduleMessages } from './messages/index.js';

export interface DetailsActions {
  /** Renders every day and scrolls to (and focuses) a session's row after the next render. */
  reveal: (id: string, focus: boolean) => void;
}

export class DetailsDialog {
  /** The open session's id. */
  openId?: string;
  private copyStatus = '';
  private returnFocusTo?: string;
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly code: LazyModule<typeof import('./details.js')>;

  constructor(
    private readonly host: ScheduleHost,
    private readonly actions: DetailsActions,
  ) {
    this.code = new LazyModule(host, 'the session details', () => import('./details.js'));
  }

  /** Opens a session's details (and says so in the address and with `wsis-session-select`). */
  open(id: string, fromRow = false): void {
    const host = this.host;
    if (!host.byId.has(id)) return;
    if (fromRow || this.openId === undefined) this.returnFocusTo = id;
    this.openId = id;
    this.copyStatus = '';
    this.code.request();
    host.links.set({ '': id, day: undefined });
    emit(host, new WsisSessionSelectEvent({ id }));
    host.requestUpdate();
  }

  /** Previous/Next: at the first or last session that button goes; focus moves to the other one, else Close. */
  private step(id: string, from: '.prev' | '.next'): void {
    this.open(id);
    const other = from === '.prev' ? '.next' : '.prev';
    void keepFocus(this.host, [`.details ${from}`, `.details ${other}`, '.details .close']);
  }

  /** Closes the details, if open. */
  close(): void {
    this.dialog.value?.close();
  }

  private readonly onClose = () => {
    const id = this.openId ?? this.returnFocusTo;
    this.openId = undefined;
    this.host.links.set({ '': undefined });
    if (id) this.actions.reveal(id, true);
    this.host.requestUpdate();
  };

  /** The dialog, with the open session's details once their code is here; `visible` gives previous/next. */
  render(feed: Feed, m: ScheduleMessages, now: number, visible: readonly SessionView[]): TemplateResult {
    const host = this.host;
    const view = this.openId ? host.byId.get(this.openId) : undefined;
    const details = this.code.module;
    let body: unknown = nothing;
    if (view && details) {
      const list = visible.includes(view) ? visible : host.views;
      const at = list.indexOf(view);
      const previous = at > 0 ? list[at - 1] : undefined;
      const next = at >= 0 && at < list.length - 1 ? list[at + 1] : undefined;
      body = details.renderDetailsBody({
        feed,
        view,
        previous,
        next,
        messages: m,
        now,
        locale: host.locale.locale,
        copyStatus: this.copyStatus,
        heading: (depth, content, part) => host.heading(depth, content, part),
        close: () => this.close(),
        open: (id) => this.step(id, id === previous?.id ? '.prev' : '.next'),
        copy: () => void this.copyLink(view.id),
        link: () => host.sessionLink(view.id),
      });
    }
    return html`${this.code.renderFailure(host.locale.messages(commonMessages))}
      <dialog ${ref(this.dialog)} part="details" class="details" aria-label=${view ? view.title : m.details} @close=${this.onClose}>
        ${body}
      </dialog>`;
  }

  /** After a render: shows or closes the dialog as the state says. */
  updated(): void {
    const dialog = this.dialog.value;
    if (!dialog) return;
    const known = this.openId !== undefined && this.host.byId.has(this.openId);
    if (known && this.code.module && !dialog.open) {
      dialog.showModal();
      (dialog.querySelector('.close') as HTMLElement | null)?.focus();
    } else if (!known && dialog.open) {
      dialog.close();
    }
  }

  private async copyLink(id: string): Promise<void> {
    const m = this.host.messages;
    try {
      await navigator.clipboard.writeText(this.host.sessionLink(id));
      this.copyStatus = m.linkCopied;
    } catch {
      this.copyStatus = m.copyFailed;
    }
    this.host.requestUpdate();
  }
}
