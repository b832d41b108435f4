import { css } from 'lit';

export const statsCounterStyles = css`
  :host {
    --_min-column: var(--wsis-stats-counter-min-column, 160px);
    --_gap: var(--wsis-stats-counter-gap, var(--_space-l));
    --_value-size: var(--wsis-stats-counter-value-size, 40px);
    --_value-color: var(--wsis-stats-counter-value-color, var(--_accent));
    --_align: var(--wsis-stats-counter-align, center);
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_min-column), 100%), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stat {
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    text-align: var(--_align);
    /* Figures scale down in a narrow column instead of overflowing it. */
    container-type: inline-size;
  }
  .stat-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .figure {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: var(--_align);
    gap: 0 var(--_space-xs);
    font-size: min(var(--_value-size), 20cqi);
    font-weight: 700;
    line-height: 1.15;
    color: var(--_value-color);
  }
  /* The final figure, invisible, reserves the width in the same grid cell as the moving one:
     digits change but nothing around them shifts (tabular numerals keep each digit one width). */
  .reserve {
    display: inline-grid;
    font-variant-numeric: tabular-nums;
    max-inline-size: 100%;
  }
  .reserve > * {
    grid-area: 1 / 1;
    justify-self: end;
  }
  .ghost {
    visibility: hidden;
  }
  .qualifier {
    font-size: 0.55em;
    font-weight: 600;
  }
  .unit {
    font-size: 0.5em;
    font-weight: 600;
  }
  .label {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
    color: var(--_text);
  }
  .description {
    margin: 0;
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .updated {
    margin: var(--_space-m) 0 0;
    font-size: var(--_font-size-s);
    color: var(--_muted);
    text-align: var(--_align);
  }
  @media (forced-colors: active) {
    .figure {
      color: CanvasText;
    }
  }
`;
