import { css } from 'lit';

/** Styles of the stars, "My schedule" controls and conflict notes (adopted when plan.ts loads). */
export const planStyles = css`
  .star {
    position: relative;
    z-index: 1;
    flex: none;
    inline-size: 32px;
    block-size: 32px;
    display: inline-grid;
    place-items: center;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_muted);
    font-size: 18px;
    line-height: 1;
    cursor: pointer;
  }
  .star[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .star:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .session > .star {
    position: absolute;
    inset-block-start: var(--_space-s);
    inset-inline-end: var(--_space-s);
  }
  .session:has(> .star) {
    padding-inline-end: 52px;
  }
  .session > .conflict {
    color: var(--_danger);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .plan {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  /* Pressed is filled, bold, with a full star (unpressed: outline star): a cue in shape, not colour only. */
  .plan .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    box-shadow: inset 0 0 0 2px var(--_surface);
  }
  @media (forced-colors: active) {
    .plan .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      border: 2px solid SelectedItemText;
      box-shadow: none;
    }
  }
  .plan .button {
    min-block-size: 32px;
  }
  @media print {
    .star,
    .plan {
      display: none;
    }
  }
`;
