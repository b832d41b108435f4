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
  .plan [aria-pressed='true'] {
    box-shadow: inset 0 0 0 2px var(--_surface);
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
